import type { Page } from '@playwright/test';

/*
 * What a page holds on to that a leak would grow: pending timers and intervals (counted by a
 * wrapper installed before the app loads, the only way to see them), event listeners, Web
 * Audio nodes and DOM nodes (Chromium's own counts, from DevTools' Performance metrics).
 */

export interface PageHandles {
  timers: number;
  intervals: number;
  listeners: number;
  audioNodes: number;
  domNodes: number;
}

declare global {
  interface Window {
    __benchTimers?: { timeouts: Set<number>; intervals: Set<number> };
  }
}

/** Runs in the page before any of its scripts (serialized by Playwright): no closures over this module. */
function countTimersInPage(): void {
  const timeouts = new Set<number>();
  const intervals = new Set<number>();
  window.__benchTimers = { timeouts, intervals };
  const { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop } = window;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = set(
      (...callArgs: unknown[]) => {
        timeouts.delete(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...callArgs);
      },
      ms,
      ...args,
    );
    timeouts.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    clear(id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = every(handler, ms, ...args);
    intervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    stop(id);
  }) as typeof window.clearInterval;
}

export async function installHandleCounters(page: Page): Promise<void> {
  await page.addInitScript({ content: `var __name = (target) => target;\n(${countTimersInPage.toString()})();` });
}

export async function countPageHandles(page: Page): Promise<PageHandles> {
  const { timeouts, intervals } = await page.evaluate(() => {
    const timers = window.__benchTimers;
    if (!timers) throw new Error('the timer counters are missing from the page');
    return { timeouts: timers.timeouts.size, intervals: timers.intervals.size };
  });
  const devtools = await page.context().newCDPSession(page);
  try {
    // Collected first: a listener or node only garbage still holds is not a leak.
    await devtools.send('HeapProfiler.collectGarbage');
    await devtools.send('Performance.enable');
    const { metrics } = await devtools.send('Performance.getMetrics');
    const metric = (name: string): number => {
      const found = metrics.find((entry) => entry.name === name);
      if (!found) throw new Error(`Chromium reported no ${name} metric`);
      return found.value;
    };
    return { timers: timeouts, intervals, listeners: metric('JSEventListeners'), audioNodes: metric('AudioHandlers'), domNodes: metric('Nodes') };
  } finally {
    await devtools.detach();
  }
}
