import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../../scripts/scenario/exit-codes';
import { runScenario, type AttemptLine } from '../../../scripts/scenario/run-scenario';
import { defaultMaxTimeMs, ScenarioInputError, type Scenario } from '../../../scripts/scenario/scenario';

function scenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    name: 'test',
    signIn: { source: { type: 'simulated', user: 'qa-user' }, agentKind: 'auto', skipPreflight: false },
    inject: '',
    network: { startOffline: false, changes: [] },
    maxTimeMs: defaultMaxTimeMs,
    ...overrides,
  };
}

const steps = (attempts: AttemptLine[]) => attempts.map((a) => [a.outcome, a.errorId, a.decision, a.delayMs]);

describe('runScenario: the documented recoveries, end to end through core and engine', () => {
  it('40104 twice: retries after 1 s and 2 s, then ready (exit 0)', async () => {
    const result = await runScenario(scenario({ inject: '40104x2' }));
    expect(steps(result.attempts)).toEqual([
      ['failed', '408/40104', 'retryAfter', 1000],
      ['failed', '408/40104', 'retryAfter', 2000],
      ['ready', null, 'ready', null],
    ]);
    expect(result.attempts[0]).toMatchObject({ attempt: 1, code: 408, subCode: 40104, category: 'UnexpectedClientError' });
    expect(result.status).toBe('ready');
    expect(result.final).toMatchObject({ phase: 'ready', error: null, lastError: { id: '408/40104' } });
    // The backoffs really were waited out, in virtual time.
    expect(result.attempts[2]!.atMs - result.attempts[0]!.atMs).toBeGreaterThanOrEqual(3000);
    expect(exitCodeFor(result.status)).toBe(0);
    expect(result.problems).toEqual([]);
  });

  it('40229 injected as the SDK raises it (ExpectedError): stops for a fix (exit 3)', async () => {
    const result = await runScenario(scenario({ inject: '40229' }));
    expect(steps(result.attempts)).toEqual([['failed', '403/40229', 'needsFix', null]]);
    expect(result.attempts[0]!.category).toBe('ExpectedError');
    expect(result.final).toMatchObject({ phase: 'needsFix', error: { id: '403/40229', origin: 'sdk' } });
    expect(result.final.error?.action).toMatch(/ACS user token/);
    expect(exitCodeFor(result.status)).toBe(3);
  });

  it('44110: refreshes the token and retries at once, then ready', async () => {
    const result = await runScenario(scenario({ inject: '44110' }));
    expect(steps(result.attempts)).toEqual([
      ['failed', '401/44110', 'refreshTokenThenRetry', 0],
      ['ready', null, 'ready', null],
    ]);
  });

  it('40114 while offline: waits for the network and is ready right after it returns', async () => {
    const result = await runScenario(scenario({ inject: '40114', network: { startOffline: true, changes: [{ atMs: 5000, online: true }] } }));
    expect(steps(result.attempts)).toEqual([
      ['failed', '408/40114', 'waitForNetwork', null],
      ['ready', null, 'ready', null],
    ]);
    const readyAt = result.attempts[1]!.atMs;
    expect(readyAt).toBeGreaterThanOrEqual(5000);
    expect(readyAt).toBeLessThan(6000);
    expect(result.network).toEqual([
      { atMs: 0, online: false },
      { atMs: 5000, online: true },
    ]);
    expect(exitCodeFor(result.status)).toBe(0);
  });

  it('40114 while offline with no network change scheduled: reports waitingForNetwork (exit 5)', async () => {
    const result = await runScenario(scenario({ inject: '40114', network: { startOffline: true, changes: [] } }));
    expect(result.status).toBe('waitingForNetwork');
    expect(result.final.error?.id).toBe('408/40114');
    expect(exitCodeFor(result.status)).toBe(5);
  });

  it('40228: disposes the existing agent and creates once more, then ready', async () => {
    const result = await runScenario(scenario({ inject: '40228' }));
    expect(steps(result.attempts)).toEqual([
      ['failed', '409/40228', 'disposeThenRetry', null],
      ['ready', null, 'ready', null],
    ]);
    // No phase showed this error, yet the report can still explain it.
    expect(result.final.lastError).toMatchObject({ id: '409/40228', title: expect.stringMatching(/already exists/) });
  });

  it('40216 six times: five automatic retries (1, 2, 4, 8, 16 s), then paused for the user (exit 4)', async () => {
    const result = await runScenario(scenario({ inject: '40216x6' }));
    expect(result.attempts.map((a) => a.delayMs)).toEqual([1000, 2000, 4000, 8000, 16000, null]);
    expect(result.attempts.at(-1)?.decision).toBe('retryManually');
    expect(result.final).toMatchObject({ phase: 'retryPaused', error: { id: '500/40216' } });
    expect(result.final.elapsedMs).toBeGreaterThan(31_000);
    expect(exitCodeFor(result.status)).toBe(4);
  });

  it('a Teams agent with the ACS test token, pre-flight skipped: the simulated SDK itself raises 40231', async () => {
    const result = await runScenario(scenario({ signIn: { source: { type: 'simulated', user: 'qa-user' }, agentKind: 'teams', skipPreflight: true } }));
    expect(steps(result.attempts)).toEqual([['failed', '403/40231', 'needsFix', null]]);
    expect(result.final.error?.origin).toBe('sdk');
  });

  it('the same, with pre-flight: the core catches 40231 from the token before the SDK', async () => {
    const result = await runScenario(scenario({ signIn: { source: { type: 'simulated', user: 'qa-user' }, agentKind: 'teams', skipPreflight: false } }));
    expect(result.final).toMatchObject({ phase: 'needsFix', error: { id: '403/40231', origin: 'preflight' } });
  });

  it('stops at the virtual time limit when the sign-in has not settled (exit 1)', async () => {
    const result = await runScenario(scenario({ inject: '40216x6', maxTimeMs: 2500 }));
    expect(result.status).toBe('timeLimit');
    expect(result.final.elapsedMs).toBe(2500);
    expect(result.final.phase).toBe('waitingToRetry');
    expect(exitCodeFor(result.status)).toBe(1);
  });

  it('streams each attempt as the core records it, before the run ends', async () => {
    const seen: number[] = [];
    const result = await runScenario(scenario({ inject: '40104x2' }), { onAttempt: (line) => seen.push(line.attempt) });
    expect(seen).toEqual([1, 2, 3]);
    expect(result.attempts.map((a) => a.attempt)).toEqual(seen);
  });

  it('a seed gives jittered delays (within ±20 %) that replay identically', async () => {
    const run = () => runScenario(scenario({ inject: '40104x3', seed: 42 }));
    const first = (await run()).attempts.map((a) => a.delayMs);
    const second = (await run()).attempts.map((a) => a.delayMs);
    expect(second).toEqual(first);
    expect(first).not.toEqual([1000, 2000, 4000, null]);
    [1000, 2000, 4000].forEach((base, index) => {
      expect(first[index]).toBeGreaterThanOrEqual(base * 0.8);
      expect(first[index]).toBeLessThanOrEqual(base * 1.2);
    });
  });

  it('rejects a bad failure plan before running, with the parser\'s message', async () => {
    await expect(runScenario(scenario({ inject: '40104x2,99999' }))).rejects.toThrow(ScenarioInputError);
    await expect(runScenario(scenario({ inject: '40104x2,99999' }))).rejects.toThrow(/Entry 2 \("99999"\) is not a known error/);
  });
});
