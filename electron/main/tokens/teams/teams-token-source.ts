import { InteractionRequiredAuthError, type AccountInfo } from '@azure/msal-node';
import type { Clock } from '../../ports';
import { EndpointTokenSource } from '../endpoint-token-source';
import { throwIfAborted, TokenError, untilAborted, type AccessToken, type TokenSource } from '../token-source';
import type { EntraTeamsToken, TeamsEntraSignIn } from './teams-entra-sign-in';

export interface TeamsTokenSourceOptions {
  signIn: TeamsEntraSignIn;
  /** The Entra app's client id: the token service passes it to ACS as the token's expected appId. */
  clientId: string;
  /** The token service's Teams exchange, e.g. https://tokens.example.com/token/teams. */
  exchangeUrl: string;
  apiKey?: string | undefined;
  fetch: typeof fetch;
  clock: Clock;
  timeoutMs?: number;
}

/**
 * ACS tokens for a Teams user (for a TeamsCallAgent): the Entra token from MSAL, exchanged by
 * the token service. Every fetch asks MSAL first, so the Entra refresh token keeps the ACS
 * token fresh without the user. The browser opens only for the first token of a sign-in (the
 * user just chose "Teams account"), never from a background refresh.
 */
export class TeamsTokenSource implements TokenSource {
  readonly kind = 'teams';
  private account: AccountInfo | undefined;
  private pending: EntraTeamsToken | undefined;
  private signedInOnce = false;

  constructor(private readonly options: TeamsTokenSourceOptions) {}

  /** Opens the system browser for the Entra sign-in; the next fetchToken uses that token. The first fetchToken calls it. */
  async signIn(signal?: AbortSignal): Promise<AccountInfo> {
    this.signedInOnce = true;
    let entra: EntraTeamsToken;
    try {
      // MSAL cannot be told to stop waiting for the browser; a sign-out stops waiting for MSAL.
      entra = await (signal ? untilAborted(this.options.signIn.signInInteractively(), signal) : this.options.signIn.signInInteractively());
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw new TokenError('signInAgain', `The Teams sign-in did not finish (${describeMsalError(error)}). Sign in with Teams again.`, { cause: error });
    }
    this.account = entra.account;
    this.pending = entra;
    return entra.account;
  }

  async fetchToken(signal: AbortSignal): Promise<AccessToken> {
    throwIfAborted(signal);
    if (!this.signedInOnce) await this.signIn(signal);
    const entra = await this.entraToken();
    throwIfAborted(signal);
    const exchange = new EndpointTokenSource({
      url: this.options.exchangeUrl,
      method: 'POST',
      body: { entraToken: entra.accessToken, appId: this.options.clientId, userObjectId: entra.userObjectId },
      fetch: this.options.fetch,
      clock: this.options.clock,
      ...(this.options.apiKey ? { apiKey: this.options.apiKey } : {}),
      ...(this.options.timeoutMs ? { timeoutMs: this.options.timeoutMs } : {}),
    });
    return exchange.fetchToken(signal);
  }

  private async entraToken(): Promise<EntraTeamsToken> {
    const pending = this.pending;
    this.pending = undefined;
    if (pending && pending.expiresOn > this.options.clock.now()) return pending;
    if (!this.account) throw new TokenError('signInAgain', 'Nobody is signed in with Teams. Sign in with Teams first.');
    try {
      return await this.options.signIn.refreshSilently(this.account);
    } catch (error) {
      if (needsTheUser(error)) {
        throw new TokenError('signInAgain', `The Teams sign-in has ended (${describeMsalError(error)}). Sign in with Teams again.`, { cause: error });
      }
      throw new TokenError('endpoint', `Entra ID could not refresh the Teams sign-in (${describeMsalError(error)}).`, { cause: error });
    }
  }
}

/**
 * MSAL calls some of these InteractionRequiredAuthError; a refresh token that Entra expired or
 * revoked comes back as a plain ServerError "invalid_grant" (OAuth 2.0, RFC 6749 5.2), which no
 * retry heals either.
 */
function needsTheUser(error: unknown): boolean {
  return error instanceof InteractionRequiredAuthError || (error as { errorCode?: unknown } | null)?.errorCode === 'invalid_grant';
}

/** MSAL's error code ("invalid_grant", "user_cancelled"): its messages can quote server responses. */
function describeMsalError(error: unknown): string {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  if (typeof code === 'string' && /^[\w.-]{1,64}$/.test(code)) return code;
  return error instanceof Error ? error.name : typeof error;
}

