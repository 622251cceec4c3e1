import type { Clock } from '../ports';
import { claimsOrThrow, describeExpiry, throwIfAborted, TokenError, type AccessToken, type TokenSource } from './token-source';

/**
 * One token the user pasted. It has no way to get another, so it hands out the same token
 * until the token's own expiry, then fails with TokenError('expired').
 */
export class PastedTokenSource implements TokenSource {
  readonly kind = 'pasted';
  private readonly token: string;

  constructor(
    token: string,
    private readonly clock: Pick<Clock, 'now'>,
  ) {
    this.token = token.trim();
  }

  async fetchToken(signal: AbortSignal): Promise<AccessToken> {
    throwIfAborted(signal);
    const claims = claimsOrThrow(this.token, 'The pasted token');
    const now = this.clock.now();
    if (now >= claims.expiresOn) {
      throw new TokenError('expired', `The pasted token expired at ${describeExpiry(claims.expiresOn, now)}.`);
    }
    return { token: this.token, expiresOn: claims.expiresOn };
  }
}
