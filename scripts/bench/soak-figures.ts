import type { Browser, Page } from '@playwright/test';
import { remote, setSimulatorDelays } from '../support/simulator-hooks';
import { closePage, openApp } from './browser';
import { figure, heapGrowthFigure, type Figure } from './figure';
import { exposeGc } from './gc';
import { countPageHandles, installHandleCounters, type PageHandles } from './page-handles';
import { signInForCalls } from './page-helpers';

/*
 * A working day of calls, compressed: each call rings in (ringtone and incoming card), is
 * answered, gets a User Facing Diagnostics banner, is held and resumed, loses the banner, is
 * hung up and its ended card dismissed. The renderer's heap and the host's (the web host runs
 * in this process, so a forced collection reaches it) after the soak's calls against after a warm-up,
 * and what the page still holds (timers, listeners, audio nodes, DOM nodes) against the same
 * moment after the warm-up: anything more is left behind by a call.
 */

const heapBudgetMb = 5;
/**
 * Calls before the first reading: enough to fill the window's bounded diagnostics timeline (50
 * changes, two a call), which would otherwise read as growth. Call history (capped at 500
 * entries) keeps growing through the soak, as it does during a day, and is counted.
 */
const warmUpCalls = 26;
const carol = '8:acs:resource_carol';

export async function measureSoak(browser: Browser, url: string, calls: number): Promise<Figure[]> {
  const page = await openApp(browser, url, { beforeLoad: installHandleCounters });
  try {
    await setSimulatorDelays(page, { createMs: 0, connectMs: 0 });
    await signInForCalls(page, 'bench-soak');
    await remote(page, 'setTimings', { setupMs: 0, answerMs: 0, noAnswerMs: 60_000 });
    // A real click, so the page may start audio: the ringtone's nodes are part of what is counted.
    await page.getByTestId('tab-phone').click();
    await soakCalls(page, warmUpCalls);
    const first = await readings(page);
    await soakCalls(page, calls);
    const all = await readings(page);
    const leftover = leftoverHandles(first.handles, all.handles);
    return [
      heapGrowthFigure({ id: 'soakRendererHeapGrowth', side: 'Renderer', calls, afterFirst: first.rendererHeap, afterAll: all.rendererHeap, budgetMb: heapBudgetMb, what: 'soak calls (ring, hold, diagnostics)' }),
      heapGrowthFigure({ id: 'soakHostHeapGrowth', side: 'Host', calls, afterFirst: first.hostHeap, afterAll: all.hostHeap, budgetMb: heapBudgetMb, what: 'soak calls, web host' }),
      figure({
        id: 'soakLeftoverHandles',
        title: `Timers, listeners, audio and DOM nodes left after ${calls} soak calls`,
        unit: 'count',
        measured: leftover.total,
        budget: 0,
        baseline: { value: total(first.handles), label: 'held after the warm-up calls' },
        details: { calls, warmUpCalls, ...prefixed('first', first.handles), ...prefixed('after', all.handles) },
      }),
    ];
  } finally {
    await closePage(page);
  }
}

async function soakCalls(page: Page, count: number): Promise<void> {
  await page.evaluate(
    async ({ total: calls, caller, connected, held }) => {
      type Desk = { ringFrom(rawId: string, name: string): string; diagnostic(name: string, value: number): void };
      const bench = window.__bench;
      const desk = (window as unknown as { __softphoneSimulator?: { calls?: Desk } }).__softphoneSimulator?.calls;
      if (!bench || !desk) throw new Error('the bench helpers or the simulator are missing from the page');
      for (let call = 0; call < calls; call += 1) {
        desk.ringFrom(caller, 'Carol');
        await bench.waitFor('[data-testid="incoming-accept"]');
        bench.click('incoming-accept');
        await bench.waitFor(connected);
        desk.diagnostic('networkReceiveQuality', 3);
        await bench.waitFor('[data-testid="call-diagnostic"]');
        bench.click('call-hold');
        await bench.waitFor(held);
        bench.click('call-hold');
        await bench.waitFor(connected);
        desk.diagnostic('networkReceiveQuality', 1);
        await bench.waitFor('body:not(:has([data-testid="call-diagnostic"]))');
        bench.click('call-hangup');
        await bench.waitFor('[data-testid="call-ended"]');
        bench.click('call-ended-dismiss');
        await bench.waitFor('body:not(:has([data-testid="call-ended"]))');
      }
    },
    // Selectors as data: tsx would wrap a function defined in here in a helper the page lacks.
    { total: count, caller: carol, connected: callState('Connected'), held: callState('LocalHold') },
  );
}

const callState = (name: string) => `[data-testid="call-card"] [data-testid="call-state"][data-state="${name}"]`;

interface Readings {
  rendererHeap: number;
  hostHeap: number;
  handles: PageHandles;
}

async function readings(page: Page): Promise<Readings> {
  // Let the last call's trailing work (history, activity reports) land before counting.
  await page.waitForTimeout(500);
  const handles = await countPageHandles(page);
  const devtools = await page.context().newCDPSession(page);
  try {
    await devtools.send('HeapProfiler.collectGarbage');
    await devtools.send('HeapProfiler.collectGarbage');
    const usage = await devtools.send('Runtime.getHeapUsage');
    return { rendererHeap: usage.usedSize, hostHeap: hostHeapAfterGc(), handles };
  } finally {
    await devtools.detach();
  }
}

function leftoverHandles(first: PageHandles, after: PageHandles): { total: number } {
  // Only growth counts: a handle the first call left that a later one let go of is not a leak.
  return { total: (Object.keys(first) as (keyof PageHandles)[]).reduce((sum, key) => sum + Math.max(0, after[key] - first[key]), 0) };
}

const total = (handles: PageHandles) => Object.values(handles).reduce((sum, value) => sum + value, 0);

function prefixed(prefix: string, handles: PageHandles): Record<string, number> {
  return Object.fromEntries(Object.entries(handles).map(([key, value]) => [`${prefix}${key[0]?.toUpperCase()}${key.slice(1)}`, value]));
}

function hostHeapAfterGc(): number {
  const collect = exposeGc();
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}
