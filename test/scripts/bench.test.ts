import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * `npm run bench -- --quick` must run and report every figure the performance issue asks
 * for, each with a number, its budget and a baseline from the same run. Whether a budget is
 * met is not checked here: that depends on the machine and what else runs on it.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The figures, by the ids the JSON report uses. */
const expectedFigures = [
  'launchToSignIn',
  'initialDownload',
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
  'startToSignIn',
];

interface ReportedFigure {
  id: string;
  title: string;
  unit: string;
  measured: number;
  budget: number;
  baseline: { value: number; label: string };
  ratio?: number;
  pass: boolean;
}

describe('npm run bench -- --quick --json', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'softphone-bench-test-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('measures every figure and reports it beside its budget and a baseline, as JSON', () => {
    const outFile = join(outDir, 'bench-results.json');
    const run = spawnSync('npm', ['run', '--silent', 'bench', '--', '--quick', '--json', '--out', outFile], {
      cwd: root,
      encoding: 'utf8',
      // npm and the bench run on the Node running this test.
      env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` },
      timeout: 420_000,
    });
    expect(run.status, `bench failed:\n${run.stderr}\n${run.stdout}`).toBe(0);

    const printed = JSON.parse(run.stdout) as { mode: string; figures: ReportedFigure[]; errors: unknown[] };
    const written = JSON.parse(readFileSync(outFile, 'utf8')) as typeof printed;
    expect(written).toEqual(printed);
    expect(printed.mode).toBe('quick');
    expect(printed.errors).toEqual([]);
    expect(printed.figures.map((figure) => figure.id).sort()).toEqual([...expectedFigures].sort());
    for (const figure of printed.figures) {
      expect(Number.isFinite(figure.measured), `${figure.id} measured`).toBe(true);
      // Zero is a real budget: nothing may be left behind after the soak.
      expect(figure.budget, `${figure.id} budget`).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(figure.baseline.value), `${figure.id} baseline`).toBe(true);
      expect(figure.baseline.label, `${figure.id} baseline label`).not.toBe('');
      expect(['ms', 'KB', 'MB', '%', '/s', 'count']).toContain(figure.unit);
      expect(typeof figure.pass).toBe('boolean');
    }
    // The download figure compares with the eager-SDK build of the same app.
    const download = printed.figures.find((figure) => figure.id === 'initialDownload');
    expect(download?.ratio).toBeGreaterThan(0);
    expect(download?.baseline.value).toBeGreaterThan(download?.measured ?? Infinity);
  }, 430_000);
});
