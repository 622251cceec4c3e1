import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserBench, type BrowserBench } from './browser';
import { measureInitialDownload } from './bundle-size-figure';
import { startBenchWebHost } from './bench-web-host';
import { measureCallActivity } from './call-activity-figures';
import type { Figure } from './figure';
import { measureIpc } from './ipc-figures';
import type { Iterations } from './iterations';
import { measureLaunch, measureStart } from './launch-figure';
import { measureMainHeap } from './main-heap-figure';
import { measureNetworkReturn } from './network-return-figure';
import { buildRenderer, repoRoot } from './renderer-builds';
import type { BenchReport } from './report';
import { measureRendererHeap } from './renderer-heap-figure';
import { measureSignIn } from './sign-in-figure';
import { measureSoak } from './soak-figures';
import { measureTokenRefresh } from './token-refresh-figure';
import { errorMessage } from '../../shared/util/error-message';

/*
 * Builds what it measures, then takes each figure in turn. The Node-only figures run first,
 * before Chromium and the web shell compete for the same two cores. A figure that fails to
 * measure is reported as such; the others still run.
 */

/** Every figure a run reports, in the order printed; the npm test checks each one is there. */
export const figureIds = [
  'initialDownload',
  'launchToSignIn',
  'startToSignIn',
  'signInOverhead',
  'ipcRoundTripWeb',
  'ipcRoundTripInProcess',
  'rendererHeapGrowth',
  'mainHeapGrowth',
  'tokenRefreshCycles',
  'networkReturnToReady',
  'idleCpu',
  'inCallCpu',
  'inCallLayouts',
  'inCallKeypadCpu',
  'inCallDiagnosticsCpu',
  'twoCallsCpu',
  'ringingCpu',
  'soakRendererHeapGrowth',
  'soakHostHeapGrowth',
  'soakLeftoverHandles',
] as const;

export interface BenchOptions {
  mode: 'quick' | 'full';
  iterations: Iterations;
  /** A figure that takes longer is reported as not measured. */
  figureTimeoutMs: number;
  /** Progress lines (stderr in the CLI, so --json stays clean). */
  progress(line: string): void;
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const { iterations, progress } = options;
  const figures: Figure[] = [];
  const errors: BenchReport['errors'] = [];
  const attempt = async (names: string, take: () => Promise<Figure | Figure[]>): Promise<void> => {
    progress(`measuring ${names}...`);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no result within ${options.figureTimeoutMs / 1000} s`)), options.figureTimeoutMs);
    });
    try {
      // A page that never answers would otherwise hold the run forever: page.evaluate has no timeout.
      const taken = await Promise.race([take(), deadline]);
      figures.push(...(Array.isArray(taken) ? taken : [taken]));
    } catch (error) {
      errors.push({ figure: names, message: errorMessage(error) });
    } finally {
      clearTimeout(timer);
    }
  };

  const lazyDir = join(repoRoot, 'out', 'renderer');
  const quietDevConfig = join(repoRoot, 'scripts', 'bench', 'vite-dev-quiet.config.ts');
  const eagerDir = mkdtempSync(join(tmpdir(), 'softphone-bench-eager-'));
  try {
    // Before the builds load Vite into this process: main's heap baseline is then closer to main's own.
    await attempt('tokenRefreshCycles', () => measureTokenRefresh(iterations.refreshCycles));
    await attempt('mainHeapGrowth', () => measureMainHeap(iterations.mainHeapCalls));
    progress('building the renderer (out/renderer) and its eager-SDK twin...');
    await buildRenderer(lazyDir, 'lazy');
    await buildRenderer(eagerDir, 'eager');
    await attempt('initialDownload', async () => measureInitialDownload(lazyDir, eagerDir));

    progress('starting the web shell and Chromium...');
    const bench: BrowserBench = await startBrowserBench();
    const eagerHost = await startBenchWebHost({ kind: 'built', dir: eagerDir }, 'eager SDK baseline');
    try {
      await attempt('launchToSignIn', () => measureLaunch(bench.browser, () => bench.shell.newLink(), async () => eagerHost.newLink(), iterations.launches));
      await attempt('signInOverhead', () => measureSignIn(bench, iterations.signIns, iterations.baselineSignIns));
      await attempt('ipcRoundTripWeb, ipcRoundTripInProcess', () => measureIpc(bench, iterations.ipcRounds));
      await attempt('rendererHeapGrowth', () => measureRendererHeap(bench, iterations.calls));
      await attempt('networkReturnToReady', () => measureNetworkReturn(bench, iterations.networkReturns));
      await attempt('idleCpu, inCallCpu, inCallLayouts, inCallKeypadCpu, inCallDiagnosticsCpu, twoCallsCpu, ringingCpu', async () =>
        measureCallActivity(bench.browser, await bench.shell.newLink(), iterations.activityWindowMs),
      );
      await attempt('soakRendererHeapGrowth, soakHostHeapGrowth, soakLeftoverHandles', async () => {
        // This process hosts the core here, so a forced collection reaches the host's heap too.
        const host = await startBenchWebHost({ kind: 'built', dir: lazyDir }, 'soak');
        try {
          return await measureSoak(bench.browser, host.url, iterations.soakCalls);
        } finally {
          await host.close();
        }
      });
      await attempt('startToSignIn', async () => {
        const dev = await startBenchWebHost({ kind: 'vite', configFile: quietDevConfig }, 'Vite dev server');
        try {
          return await measureStart(bench.browser, () => bench.shell.newLink(), async () => dev.newLink(), iterations.launches);
        } finally {
          await dev.close();
        }
      });
    } finally {
      await eagerHost.close();
      await bench.close();
    }
  } finally {
    rmSync(eagerDir, { recursive: true, force: true });
  }

  figures.sort((a, b) => figureIds.indexOf(a.id as (typeof figureIds)[number]) - figureIds.indexOf(b.id as (typeof figureIds)[number]));
  return {
    startedAt,
    mode: options.mode,
    machine: { cpus: cpus().length, platform: `${process.platform} ${process.arch}`, node: process.versions.node },
    durationMs: Math.round(performance.now() - started),
    figures,
    errors,
  };
}
