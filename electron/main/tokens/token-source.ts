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
 * - redirected: the token service redirected to another origin, or from https to http; the app
 *   does not send the key there, and only the user can decide the new address is right.
 * - invalid: what we got is not an ACS access token; retrying will not help.
 * - signInAgain: the user's own sign-in (Teams, through Entra ID) was cancelled or has ended;
 *   only the user can start a new one.
 */
/** How a token service failed, for "Test connection" to say in words; only on 'endpoint' errors. */
export type EndpointProblem = 'unreachable' | 'timedOut' | 'serviceError' | 'badAnswer';

export type TokenErrorKind = 'expired' | 'endpoint' | 'refused' | 'redirected' | 'invalid' | 'signInAgain';

const failureIds = {
  expired: 'token-expired',
  endpoint: 'token-endpoint',
  refused: 'token-endpoint-refused',
  redirected: 'token-endpoint-redirect',
  invalid: 'token-invalid',
  signInAgain: 'teams-sign-in',
} as const satisfies Record<TokenErrorKind, AppFailureId>;

/** Its message is shown to users and logged, so it is built without ever quoting the token. */
export class TokenError extends Error {
  override readonly name = 'TokenError';

  /** How long the service asked to be left alone (its Retry-After), capped; only on 'endpoint' errors. */
  readonly retryAfterMs: number | undefined;

  readonly problem: EndpointProblem | undefined;

  constructor(
    readonly kind: TokenErrorKind,
    message: string,
    options?: { cause?: unknown; retryAfterMs?: number | undefined; problem?: EndpointProblem | undefined },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.retryAfterMs = options?.retryAfterMs;
    this.problem = options?.problem;
  }

  /** The app-failure catalog entry (title, explanation, action) for this error. */
  get failureId(): AppFailureId {
    return failureIds[this.kind];
  }

  /** Only endpoint failures can heal by themselves. */
  get retryable(): boolean {
    return this.kind === 'endpoint';
  }

  /** Nothing fetches another token until the user acts: stop refreshing and retrying. */
  get endsSignIn(): boolean {
    return this.kind === 'expired' || this.kind === 'signInAgain';
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

/** Settles with `work`, or rejects with the signal's reason as soon as it is aborted. */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  // The loser of the race may still reject later; that must not surface as unhandled.
  work.catch(() => undefined);
  const aborted = new Promise<never>((_resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  return Promise.race([work, aborted]);
}
