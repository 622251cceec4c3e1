import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { build, type Rolldown } from 'vite';
import { parseRequest } from '../../shared/ipc/contract';
import { closePage, type BrowserBench } from './browser';
import { figure, type Figure } from './figure';
import { InProcessCore } from './in-process-core';
import { repoRoot } from './renderer-builds';
import { percentile, round } from './stats';

/*
 * One request through the typed contract and back: from the page over the web shell's socket
 * (what every renderer call costs), and inside main's core alone (validation and dispatch,
 * no transport).
 */

const budgetMs = 2;
const channel = 'session.get';

export async function measureIpc(bench: BrowserBench, rounds: number): Promise<Figure[]> {
  const inProcess = await timeInProcess(rounds);
  const validationOnly = timeValidationOnly(rounds);
  const page = await bench.openApp();
  let web: number[];
  try {
    web = await timeFromPage(page, rounds);
  } finally {
    await closePage(page);
  }
  return [
    figure({
      id: 'ipcRoundTripWeb',
      title: `IPC round trip page -> web shell -> page, ${channel} (p99 of ${rounds})`,
      unit: 'ms',
      measured: round(percentile(web, 99), 3),
      budget: budgetMs,
      baseline: { value: round(percentile(inProcess, 99), 3), label: 'core.handle in-process (p99)' },
      details: { rounds, p50Ms: round(percentile(web, 50), 3), p99Ms: round(percentile(web, 99), 3), maxMs: round(Math.max(...web), 3) },
    }),
    figure({
      id: 'ipcRoundTripInProcess',
      title: `IPC in main: core.handle ${channel} with validation (p99 of ${rounds})`,
      unit: 'ms',
      measured: round(percentile(inProcess, 99), 3),
      budget: budgetMs,
      baseline: { value: round(percentile(validationOnly, 99), 3), label: 'contract validation alone (p99)' },
      details: { rounds, p50Ms: round(percentile(inProcess, 50), 3), p99Ms: round(percentile(inProcess, 99), 3) },
    }),
  ];
}

async function timeFromPage(page: Page, rounds: number): Promise<number[]> {
  // Evaluated through DevTools, which the page's Content-Security-Policy does not govern.
  await page.evaluate(await ipcProbeBundle());
  return page.evaluate(async (count) => {
    if (!window.__benchIpc) throw new Error('the IPC probe did not install');
    return window.__benchIpc.timeRoundTrips(count);
  }, rounds);
}

async function timeInProcess(rounds: number): Promise<number[]> {
  const core = new InProcessCore();
  try {
    await core.invoke(channel);
    const samples: number[] = [];
    for (let index = 0; index < rounds; index += 1) {
      const started = performance.now();
      await core.invoke(channel);
      samples.push(performance.now() - started);
    }
    return samples;
  } finally {
    await core.dispose();
  }
}

function timeValidationOnly(rounds: number): number[] {
  const samples: number[] = [];
  for (let index = 0; index < rounds; index += 1) {
    const started = performance.now();
    const parsed = parseRequest(channel, {});
    samples.push(performance.now() - started);
    if (!parsed.ok) throw new Error(parsed.error.message);
  }
  return samples;
}

/** page/ipc-probe.ts and the renderer modules it uses, as one script. */
async function ipcProbeBundle(): Promise<string> {
  const result = await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'error',
    build: {
      write: false,
      minify: false,
      lib: { entry: join(repoRoot, 'scripts/bench/page/ipc-probe.ts'), formats: ['iife'], name: '__benchIpcProbe' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the IPC probe did not bundle');
  return chunk.code;
}
