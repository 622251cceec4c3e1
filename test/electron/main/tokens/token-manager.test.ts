import { describe, expect, it } from 'vitest';
import type { TokenSourceKind } from '../../../../shared/session/attempt';
import { TokenManager, type TokenManagerOptions } from '../../../../electron/main/tokens/token-manager';
import { PastedTokenSource } from '../../../../electron/main/tokens/pasted-token-source';
import { mintSimulatedToken } from '../../../../shared/tokens/unsigned-token';
import { TokenError, type AccessToken, type TokenSource } from '../../../../electron/main/tokens/token-source';
import { CapturingLogger } from '../../../support/capturing-logger';
import { FakeClock, flushPromises } from '../../../support/fake-clock';

const minute = 60_000;
const hour = 60 * minute;

type Behaviour = 'ok' | 'fail' | 'throttled' | 'hang' | 'invalid' | 'signInAgain';

/** A token source whose answers the test scripts; every token it issues is a distinct "secret". */
class ScriptedSource implements TokenSource {
  readonly issued: string[] = [];
  readonly fetchTimes: number[] = [];
  readonly signals: AbortSignal[] = [];
  behaviour: Behaviour = 'ok';
  lifetimeMs = hour;
  private pending: ((token: AccessToken) => void)[] = [];

  constructor(
    private readonly clock: FakeClock,
    readonly kind: TokenSourceKind = 'endpoint',
  ) {}

  get calls(): number {
    return this.fetchTimes.length;
  }

  fetchToken(signal: AbortSignal): Promise<AccessToken> {
    this.fetchTimes.push(this.clock.now());
    this.signals.push(signal);
    switch (this.behaviour) {
      case 'fail':
        return Promise.reject(new TokenError('endpoint', 'The token endpoint https://t.test/token answered HTTP 500.'));
      case 'throttled':
        return Promise.reject(new TokenError('endpoint', 'The token endpoint https://t.test/token answered HTTP 429.', { retryAfterMs: 45_000 }));
      case 'invalid':
        return Promise.reject(new TokenError('invalid', 'The token from https://t.test/token is not an ACS access token.'));
      case 'signInAgain':
        return Promise.reject(new TokenError('signInAgain', 'The Teams sign-in has ended (invalid_grant). Sign in with Teams again.'));
      case 'hang':
        return new Promise((resolve, reject) => {
          this.pending.push(resolve);
          signal.addEventListener('abort', () => reject(signal.reason));
        });
      case 'ok':
        return Promise.resolve(this.issue());
    }
  }

  /** Completes a 'hang' fetch (even one that was aborted, like a source that ignores aborts). */
  release(): void {
    for (const resolve of this.pending.splice(0)) resolve(this.issue());
  }

  private issue(): AccessToken {
    const token = `secret-token-${this.issued.length + 1}-${'x'.repeat(20)}`;
    this.issued.push(token);
    return { token, expiresOn: this.clock.now() + this.lifetimeMs };
  }
}

function setup(overrides: Partial<TokenManagerOptions> & { kind?: TokenSourceKind } = {}) {
  const clock = new FakeClock();
  const source = new ScriptedSource(clock, overrides.kind);
  const logger = new CapturingLogger();
  const manager = new TokenManager({ source, clock, logger, ...overrides });
  return { clock, source, logger, manager, start: clock.now() };
}

/** The warnings logged, as "message: errorKind", in order: what the manager went through. */
function warnings(logger: CapturingLogger): string[] {
  return logger.calls.filter((call) => call.level === 'warn').map((call) => `${call.message}: ${String(call.fields?.errorKind ?? call.fields?.source)}`);
}

describe('TokenManager on demand', () => {
  it('fetches once, then serves the cached token until the refresh margin', async () => {
    const { clock, source, manager } = setup();
    const first = await manager.getToken();
    expect(first.token).toBe(source.issued[0]);
    clock.advance(54 * minute);
    expect(await manager.getToken()).toBe(first);
    expect(source.calls).toBe(1);
    clock.advance(minute);
    const second = await manager.getToken();
    expect(source.calls).toBe(2);
    expect(second.token).toBe(source.issued[1]);
  });

  it('shares one fetch among ten concurrent callers', async () => {
    const { source, manager } = setup();
    source.behaviour = 'hang';
    const callers = Array.from({ length: 10 }, (_, index) => manager.getToken({ forceRefresh: index % 2 === 0 }));
    await flushPromises();
    expect(source.calls).toBe(1);
    expect(source.signals[0]?.aborted).toBe(false);
    source.release();
    const tokens = await Promise.all(callers);
    expect(new Set(tokens.map((token) => token.token))).toEqual(new Set([source.issued[0]]));
    expect(source.calls).toBe(1);
  });

  it('fetches a new token on forceRefresh even while the cached one is fresh', async () => {
    const { source, manager } = setup();
    await manager.getToken();
    const forced = await manager.getToken({ forceRefresh: true });
    expect(source.calls).toBe(2);
    expect(forced.token).toBe(source.issued[1]);
    expect(await manager.getToken()).toBe(forced);
  });

  it('falls back to the held token when a refresh fails, but not when the caller forced it', async () => {
    const { clock, source, manager, logger } = setup();
    const held = await manager.getToken();
    clock.advance(56 * minute);
    source.behaviour = 'fail';
    expect(await manager.getToken()).toBe(held);
    expect(warnings(logger)).toEqual(['token request failed: endpoint', 'Token refresh failed; using the token held until it expires: endpoint']);
    await expect(manager.getToken({ forceRefresh: true })).rejects.toMatchObject({ kind: 'endpoint' });
    clock.advance(4 * minute);
    await expect(manager.getToken()).rejects.toMatchObject({ kind: 'endpoint', message: expect.stringContaining('HTTP 500') });
  });

  it('wraps a foreign error from a source without repeating its message', async () => {
    const { logger, manager } = setup({
      source: { kind: 'endpoint', fetchToken: () => Promise.reject(new Error('boom secret-token-in-message')) },
    });
    const error = await manager.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenError);
    expect((error as TokenError).message).toBe('The endpoint token source failed unexpectedly (Error).');
    expect(logger.text()).not.toContain('secret-token-in-message');
  });
});

describe('TokenManager proactive refresh', () => {
  it('refreshes exactly the margin before expiry, not before, and reschedules after each success', async () => {
    const { clock, source, manager, start } = setup();
    await manager.getToken();
    manager.start();
    expect(clock.pendingDueTimes()).toEqual([start + 55 * minute]);
    await clock.advanceAsync(55 * minute - 1);
    expect(source.calls).toBe(1);
    await clock.advanceAsync(1);
    expect(source.fetchTimes).toEqual([start, start + 55 * minute]);
    // The new token (valid for an hour from its fetch) is served, and refreshed 55 minutes on.
    expect((await manager.getToken()).token).toBe(source.issued[1]);
    expect(clock.pendingDueTimes()).toEqual([start + 110 * minute]);
    await clock.advanceAsync(55 * minute);
    expect(source.calls).toBe(3);
    expect((await manager.getToken()).token).toBe(source.issued[2]);
    expect(source.calls).toBe(3);
  });

  it('honours a custom margin', async () => {
    const { clock, manager, start } = setup({ refreshMarginMs: 10 * minute });
    await manager.getToken();
    manager.start();
    expect(clock.pendingDueTimes()).toEqual([start + 50 * minute]);
  });

  it('refreshes tokens shorter than the margin half-way through their life instead of in a loop', async () => {
    const { clock, source, manager, start } = setup();
    source.lifetimeMs = 4 * minute;
    await manager.getToken();
    manager.start();
    await clock.advanceAsync(20 * minute);
    expect(source.fetchTimes.map((at) => (at - start) / minute)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
  });

  it('retries a failed refresh with doubling backoff, one timer at a time, and recovers when the endpoint heals', async () => {
    const { clock, source, manager, start, logger } = setup();
    await manager.getToken();
    manager.start();
    source.behaviour = 'fail';
    await clock.advanceAsync(55 * minute);
    expect(logger.calls.at(-2)).toMatchObject({ level: 'warn', fields: { errorKind: 'endpoint', error: 'The token endpoint https://t.test/token answered HTTP 500.' } });
    expect(clock.pendingCount).toBe(1);
    await clock.advanceAsync(2_000 + 4_000 + 8_000);
    expect(clock.pendingCount).toBe(1);
    source.behaviour = 'ok';
    await clock.advanceAsync(16_000);
    const failedAt = start + 55 * minute;
    expect(source.fetchTimes.slice(1)).toEqual([failedAt, failedAt + 2_000, failedAt + 6_000, failedAt + 14_000, failedAt + 30_000]);
    expect((await manager.getToken()).token).toBe(source.issued[1]);
    expect(source.calls).toBe(6);
    // Healed: the next refresh is back to the margin before the new expiry, and backoff starts over.
    expect(clock.pendingDueTimes()).toEqual([failedAt + 30_000 + 55 * minute]);
    source.behaviour = 'fail';
    await clock.advanceAsync(55 * minute + 2_000);
    expect(source.fetchTimes.slice(-2)).toEqual([failedAt + 30_000 + 55 * minute, failedAt + 30_000 + 55 * minute + 2_000]);
  });

  it('caps the backoff and stops after the bounded number of attempts, then marks the token expired', async () => {
    const { clock, source, manager, start, logger } = setup({ retry: { initialDelayMs: 2_000, maxDelayMs: 5_000, maxAttempts: 4 } });
    await manager.getToken();
    manager.start();
    source.behaviour = 'fail';
    await clock.advanceAsync(55 * minute + 30_000);
    const failedAt = start + 55 * minute;
    expect(source.fetchTimes.slice(1)).toEqual([failedAt, failedAt + 2_000, failedAt + 6_000, failedAt + 11_000, failedAt + 16_000]);
    // No more retries: the only timer left marks the held token expired when it runs out.
    expect(clock.pendingDueTimes()).toEqual([start + hour]);
    expect(warnings(logger)).not.toContain('The access token expired: endpoint');
    await clock.advanceAsync(5 * minute);
    expect(warnings(logger).at(-1)).toBe('The access token expired: endpoint');
    expect(clock.pendingCount).toBe(0);
    expect(source.calls).toBe(6);
    await expect(manager.getToken()).rejects.toMatchObject({ kind: 'endpoint' });
  });

  it('waits as long as a throttling service asked before the next refresh, then backs off as usual', async () => {
    const { clock, source, manager, start } = setup();
    await manager.getToken();
    manager.start();
    source.behaviour = 'throttled';
    await clock.advanceAsync(55 * minute);
    const failedAt = start + 55 * minute;
    expect(clock.pendingDueTimes()).toEqual([failedAt + 45_000]);
    source.behaviour = 'fail';
    await clock.advanceAsync(45_000);
    expect(source.fetchTimes.slice(1)).toEqual([failedAt, failedAt + 45_000]);
    expect(clock.pendingDueTimes()).toEqual([failedAt + 45_000 + 4_000]);
  });

  it('stops refreshing a Teams sign-in that Entra ended: only the user can sign in again', async () => {
    const { clock, source, manager, logger } = setup({ kind: 'teams' });
    await manager.getToken();
    manager.start();
    source.behaviour = 'signInAgain';
    await clock.advanceAsync(56 * minute);
    expect(source.calls).toBe(2);
    expect(warnings(logger)).toEqual(['token request failed: signInAgain']);
    expect(clock.pendingCount).toBe(0);
    // The held token is dropped: nothing is served until the user signs in again.
    await expect(manager.getToken()).rejects.toMatchObject({ kind: 'signInAgain' });
  });

  it('does not retry a token that is not an ACS token', async () => {
    const { clock, source, manager, start, logger } = setup();
    await manager.getToken();
    manager.start();
    source.behaviour = 'invalid';
    await clock.advanceAsync(56 * minute);
    expect(source.calls).toBe(2);
    expect(warnings(logger)).toEqual(['token request failed: invalid']);
    expect(clock.pendingDueTimes()).toEqual([start + hour]);
  });
});

describe('TokenManager.stop', () => {
  it('leaves no timer pending, aborts the fetch in flight and forgets the token', async () => {
    const { clock, source, manager } = setup();
    await manager.getToken();
    manager.start();
    source.behaviour = 'hang';
    await clock.advanceAsync(55 * minute);
    expect(source.calls).toBe(2);
    const waiting = manager.getToken({ forceRefresh: true }).catch((e: unknown) => e);
    manager.stop();
    expect(clock.pendingCount).toBe(0);
    expect(source.signals[1]?.aborted).toBe(true);
    expect(await waiting).toMatchObject({ name: 'AbortError' });
    // A source that ignores the abort cannot bring its token back.
    source.release();
    await clock.advanceAsync(2 * hour);
    expect(clock.pendingCount).toBe(0);
    expect(source.calls).toBe(2);
    // Nothing held: the next caller gets a fresh fetch (issued[2]), not the released token (issued[1]).
    source.behaviour = 'ok';
    expect((await manager.getToken()).token).toBe(source.issued[2]);
    expect(source.calls).toBe(3);
  });

  it('stops a retry loop', async () => {
    const { clock, source, manager } = setup();
    await manager.getToken();
    manager.start();
    source.behaviour = 'fail';
    await clock.advanceAsync(55 * minute + 2_000);
    expect(clock.pendingCount).toBe(1);
    manager.stop();
    expect(clock.pendingCount).toBe(0);
    await clock.advanceAsync(hour);
    expect(source.calls).toBe(3);
  });

  it('can get tokens again after a stop', async () => {
    const { source, manager } = setup();
    await manager.getToken();
    manager.stop();
    expect((await manager.getToken()).token).toBe(source.issued[1]);
  });
});

describe('TokenManager with a pasted token', () => {
  it('serves the pasted token, never refreshes it, and reports expiry when it runs out', async () => {
    const clock = new FakeClock();
    const token = mintSimulatedToken({ user: 'alice', kind: 'acs', scopes: ['voip'], expiresOn: clock.now() + 30 * minute });
    const logger = new CapturingLogger();
    const manager = new TokenManager({ source: new PastedTokenSource(token, clock), clock, logger });
    expect((await manager.getToken()).token).toBe(token);
    manager.start();
    expect(clock.pendingDueTimes()).toEqual([clock.now() + 30 * minute]);
    await clock.advanceAsync(30 * minute);
    expect(logger.calls.at(-1)).toMatchObject({ level: 'warn', message: 'The access token expired', fields: { source: 'pasted' } });
    expect(clock.pendingCount).toBe(0);
    const error = await manager.getToken().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'expired', failureId: 'token-expired' });
    expect(logger.text()).not.toContain(token);
  });
});

describe('TokenManager logging', () => {
  it('never logs a token, through success, refresh, failure, retry, expiry and stop', async () => {
    const { clock, source, manager, logger } = setup({ retry: { maxAttempts: 2 } });
    await manager.getToken();
    manager.start();
    await clock.advanceAsync(55 * minute);
    source.behaviour = 'fail';
    await clock.advanceAsync(hour);
    source.behaviour = 'ok';
    await manager.getToken({ forceRefresh: true });
    manager.stop();
    expect(source.issued.length).toBeGreaterThanOrEqual(3);
    expect(logger.calls.length).toBeGreaterThan(5);
    for (const token of source.issued) expect(logger.text()).not.toContain(token);
    expect(logger.calls.find((call) => call.message === 'Access token ready')?.fields).toEqual({
      source: 'endpoint',
      expiresOn: expect.stringMatching(/^2025-01-01T/),
    });
    expect(logger.calls.find((call) => call.level === 'warn')?.fields).toMatchObject({ source: 'endpoint', errorKind: 'endpoint' });
  });
});
