import type { CDPSession, Page } from '@playwright/test';
import { round } from './stats';

/*
 * What a page costs while nobody touches it: the renderer main thread's CPU time (Chromium's
 * ThreadTime) as a share of one core, and how often it laid out and recalculated styles. Read
 * from DevTools' Performance domain before and after a window of wall time, so only the
 * page's own work counts, not the bench's. CPU time rather than TaskDuration (the wall time
 * of the thread's tasks, kept in the details): on a loaded 2-core machine a task's wall time
 * also counts the time other processes held the core.
 */

export interface PageActivity {
  /** Main-thread CPU time as a percentage of one core over the window. */
  cpuPercent: number;
  /** Main-thread task wall time, the same way. */
  taskPercent: number;
  layoutsPerSecond: number;
  styleRecalcsPerSecond: number;
  seconds: number;
}

const metricNames = ['ThreadTime', 'TaskDuration', 'LayoutCount', 'RecalcStyleCount'] as const;
type Metrics = Record<(typeof metricNames)[number], number>;

/** What a change of state leaves to do (a collection, lazily compiled code) is not the state's steady cost. */
const settleMs = 1_000;

export async function measurePageActivity(page: Page, windowMs: number): Promise<PageActivity> {
  await page.waitForTimeout(settleMs);
  const devtools = await page.context().newCDPSession(page);
  try {
    await devtools.send('Performance.enable', { timeDomain: 'timeTicks' });
    const before = await readMetrics(devtools);
    const startedAt = performance.now();
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const after = await readMetrics(devtools);
    const seconds = (performance.now() - startedAt) / 1000;
    return {
      cpuPercent: round(((after.ThreadTime - before.ThreadTime) / seconds) * 100, 3),
      taskPercent: round(((after.TaskDuration - before.TaskDuration) / seconds) * 100, 3),
      layoutsPerSecond: round((after.LayoutCount - before.LayoutCount) / seconds, 2),
      styleRecalcsPerSecond: round((after.RecalcStyleCount - before.RecalcStyleCount) / seconds, 2),
      seconds: round(seconds, 1),
    };
  } finally {
    await devtools.detach();
  }
}

async function readMetrics(devtools: CDPSession): Promise<Metrics> {
  const { metrics } = await devtools.send('Performance.getMetrics');
  const value = (name: keyof Metrics): number => {
    const found = metrics.find((metric) => metric.name === name);
    if (!found) throw new Error(`Chromium reported no ${name} metric`);
    return found.value;
  };
  return Object.fromEntries(metricNames.map((name) => [name, value(name)])) as Metrics;
}
