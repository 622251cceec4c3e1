import type { Page } from '@playwright/test';
import { defaultSimulatorDelays } from '../../renderer/src/engine/simulator/simulated-service';
import { setSimulatorDelays } from '../support/simulator-hooks';
import { closePage } from './browser';
import type { BrowserBench } from './browser';
import { figure, type Figure } from './figure';
import { selectors } from './page-helpers';
import { percentile, round } from './stats';

/*
 * The app's own time from the sign-in click to "ready" on screen: with the simulator's
 * delays at zero, everything left is the app (form, IPC to main, token, lease, engine, state
 * pushed back, render). The baseline is the same cycle with the simulator's default delays,
 * what a user of the simulator sees.
 */

const budgetMs = 20;

export async function measureSignIn(bench: BrowserBench, signIns: number, baselineSignIns: number): Promise<Figure> {
  const page = await bench.openApp();
  try {
    await setSimulatorDelays(page, { createMs: 0, connectMs: 0 });
    // The first sign-in of a page compiles code paths the others reuse: not what a figure over 100 shows.
    await timeSignIns(page, 1);
    const zero = await timeSignIns(page, signIns);
    await setSimulatorDelays(page, { createMs: defaultSimulatorDelays.createMs, connectMs: defaultSimulatorDelays.connectMs });
    const withDelays = await timeSignIns(page, baselineSignIns);
    const simulatedMs = defaultSimulatorDelays.createMs + defaultSimulatorDelays.connectMs;
    return figure({
      id: 'signInOverhead',
      title: `App overhead, sign-in click to ready (p95 of ${signIns})`,
      unit: 'ms',
      measured: round(percentile(zero, 95), 1),
      budget: budgetMs,
      baseline: { value: round(percentile(withDelays, 95), 1), label: `simulator default delays (${simulatedMs} ms simulated)` },
      details: { signIns, p50Ms: round(percentile(zero, 50), 1), p95Ms: round(percentile(zero, 95), 1), maxMs: round(Math.max(...zero), 1) },
    });
  } finally {
    await closePage(page);
  }
}

/** Sign in, wait for ready, sign out, wait for the form: `cycles` times, timing only the first half. */
export async function timeSignIns(page: Page, cycles: number): Promise<number[]> {
  const samples: number[] = [];
  for (let cycle = 0; cycle < cycles; cycle += 1) {
    samples.push(
      await page.evaluate(async (wanted) => {
        const bench = window.__bench;
        if (!bench) throw new Error('the bench helpers are missing from the page');
        bench.click('signin-source-simulated');
        await bench.waitFor('[data-testid="signin-simulated-user"]');
        bench.fill('signin-simulated-user', 'bench');
        const clickedAt = performance.now();
        bench.click('signin-submit');
        const readyAt = await bench.waitFor(wanted.ready);
        bench.click('sign-out');
        await bench.waitFor(wanted.signedOut);
        await bench.waitFor(wanted.interactive);
        return readyAt - clickedAt;
      }, { ready: selectors.phase('ready'), signedOut: selectors.phase('signedOut'), interactive: selectors.signInInteractive }),
    );
  }
  return samples;
}
