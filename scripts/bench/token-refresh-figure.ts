import { silentLogger } from '../../electron/main/ports';
import { TokenManager, type TokenManagerSnapshot } from '../../electron/main/tokens/token-manager';
import type { AccessToken, TokenSource } from '../../electron/main/tokens/token-source';
import { TokenError } from '../../electron/main/tokens/token-source';
import { FakeClock } from '../../test/support/fake-clock';
import { figure, type Figure } from './figure';
import { round } from './stats';

/*
 * The token manager's own cost per refresh: on a fake clock, every cycle moves time to the
 * next wake-up and waits until the manager holds a fresh token again. Every tenth fetch fails
 * once, so the retry path is timed too. The baseline drives the same fake clock and promise
 * hand-offs with no manager, the floor any implementation pays here.
 */

const budgetMs = 1_000;
const tokenLifetimeMs = 60 * 60 * 1000;

export async function measureTokenRefresh(cycles: number): Promise<Figure> {
  const measuredMs = await timeManagerCycles(cycles);
  const baselineMs = await timeBareCycles(cycles);
  return figure({
    id: 'tokenRefreshCycles',
    title: `Token manager, ${cycles.toLocaleString('en')} refresh cycles (fake clock)`,
    unit: 'ms',
    measured: round(measuredMs, 1),
    budget: round((budgetMs * cycles) / 10_000, 1),
    baseline: { value: round(baselineMs, 1), label: 'the fake clock and promises alone' },
    details: { cycles, perCycleUs: round((measuredMs * 1000) / cycles, 2), budgetFor10000Ms: budgetMs },
  });
}

async function timeManagerCycles(cycles: number): Promise<number> {
  const clock = new FakeClock();
  let fetches = 0;
  const source: TokenSource = {
    kind: 'endpoint',
    fetchToken: async (): Promise<AccessToken> => {
      fetches += 1;
      if (fetches % 10 === 0) throw new TokenError('endpoint', 'the token service timed out');
      return { token: `token-${fetches}`, expiresOn: clock.now() + tokenLifetimeMs };
    },
  };
  let onValid: (() => void) | undefined;
  const manager = new TokenManager({
    source,
    clock,
    logger: silentLogger,
    onStateChange: (snapshot: TokenManagerSnapshot) => {
      if (snapshot.state === 'valid') onValid?.();
    },
  });
  await manager.getToken();
  manager.start();
  const started = performance.now();
  for (let cycle = 0; cycle < cycles; cycle += 1) {
    const fresh = new Promise<void>((resolve) => (onValid = resolve));
    // A failed fetch schedules a retry: keep moving to the next wake-up until a token is back.
    let valid = false;
    void fresh.then(() => (valid = true));
    for (let idleTurns = 0; !valid; ) {
      const next = clock.pendingDueTimes()[0];
      if (next !== undefined) clock.advance(next - clock.now());
      else if ((idleTurns += 1) > 1_000) throw new Error('the token manager stopped scheduling refreshes');
      // A fetch in flight has no timer pending; it settles within a few microtask turns.
      await Promise.race([fresh, Promise.resolve()]);
    }
  }
  const elapsed = performance.now() - started;
  manager.stop();
  return elapsed;
}

async function timeBareCycles(cycles: number): Promise<number> {
  const clock = new FakeClock();
  const started = performance.now();
  for (let cycle = 0; cycle < cycles; cycle += 1) {
    const fired = new Promise<void>((resolve) => clock.setTimeout(() => void Promise.resolve().then(resolve), tokenLifetimeMs));
    clock.advance(tokenLifetimeMs);
    await fired;
  }
  return performance.now() - started;
}
