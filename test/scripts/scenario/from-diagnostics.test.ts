import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { cli, jsonLines } from './support/run-cli';
import { groupRuns, scenarioFromDiagnostics } from '../../../scripts/scenario/from-diagnostics';
import { runScenario } from '../../../scripts/scenario/run-scenario';
import type { Scenario } from '../../../scripts/scenario/scenario';
import type { DiagnosticsBundle } from '../../../shared/diagnostics/bundle-schema';
import type { AttemptRecord } from '../../../shared/session/attempt';

const rootDir = fileURLToPath(new URL('../../..', import.meta.url));


/** A bundle as the app makes it, from a real headless run (core, engine, simulator). */
async function fieldBundle(inject: string, network: Scenario['network'] = { startOffline: false, changes: [] }, seed = 7): Promise<DiagnosticsBundle> {
  const result = await runScenario(
    { name: 'field', signIn: { source: { type: 'simulated', user: 'field-user' }, agentKind: 'auto', skipPreflight: false }, inject, network, maxTimeMs: 600_000, seed },
    { exportDiagnostics: true },
  );
  if (!result.diagnostics) throw new Error(`no bundle: ${result.problems.join('; ')}`);
  return result.diagnostics;
}

function saved(value: unknown, name = 'bundle.json'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'replay-')), name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

function withAttempts(bundle: DiagnosticsBundle, edit: (attempts: AttemptRecord[]) => AttemptRecord[]): DiagnosticsBundle {
  const [first, ...rest] = bundle.sessions;
  if (!first) throw new Error('no session');
  return { ...bundle, sessions: [{ ...first, attempts: edit(structuredClone(first.attempts)) }, ...rest] };
}

describe('npm run scenario -- --from-diagnostics', () => {
  it('replays a field run of 40104x2 (with jittered delays) to the same decisions and exits 0', async () => {
    const bundle = await fieldBundle('40104x2');
    const { code, out } = await cli('--from-diagnostics', saved(bundle), '--json');
    const lines = jsonLines(out);
    expect(lines.slice(0, 3).map((l) => [l.errorId, l.decision])).toEqual([
      ['408/40104', 'retryAfter'],
      ['408/40104', 'retryAfter'],
      [null, 'ready'],
    ]);
    expect(lines.at(-1)).toMatchObject({
      replay: { reproducible: true, matched: true, inject: '408/40104x2', expect: { final: 'ready', decisions: ['retryAfter', 'retryAfter', 'ready'], errorId: '408/40104' }, mismatches: [] },
    });
    expect(code).toBe(0);
  });

  it('--write saves a scenario file that the published schema accepts and that runs on its own', async () => {
    const bundle = await fieldBundle('40104x2');
    const written = join(mkdtempSync(join(tmpdir(), 'replay-')), 'replayed.json');
    const replay = await cli('--from-diagnostics', saved(bundle), '--write', written);
    expect(replay.code).toBe(0);
    expect(replay.stdout).toContain('REPLAY MATCHED');

    const schema: unknown = JSON.parse(readFileSync(join(rootDir, 'scenarios', 'scenario.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema as object);
    const file: unknown = JSON.parse(readFileSync(written, 'utf8'));
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    expect(file).toMatchObject({ inject: '408/40104x2', expect: { final: 'ready', decisions: ['retryAfter', 'retryAfter', 'ready'] } });

    const rerun = await cli('--file', written);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain('PASS');
  });

  it('replays an agent that could not connect while offline as an offline/online schedule', async () => {
    const bundle = await fieldBundle('', { startOffline: true, changes: [{ atMs: 40_000, online: true }] });
    expect(bundle.sessions[0]?.attempts.map((a) => a.error?.id ?? a.decision)).toEqual(['app:connect-timeout', 'ready']);
    const { code, out } = await cli('--from-diagnostics', saved(bundle), '--json');
    expect(jsonLines(out).at(-1)).toMatchObject({
      replay: { matched: true, inject: '', network: { startOffline: true, afterAttempts: [{ attempts: 1, online: true, delayMs: expect.any(Number) }] } },
    });
    expect(code).toBe(0);
  });

  it('replays 40114 offline, waiting for the network, and a fix-first error with the exit code a run gives it', async () => {
    const offline = await fieldBundle('408/40114', { startOffline: true, changes: [{ atMs: 5_000, online: true }] });
    expect((await cli('--from-diagnostics', saved(offline))).code).toBe(0);
    const needsFix = await cli('--from-diagnostics', saved(await fieldBundle('40229')));
    expect(needsFix.stdout).toContain('REPLAY MATCHED');
    expect(needsFix.code).toBe(3);
  });

  it('exits 6 and says how the replay differs when the field decided otherwise', async () => {
    const bundle = withAttempts(await fieldBundle('40104x2'), (attempts) => {
      const first = attempts[0];
      if (first) first.delayMs = 9_000;
      const second = attempts[1];
      if (second) second.decision = 'needsFix';
      return attempts;
    });
    const { code, stdout } = await cli('--from-diagnostics', saved(bundle));
    expect(code).toBe(6);
    expect(stdout).toContain('REPLAY DIFFERED');
    expect(stdout).toContain('attempt 1 waited 9000 ms in the field, 1000 ms in the replay');
    expect(stdout).toMatch(/decisions were \[retryAfter, retryAfter, ready\], expected \[retryAfter, needsFix\]/);
  });

  it('refuses a code the simulator cannot raise, naming the attempt and the code, and runs nothing', async () => {
    const bundle = withAttempts(await fieldBundle('40104x2'), (attempts) => {
      const second = attempts[1];
      if (second) second.error = { id: 'raw:500/12345', code: 500, subCode: 12345, category: 'UnexpectedClientError' };
      return attempts;
    });
    const { code, stderr, stdout } = await cli('--from-diagnostics', saved(bundle));
    expect(code).toBe(2);
    expect(stderr).toContain('cannot be replayed in the simulator');
    expect(stderr).toContain('Attempt 2 failed with code 500, subCode 12345 (raw:500/12345), which is not in the error catalog');
    expect(stderr).toContain('Known codes: ');
    expect(stdout).toBe('');
  });

  it('refuses a malformed bundle with exit 2 and a message naming the field', async () => {
    const bundle = withAttempts(await fieldBundle('40104x2'), (attempts) => attempts.map((a) => ({ ...a, decision: 'explode' as AttemptRecord['decision'] })));
    const bad = await cli('--from-diagnostics', saved(bundle));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('sessions.0.attempts.0.decision');

    const notJson = await cli('--from-diagnostics', saved('{ not json'));
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('not valid JSON');

    const otherFile = await cli('--from-diagnostics', saved({ name: 'a scenario file' }));
    expect(otherFile.code).toBe(2);
    expect(otherFile.stderr).toContain('format');

    const missing = await cli('--from-diagnostics', join(tmpdir(), 'no-such-bundle.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot be read');
  });

  it('rejects options that do not go with a replay', async () => {
    expect(await cli('--write', 'x.json')).toMatchObject({ code: 2, stderr: expect.stringContaining('--write needs --from-diagnostics') });
    expect(await cli('--from-diagnostics', 'b.json', '--inject', '40104')).toMatchObject({ code: 2, stderr: expect.stringContaining('--inject cannot be combined') });
  });
});

describe('scenarioFromDiagnostics', () => {
  const record = (attempt: number, partial: Partial<AttemptRecord>): AttemptRecord => ({
    attempt,
    startedAt: 1_000 * attempt,
    endedAt: 1_000 * attempt + 300,
    tokenSource: 'endpoint',
    agentKind: 'acs',
    outcome: 'failed',
    decision: 'retryAfter',
    ...partial,
  });
  const bundleOf = (attempts: AttemptRecord[]): DiagnosticsBundle => ({
    format: 'acs-softphone-diagnostics',
    version: 1,
    createdAt: '2025-01-01T00:00:00.000Z',
    app: { version: '1.0.0', host: 'electron', engine: 'sdk', windowId: 'w1', online: true },
    sdk: { callingVersion: '2.0.0', commonVersion: '2.5.0' },
    os: { platform: 'win32', release: '10', arch: 'x64' },
    settings: {},
    sessions: [{ windowId: 'w1', phase: 'ready', attempts }],
    logs: [],
    devices: [],
  });
  const e = (code: number, subCode: number, category: 'UnexpectedClientError' | 'ExpectedError' = 'UnexpectedClientError') => ({ id: `${code}/${subCode}`, code, subCode, category });

  it('groups consecutive equal failures and keeps their order', () => {
    expect(groupRuns(['408/40104', '408/40104', '500/40216', '408/40104'])).toBe('408/40104x2,500/40216,408/40104');
    const conversion = scenarioFromDiagnostics(
      bundleOf([record(1, { error: e(408, 40104) }), record(2, { error: e(408, 40104) }), record(3, { error: e(500, 40216) }), record(4, { outcome: 'ready', decision: 'ready' })]),
    );
    expect(conversion.ok && conversion.replay.file.scenario.inject).toBe('408/40104x2,500/40216');
  });

  it('stops at the first decision that left the choice to the user, and says so', () => {
    const conversion = scenarioFromDiagnostics(
      bundleOf([
        record(1, { error: e(500, 40216) }),
        record(2, { error: e(500, 40216), decision: 'retryManually' }),
        record(3, { outcome: 'ready', decision: 'ready' }),
      ]),
    );
    if (!conversion.ok) throw new Error(conversion.problems.join());
    expect(conversion.replay.json.expect).toMatchObject({ final: 'retryPaused', decisions: ['retryAfter', 'retryManually'] });
    expect(conversion.replay.notes.join('\n')).toMatch(/followed a user action and are not replayed/);
    expect(conversion.replay.notes.join('\n')).toMatch(/endpoint token; the replay signs in a simulated ACS user/);
  });

  it('lets a timeline exported mid-retry end ready', () => {
    const conversion = scenarioFromDiagnostics(bundleOf([record(1, { error: e(408, 40104) })]));
    if (!conversion.ok) throw new Error(conversion.problems.join());
    expect(conversion.replay.json.expect).toMatchObject({ final: 'ready', decisions: ['retryAfter', 'ready'] });
  });

  it.each([
    ['app:engine-lost', 'retryAfter', /window that closed or crashed/],
    ['app:create-timeout', 'retryAfter', /stalled past its deadline/],
    ['app:token-endpoint', 'retryAfter', /token service/],
    ['app:connect-timeout', 'retryAfter', /while the network was up/],
  ] as const)('calls %s (%s) not reproducible, with the reason', (id, decision, reason) => {
    const conversion = scenarioFromDiagnostics(bundleOf([record(1, { error: { id, category: 'UnexpectedClientError' }, decision })]));
    expect(conversion.ok).toBe(false);
    if (!conversion.ok) {
      expect(conversion.problems[0]).toContain(`Attempt 1 failed with ${id}`);
      expect(conversion.problems[0]).toMatch(reason);
      expect(conversion.problems[0]).toContain('not reproducible in the simulator');
    }
  });

  it('refuses an SDK failure after an attempt the plan cannot skip', () => {
    const conversion = scenarioFromDiagnostics(
      bundleOf([record(1, { outcome: 'ready', decision: 'ready' }), record(2, { error: { id: 'app:connection-lost', category: 'UnexpectedClientError' }, decision: 'waitForNetwork' }), record(3, { error: e(408, 40104) })]),
    );
    expect(conversion).toEqual({ ok: false, problems: [expect.stringContaining('the simulator can only inject SDK errors before any other outcome')] });
  });

  it('refuses a bundle without attempts', () => {
    expect(scenarioFromDiagnostics(bundleOf([]))).toEqual({ ok: false, problems: [expect.stringContaining('no createCallAgent attempts')] });
  });
});
