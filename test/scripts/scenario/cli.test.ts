import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, jsonLines } from './support/run-cli';
import { scenarioJsonSchema } from '../../../scripts/scenario/scenario-file';

const rootDir = fileURLToPath(new URL('../../..', import.meta.url));


describe('npm run scenario (in process)', () => {
  it('--json: one line per attempt, then the final line', async () => {
    const { code, out } = await cli('--inject', '40104x2', '--json');
    const lines = jsonLines(out);
    expect(lines.slice(0, 3).map((l) => [l.attempt, l.code, l.subCode, l.category, l.decision, l.delayMs, l.outcome])).toEqual([
      [1, 408, 40104, 'UnexpectedClientError', 'retryAfter', 1000, 'failed'],
      [2, 408, 40104, 'UnexpectedClientError', 'retryAfter', 2000, 'failed'],
      [3, null, null, null, 'ready', null, 'ready'],
    ]);
    expect(lines[3]).toMatchObject({ final: { phase: 'ready', errorId: null, exitCode: 0 } });
    expect(lines).toHaveLength(4);
    expect(code).toBe(0);
  });

  it.each([
    [['--inject', '40229'], 3, 'needsFix'],
    [['--inject', '40216x6'], 4, 'retryPaused'],
    [['--offline'], 5, 'waitingForNetwork'],
    [['--inject', '40216x6', '--max-time', '3000'], 1, 'waitingToRetry'],
  ])('%j exits %i with the final phase %s', async (args, exitCode, phase) => {
    const { code, out } = await cli(...args, '--json');
    expect(code).toBe(exitCode);
    expect(jsonLines(out).at(-1)).toMatchObject({ final: { phase, exitCode } });
  });

  it('the readable report shows the attempts table and explains the error', async () => {
    const { code, stdout } = await cli('--inject', '40229');
    expect(code).toBe(3);
    expect(stdout).toMatch(/#\s+ended at\s+outcome\s+error\s+category\s+decision/);
    expect(stdout).toMatch(/1\s+0\.3 s\s+failed\s+403\/40229\s+ExpectedError\s+needsFix/);
    expect(stdout).toContain('Final: needsFix');
    expect(stdout).toContain('What happened: CallAgent needs a token issued for an Azure Communication Services user');
    expect(stdout).toContain('What to do: Sign in with an ACS user token');
  });

  it('the readable report marks the time limit', async () => {
    const { code, stdout } = await cli('--inject', '40216x6', '--max-time', '3000');
    expect(code).toBe(1);
    expect(stdout).toContain('The time limit was reached');
  });

  it.each([
    [['--inject', '40104x2,nonsense'], /Entry 2 \("nonsense"\) is not "subCode"/],
    [['--inject', '12345'], /is not a known error/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['--online-after', '5000'], /--online-after needs --offline/],
    [['--agent-kind', 'skype'], /--agent-kind must be one of acs, teams, auto/],
    [['--max-time', 'soon'], /--max-time must be a whole number/],
    [['--user', 'not a user!'], /source\.user: Use 1 to 64 letters/],
    [['--file', 'x.json', '--inject', '40104'], /--inject cannot be combined with --file/],
  ])('bad arguments %j exit 2 with a clear message', async (args, message) => {
    const { code, stderr, stdout } = await cli(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
  });

  it('--help prints the usage and exits 0', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: npm run scenario -- [options]');
    expect(stdout).toContain('--inject <plan>');
  });
});

describe('scenario files', () => {
  it('every shipped scenario (each documented code, plus the limits) behaves as it expects', async () => {
    const { code, out } = await cli('--file', join(rootDir, 'scenarios'), '--json');
    const verdicts = jsonLines(out).filter((line) => 'expectation' in line).map((line) => line.expectation as { name: string; ok: boolean; mismatches: string[] });
    expect(verdicts.filter((v) => !v.ok)).toEqual([]);
    for (const subCode of [40228, 40104, 40216, 44110, 40114, 40229, 40115, 40231, 44114, 44214, 40102]) {
      expect(verdicts.some((v) => v.name.includes(String(subCode)))).toBe(true);
    }
    expect(code).toBe(0);
  });

  it('a scenario whose expectation is not met fails with exit 6 and says what differed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
    const file = join(dir, 'wrong.json');
    writeFileSync(file, JSON.stringify({ name: 'wrong on purpose', inject: '40104', expect: { final: 'needsFix', decisions: ['needsFix'] } }));
    const { code, stdout } = await cli('--file', file);
    expect(code).toBe(6);
    expect(stdout).toContain(`FAIL ${file}: wrong on purpose`);
    expect(stdout).toContain('ended ready, expected needsFix');
    expect(stdout).toContain('decisions were [retryAfter, ready], expected [needsFix]');
  });

  it('a malformed scenario file exits 2 naming the file and the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ name: 'bad', inject: '40104', expect: { final: 'sideways' } }));
    const { code, stderr } = await cli('--file', file);
    expect(code).toBe(2);
    expect(stderr).toContain(`${file}: expect.final`);
  });

  it('the published JSON Schema matches the scenario file schema', () => {
    const published: unknown = JSON.parse(readFileSync(join(rootDir, 'scenarios', 'scenario.schema.json'), 'utf8'));
    expect(published).toEqual(scenarioJsonSchema());
  });
});

describe('the real CLI', () => {
  it('prints JSON lines and exits 0 for `--inject 40104x2 --json`', () => {
    const child = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/scenario.ts', '--inject', '40104x2', '--json'], {
      cwd: rootDir,
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(child.stderr).toBe('');
    const lines = child.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => l.decision ?? 'final')).toEqual(['retryAfter', 'retryAfter', 'ready', 'final']);
    expect(lines.map((l) => l.delayMs ?? null)).toEqual([1000, 2000, null, null]);
    expect(lines.at(-1)).toMatchObject({ final: { phase: 'ready', exitCode: 0 } });
    expect(child.status).toBe(0);
  });
});
