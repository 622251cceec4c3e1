import type { Page } from '@playwright/test';
import { backoffDelay } from '../../shared/errors/retry-policy';
import { setSimulatorDelays } from '../support/simulator-hooks';
import { closePage, type BrowserBench } from './browser';
import { figure, type Figure } from './figure';
import { selectors } from './page-helpers';
import { percentile, round } from './stats';

/*
 * Sign-in fails with 408/40114 while offline, so main waits for the network instead of a
 * backoff. The figure is the time from the network coming back (the QA panel's "Network
 * online", which tells both the simulator and main) to "ready", with the simulator's delays
 * at zero: everything measured is the app's. The baseline is the first backoff the retry
 * policy would have waited had it not known the network was the cause.
 */

const budgetMs = 300;

export async function measureNetworkReturn(bench: BrowserBench, repeats: number): Promise<Figure> {
  const page = await bench.openApp();
  try {
    await setSimulatorDelays(page, { createMs: 0, connectMs: 0 });
    const samples: number[] = [];
    for (let repeat = 0; repeat < repeats; repeat += 1) samples.push(await timeOneReturn(page));
    return figure({
      id: 'networkReturnToReady',
      title: 'Network return to ready after 408/40114 offline (p95)',
      unit: 'ms',
      measured: round(percentile(samples, 95), 1),
      budget: budgetMs,
      baseline: { value: backoffDelay(1, () => 0.5), label: 'first retry backoff it would otherwise wait' },
      details: { repeats, p50Ms: round(percentile(samples, 50), 1), maxMs: round(Math.max(...samples), 1) },
    });
  } finally {
    await closePage(page);
  }
}

function timeOneReturn(page: Page): Promise<number> {
  return page.evaluate(
    async (wanted) => {
      const bench = window.__bench;
      const simulator = (window as unknown as { __softphoneSimulator?: { inject(plan: string): void } }).__softphoneSimulator;
      if (!bench || !simulator) throw new Error('the bench helpers or the simulator hook are missing from the page');
      const online = document.querySelector<HTMLInputElement>('[data-testid="qa-online"]');
      if (!online) throw new Error('the QA panel has no network switch: is the shell running with --qa?');
      if (online.checked) online.click();
      simulator.inject('408/40114');
      bench.click('signin-source-simulated');
      await bench.waitFor('[data-testid="signin-simulated-user"]');
      bench.fill('signin-simulated-user', 'bench-offline');
      bench.click('signin-submit');
      await bench.waitFor(wanted.waiting);
      const returnedAt = performance.now();
      online.click();
      const readyAt = await bench.waitFor(wanted.ready);
      bench.click('sign-out');
      await bench.waitFor(wanted.signedOut);
      await bench.waitFor(wanted.interactive);
      return readyAt - returnedAt;
    },
    { waiting: selectors.phase('waitingForNetwork'), ready: selectors.phase('ready'), signedOut: selectors.phase('signedOut'), interactive: selectors.signInInteractive },
  );
}
