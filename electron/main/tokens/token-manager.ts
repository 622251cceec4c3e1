import type { TokenSourceKind } from '../../../shared/session/attempt';
import { missingCase } from '../../../shared/util/missing-case';
import type { Clock, Logger, TimerHandle } from '../ports';
import type { TokenProvider } from './token-provider';
import { TokenError, type AccessToken, type TokenSource } from './token-source';

export interface RetryBackoff {
  initialDelayMs: number;
  maxDelayMs: number;
  /** Proactive retries after a failed refresh before the manager waits for someone to ask. */
  maxAttempts: number;
}

/** 2, 4, 8, 16, 32, then 60 s: ten attempts cover about six minutes, longer than the refresh margin. */
export const defaultTokenRetryBackoff: RetryBackoff = { initialDelayMs: 2_000, maxDelayMs: 60_000, maxAttempts: 10 };
export const defaultRefreshMarginMs = 5 * 60 * 1000;
/** Floor for refresh timers, so a source that hands out very short tokens cannot cause a storm. */
const minRefreshDelayMs = 1_000;

export interface TokenManagerOptions {
  source: TokenSource;
  clock: Clock;
  logger: Logger;
  /** Refresh this long before expiry. */
  refreshMarginMs?: number;
  retry?: Partial<RetryBackoff>;
}

type WakePurpose = 'refresh' | 'retry' | 'expire';
type FetchReason = 'demand' | 'proactive';

/**
 * Owns the current access token for one sign-in: caches it, shares one fetch among
 * concurrent callers, and (once started) refreshes it before it expires, retrying with
 * backoff. At most one timer is ever pending. Call getToken() for the first token; start()
 * keeps it fresh from then on. It is the supervisor's TokenProvider.
 */
export class TokenManager implements TokenProvider {
  private readonly source: TokenSource;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly marginMs: number;
  private readonly backoff: RetryBackoff;

  private cached: AccessToken | undefined;
  private inFlight: { promise: Promise<AccessToken>; controller: AbortController } | undefined;
  private wake: { handle: TimerHandle; purpose: WakePurpose } | undefined;
  private running = false;
  private proactiveFailures = 0;

  constructor(options: TokenManagerOptions) {
    this.source = options.source;
    this.clock = options.clock;
    this.logger = options.logger;
    this.marginMs = options.refreshMarginMs ?? defaultRefreshMarginMs;
    this.backoff = { ...defaultTokenRetryBackoff, ...options.retry };
  }

  get kind(): TokenSourceKind {
    return this.source.kind;
  }

  /**
   * The cached token unless it is within the refresh margin or `forceRefresh` is set; then one
   * shared fetch. Without forceRefresh, a failed fetch still yields a held token that has not
   * expired yet. Rejects with TokenError, or with an AbortError when stop() interrupts it.
   */
  getToken(options: { forceRefresh?: boolean } = {}): Promise<AccessToken> {
    const forceRefresh = options.forceRefresh ?? false;
    const now = this.clock.now();
    if (!forceRefresh && this.cached && now < this.cached.expiresOn - this.marginMs) return Promise.resolve(this.cached);
    const fetched = this.inFlight?.promise ?? this.startFetch('demand');
    if (forceRefresh) return fetched;
    return fetched.catch((error: unknown) => {
      const held = this.usableToken();
      if (!held || !(error instanceof TokenError)) throw error;
      this.logger.warn('Token refresh failed; using the token held until it expires', {
        source: this.source.kind,
        expiresOn: iso(held.expiresOn),
        errorKind: error.kind,
      });
      return held;
    });
  }

  /** Keeps the token fresh: refreshes `refreshMarginMs` before each expiry. */
  start(): void {
    if (this.running) return;
    this.running = true;
    if (this.cached && !this.inFlight) this.scheduleAfterSuccess(this.cached);
  }

  /** Clears the timer, aborts the fetch in flight and forgets the token. getToken() works again afterwards. */
  stop(): void {
    this.running = false;
    this.clearWake();
    const inFlight = this.inFlight;
    this.inFlight = undefined;
    inFlight?.controller.abort(new DOMException('The token manager was stopped.', 'AbortError'));
    this.cached = undefined;
    this.proactiveFailures = 0;
  }

  private startFetch(reason: FetchReason): Promise<AccessToken> {
    const controller = new AbortController();
    const promise = this.runFetch(reason, controller);
    this.inFlight = { promise, controller };
    this.logger.debug('Fetching an access token', { source: this.source.kind, reason });
    return promise;
  }

  private async runFetch(reason: FetchReason, controller: AbortController): Promise<AccessToken> {
    // Lets startFetch record the flight before a synchronous source can finish it.
    await Promise.resolve();
    let token: AccessToken;
    try {
      token = await this.source.fetchToken(controller.signal);
    } catch (error) {
      if (controller.signal.aborted) throw controller.signal.reason;
      const tokenError = this.toTokenError(error);
      this.inFlight = undefined;
      this.onFailure(tokenError, reason);
      throw tokenError;
    }
    // A source that ignored the abort must not bring a token back after stop().
    if (controller.signal.aborted) throw controller.signal.reason;
    this.inFlight = undefined;
    this.onSuccess(token);
    return token;
  }

  private onSuccess(token: AccessToken): void {
    this.cached = token;
    this.proactiveFailures = 0;
    if (this.running) this.scheduleAfterSuccess(token);
    this.logger.info('Access token ready', { source: this.source.kind, expiresOn: iso(token.expiresOn) });
  }

  private onFailure(error: TokenError, reason: FetchReason): void {
    const held = this.usableToken();
    this.cached = held;
    this.logger.warn('token request failed', {
      source: this.source.kind,
      reason,
      errorKind: error.kind,
      error: error.message,
    });
    if (error.endsSignIn) {
      this.cached = undefined;
      this.clearWake();
      return;
    }
    // A caller's failed fetch leaves a pending refresh alone; the caller has its own retry policy.
    if (this.running && (reason === 'proactive' || !this.wake)) this.scheduleAfterFailure(error, held);
  }

  private scheduleAfterSuccess(token: AccessToken): void {
    const now = this.clock.now();
    if (!canRefresh(this.source.kind)) {
      this.schedule('expire', token.expiresOn);
      return;
    }
    const remaining = token.expiresOn - now;
    // A token shorter than twice the margin is refreshed half-way through its life instead.
    this.schedule('refresh', now + Math.max(remaining - this.marginMs, remaining / 2, minRefreshDelayMs));
  }

  private scheduleAfterFailure(error: TokenError, held: AccessToken | undefined): void {
    if (error.retryable && this.proactiveFailures < this.backoff.maxAttempts) {
      this.proactiveFailures += 1;
      const backoff = Math.min(this.backoff.initialDelayMs * 2 ** (this.proactiveFailures - 1), this.backoff.maxDelayMs);
      // A throttling service said when to come back: sooner would only be refused again.
      const delay = Math.max(backoff, error.retryAfterMs ?? 0);
      this.logger.info('Retrying the token fetch', { source: this.source.kind, attempt: this.proactiveFailures, delayMs: delay });
      this.schedule('retry', this.clock.now() + delay);
    } else if (held) {
      this.schedule('expire', held.expiresOn);
    } else {
      this.clearWake();
    }
  }

  private schedule(purpose: WakePurpose, at: number): void {
    this.clearWake();
    const handle = this.clock.setTimeout(() => this.onWake(), Math.max(0, at - this.clock.now()));
    this.wake = { handle, purpose };
  }

  private clearWake(): void {
    if (this.wake) this.clock.clearTimeout(this.wake.handle);
    this.wake = undefined;
  }

  private onWake(): void {
    const purpose = this.wake?.purpose;
    this.wake = undefined;
    if (!purpose || !this.running) return;
    switch (purpose) {
      case 'refresh':
      case 'retry':
        if (!this.inFlight) this.startFetch('proactive').catch(() => undefined);
        return;
      case 'expire':
        this.expireHeldToken();
        return;
      default:
        missingCase(purpose);
    }
  }

  private expireHeldToken(): void {
    const expiresOn = this.cached?.expiresOn;
    if (expiresOn === undefined || this.inFlight) return;
    this.cached = undefined;
    this.logger.warn('The access token expired', { source: this.source.kind, expiresOn: iso(expiresOn) });
  }

  private usableToken(): AccessToken | undefined {
    return this.cached && this.clock.now() < this.cached.expiresOn ? this.cached : undefined;
  }

  private toTokenError(error: unknown): TokenError {
    if (error instanceof TokenError) return error;
    // Only the name: a foreign error's message could quote anything, the token included.
    const name = error instanceof Error ? error.name : typeof error;
    return new TokenError('endpoint', `The ${this.source.kind} token source failed unexpectedly (${name}).`, { cause: error });
  }
}

function canRefresh(kind: TokenSourceKind): boolean {
  switch (kind) {
    case 'endpoint':
    case 'simulated':
    case 'teams':
      return true;
    case 'pasted':
      return false;
    default:
      return missingCase(kind);
  }
}

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
