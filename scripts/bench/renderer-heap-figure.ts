import type { Page } from '@playwright/test';
import { remote, setSimulatorDelays } from '../support/simulator-hooks';
import { closePage, type BrowserBench } from './browser';
import { heapGrowthFigure, type Figure } from './figure';
import { selectors, signInForCalls } from './page-helpers';

/*
 * The renderer's JS heap after many simulated calls against after the first: each call is
 * dialled, answered by the simulated remote, hung up and its ended card dismissed, as a user
 * would. Readings follow a forced collection through DevTools, so only what is still
 * reachable counts.
 */

const budgetMb = 5;
const callee = '8:acs:resource_bob';

export async function measureRendererHeap(bench: BrowserBench, calls: number): Promise<Figure> {
  const page = await bench.openApp();
  try {
    await setSimulatorDelays(page, { createMs: 0, connectMs: 0 });
    await signInForCalls(page, 'bench-calls');
    await remote(page, 'setTimings', { setupMs: 0, answerMs: 0 });
    await placeCalls(page, 1);
    const afterFirst = await heapUsedAfterGc(page);
    await placeCalls(page, calls - 1);
    const afterAll = await heapUsedAfterGc(page);
    return heapGrowthFigure({ id: 'rendererHeapGrowth', side: 'Renderer', calls, afterFirst, afterAll, budgetMb });
  } finally {
    await closePage(page);
  }
}

async function placeCalls(page: Page, count: number): Promise<void> {
  await page.evaluate(
    async ({ count: total, peer, wanted }) => {
      const bench = window.__bench;
      if (!bench) throw new Error('the bench helpers are missing from the page');
      for (let call = 0; call < total; call += 1) {
        // The phone screen is its own chunk: right after sign-in it may still be loading.
        await bench.waitFor(wanted.dialer);
        bench.fill('dial-input', peer);
        bench.click('dial-call');
        await bench.waitFor(wanted.connected);
        bench.click('call-hangup');
        await bench.waitFor(wanted.ended);
        bench.click('call-ended-dismiss');
        await bench.waitFor(wanted.noEnded);
      }
    },
    { count, peer: callee, wanted: { dialer: '[data-testid="dial-input"]', connected: selectors.callConnected, ended: selectors.callEnded, noEnded: 'body:not(:has([data-testid="call-ended"]))' } },
  );
}

async function heapUsedAfterGc(page: Page): Promise<number> {
  const devtools = await page.context().newCDPSession(page);
  try {
    await devtools.send('HeapProfiler.collectGarbage');
    await devtools.send('HeapProfiler.collectGarbage');
    const usage = await devtools.send('Runtime.getHeapUsage');
    return usage.usedSize;
  } finally {
    await devtools.detach();
  }
}
