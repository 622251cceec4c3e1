import type { AppFailureId } from '../../../shared/errors/app-failures';
import type { TokenSourceKind } from '../../../shared/session/attempt';
import { readTokenClaims, type TokenClaims } from '../../../shared/tokens/claims';

export interface AccessToken {
  token: string;
  /** Epoch milliseconds. */
  expiresOn: number;
}

/**
 * Where access tokens come from. A source only fetches; caching, refresh timing and retries
 * belong to the TokenManager. Sources fail with TokenError, or with `signal.reason` when the
 * caller aborted.
 */
export interface TokenSource {
  readonly kind: TokenSourceKind;
  fetchToken(signal: AbortSignal): Promise<AccessToken>;
}

/**
 * - expired: the token is past its expiry and this source cannot get another one.
 * - endpoint: the token service failed (unreachable, timed out, bad answer); worth retrying.
 * - refused: the token service turned the app away (401/403: a wrong or missing key); retrying
 *   with the same settings cannot help.
 * - invalid: what we got is not an ACS access token; retrying will not help.
 */
export type TokenErrorKind = 'expired' | 'endpoint' | 'refused' | 'invalid';

const failureIds = {
  expired: 'token-expired',
  endpoint: 'token-endpoint',
  refused: 'token-endpoint-refused',
  invalid: 'token-invalid',
} as const satisfies Record<TokenErrorKind, AppFailureId>;

/** Its message is shown to users and logged, so it is built without ever quoting the token. */
export class TokenError extends Error {
  override readonly name = 'TokenError';

  constructor(
    readonly kind: TokenErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** The app-failure catalog entry (title, explanation, action) for this error. */
  get failureId(): AppFailureId {
    return failureIds[this.kind];
  }

  /** Only endpoint failures can heal by themselves. */
  get retryable(): boolean {
    return this.kind === 'endpoint';
  }
}

export function isTokenError(error: unknown): error is TokenError {
  return error instanceof TokenError;
}

/** Reads the claims or throws TokenError('invalid'); `origin` starts the message ("The pasted token"). */
export function claimsOrThrow(token: string, origin: string): TokenClaims {
  const result = readTokenClaims(token);
  if (!result.ok) throw new TokenError('invalid', `${origin} is not an ACS access token: ${result.reason}`);
  return result.claims;
}

/** "2025-01-01T12:00:00.000Z (5 min ago)": enough to compare with the machine's clock. */
export function describeExpiry(expiresOn: number, now: number): string {
  const agoSeconds = Math.round((now - expiresOn) / 1000);
  const ago = agoSeconds < 120 ? `${agoSeconds} s ago` : agoSeconds < 7200 ? `${Math.round(agoSeconds / 60)} min ago` : `${Math.round(agoSeconds / 3600)} h ago`;
  return `${new Date(expiresOn).toISOString()} (${ago})`;
}

export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw signal.reason;
}
