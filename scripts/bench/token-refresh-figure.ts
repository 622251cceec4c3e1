import { silentLogger } from '../../electron/main/ports';
import { TokenManager } from '../../electron/main/tokens/token-manager';
import type { AccessToken, TokenSource } from '../../electron/main/tokens/token-source';
import { TokenError } from '../../electron/main/tokens/token-source';
import { VirtualClock } from '../scenario/virtual-clock';
import { figure, type Figure } from './figure';
import { round } from './stats';

/*
 * The token manager's own cost per refresh: on a virtual clock, every cycle moves time to the
 * next wake-up until the source has issued a fresh token, then asks the manager for it (no
 * further fetch). Every tenth fetch fails once, so the retry path is timed too. The
 * baseline drives the same clock and promise hand-offs with no manager, the floor any
 * implementation pays here.
 */

const budgetMs = 1_000;
const tokenLifetimeMs = 60 * 60 * 1000;

export async function measureTokenRefresh(cycles: number): Promise<Figure> {
  const measuredMs = await timeManagerCycles(cycles);
  const baselineMs = await timeBareCycles(cycles);
  return figure({
    id: 'tokenRefreshCycles',
    title: `Token manager, ${cycles.toLocaleString('en')} refresh cycles (virtual clock)`,
    unit: 'ms',
    measured: round(measuredMs, 1),
    budget: round((budgetMs * cycles) / 10_000, 1),
    baseline: { value: round(baselineMs, 1), label: 'the virtual clock and promises alone' },
    details: { cycles, perCycleUs: round((measuredMs * 1000) / cycles, 2), budgetFor10000Ms: budgetMs },
  });
}

async function timeManagerCycles(cycles: number): Promise<number> {
  const clock = new VirtualClock(Date.now());
  let fetches = 0;
  let onIssued: (() => void) | undefined;
  const source: TokenSource = {
    kind: 'endpoint',
    fetchToken: async (): Promise<AccessToken> => {
      fetches += 1;
      if (fetches % 10 === 0) throw new TokenError('endpoint', 'the token service timed out');
      onIssued?.();
      return { token: `token-${fetches}`, expiresOn: clock.now() + tokenLifetimeMs };
    },
  };
  const manager = new TokenManager({ source, clock, logger: silentLogger });
  await manager.getToken();
  manager.start();
  const started = performance.now();
  for (let cycle = 0; cycle < cycles; cycle += 1) {
    const fresh = new Promise<void>((resolve) => (onIssued = resolve));
    // A failed fetch schedules a retry: keep moving to the next wake-up until a token is back.
    let issued = false;
    void fresh.then(() => (issued = true));
    for (let idleTurns = 0; !issued; ) {
      if (!clock.runNext() && (idleTurns += 1) > 1_000) throw new Error('the token manager stopped scheduling refreshes');
      // A fetch in flight has no timer pending; it settles within a few microtask turns.
      await Promise.race([fresh, Promise.resolve()]);
    }
    // The manager hands out the new token (from its fetch in flight or its cache) without another fetch.
    const served = await manager.getToken();
    if (served.token !== `token-${fetches}`) throw new Error(`the token manager served ${served.token}, not the fresh token-${fetches}`);
  }
  const elapsed = performance.now() - started;
  manager.stop();
  return elapsed;
}

async function timeBareCycles(cycles: number): Promise<number> {
  const clock = new VirtualClock(Date.now());
  const started = performance.now();
  for (let cycle = 0; cycle < cycles; cycle += 1) {
    const fired = new Promise<void>((resolve) => clock.setTimeout(() => void Promise.resolve().then(resolve), tokenLifetimeMs));
    clock.runNext();
    await fired;
  }
  return performance.now() - started;
}
