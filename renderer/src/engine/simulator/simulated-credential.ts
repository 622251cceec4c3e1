import { jwtDecode } from 'jwt-decode';
import type { AccessTokenLike, CredentialOptions, TokenCredentialLike } from '../calling-backend';
import type { EngineClock, TimerHandle } from '../clock';

const expiringSoonMs = 10 * 60_000;
const opaqueTokenLifetimeMs = 10 * 60_000;
const expired: AccessTokenLike = { token: '', expiresOnTimestamp: -10 };

function parseAccessToken(token: string, now: number): AccessTokenLike {
  if (token.trim().length === 0) throw new Error('Invalid token: token must not be empty.');
  try {
    const { exp } = jwtDecode(token);
    if (typeof exp === 'number' && Number.isFinite(exp)) return { token, expiresOnTimestamp: exp * 1000 };
  } catch {
    // Not a JWT: accepted as an opaque token, like @azure/communication-common does.
  }
  return { token, expiresOnTimestamp: now + opaqueTokenLifetimeMs };
}

/**
 * Behaves like AzureCommunicationTokenCredential with refreshProactively: hands out the
 * current token until it is about to expire, asks the refresher when it has expired, and
 * refreshes ahead of expiry on its own. Runs on the injected clock.
 */
export class SimulatedCredential implements TokenCredentialLike {
  private current: AccessTokenLike;
  private refreshing: Promise<void> | undefined;
  private timer: TimerHandle | undefined;
  private disposed = false;

  constructor(
    private readonly options: CredentialOptions,
    private readonly clock: EngineClock,
  ) {
    this.current = options.token ? parseAccessToken(options.token, clock.now()) : expired;
    this.scheduleRefresh();
  }

  async getToken(): Promise<AccessTokenLike> {
    if (this.disposed) throw new Error('Attempted to get token from a disposed credential');
    if (!this.isExpiringSoon(this.current)) return this.current;
    if (!this.isValid(this.current)) await this.refresh();
    return this.current;
  }

  dispose(): void {
    this.disposed = true;
    this.current = expired;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
  }

  private refresh(): Promise<void> {
    this.refreshing ??= (async () => {
      try {
        const next = parseAccessToken(await this.options.tokenRefresher(), this.clock.now());
        if (!this.isValid(next)) throw new Error('The token returned from the tokenRefresher is expired.');
        if (this.disposed) return;
        this.current = next;
        this.scheduleRefresh();
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  private scheduleRefresh(): void {
    if (this.disposed) return;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    const ttl = this.current.expiresOnTimestamp - this.clock.now();
    const wait = this.isExpiringSoon(this.current) ? ttl / 2 : ttl - expiringSoonMs;
    if (wait <= 0) return;
    this.timer = this.clock.setTimeout(() => {
      // A failed background refresh is retried by the next getToken, as in the SDK.
      this.refresh().catch(() => undefined);
    }, wait);
  }

  private isValid(token: AccessTokenLike): boolean {
    return this.clock.now() < token.expiresOnTimestamp;
  }

  private isExpiringSoon(token: AccessTokenLike): boolean {
    return this.clock.now() >= token.expiresOnTimestamp - expiringSoonMs;
  }
}
