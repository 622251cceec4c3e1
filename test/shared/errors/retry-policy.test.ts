import { describe, expect, it } from 'vitest';
import { classifyAppFailure, classifySdkError, type ClassifiedError } from '../../../shared/errors/classify';
import { backoffDelay, decideRetry, retryLimits } from '../../../shared/errors/retry-policy';
import type { AttemptRecord } from '../../../shared/session/attempt';

const err = (code: number, subCode: number): ClassifiedError => classifySdkError({ code, subCode, message: 'm' });
const failed = (error: ClassifiedError, attempt: number): AttemptRecord => ({
  attempt,
  startedAt: 0,
  endedAt: 0,
  tokenSource: 'pasted',
  agentKind: 'acs',
  outcome: 'failed',
  error: { id: error.id, category: error.category },
  decision: 'retryAfter',
});
const streak = (error: ClassifiedError, n: number) => Array.from({ length: n }, (_, i) => failed(error, i + 1));
const ctx = { online: true, random: () => 0.5 };

describe('decideRetry', () => {
  it('retries an UnexpectedClientError with exponential backoff, then hands over to the user', () => {
    const e = err(408, 40104);
    const delays = [1, 2, 3, 4, 5].map((n) => decideRetry(e, streak(e, n), ctx));
    expect(delays.map((d) => (d.kind === 'retryAfter' ? d.delayMs : d.kind))).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(decideRetry(e, streak(e, retryLimits.maxAutoRetries + 1), ctx)).toEqual({ kind: 'retryManually' });
  });

  it("never retries sooner than a throttling service's Retry-After, and never needlessly later", () => {
    const e = classifyAppFailure('token-endpoint', 'fetch failed');
    expect(decideRetry(e, streak(e, 1), { ...ctx, minDelayMs: 30_000 })).toEqual({ kind: 'retryAfter', delayMs: 30_000 });
    expect(decideRetry(e, streak(e, 4), { ...ctx, minDelayMs: 500 })).toEqual({ kind: 'retryAfter', delayMs: 8_000 });
    // Asked-for or not, the automatic tries still end with the user deciding.
    expect(decideRetry(e, streak(e, retryLimits.maxAutoRetries + 1), { ...ctx, minDelayMs: 30_000 })).toEqual({ kind: 'retryManually' });
  });

  it('caps the delay and spreads it with jitter', () => {
    expect(backoffDelay(20, () => 0.5)).toBe(retryLimits.maxDelayMs);
    expect(backoffDelay(1, () => 0)).toBe(800);
    expect(backoffDelay(1, () => 0.999999)).toBe(1200);
  });

  it('stops at once for an ExpectedError', () => {
    for (const [code, sub] of [[403, 40229], [403, 40231], [401, 44114], [400, 44214]] as const) {
      expect(decideRetry(err(code, sub), streak(err(code, sub), 1), ctx)).toEqual({ kind: 'needsFix' });
    }
  });

  it('refreshes the token at once for 44110, then backs off, then stops', () => {
    const e = err(401, 44110);
    expect(decideRetry(e, streak(e, 1), ctx)).toEqual({ kind: 'refreshTokenThenRetry', delayMs: 0 });
    expect(decideRetry(e, streak(e, 2), ctx)).toEqual({ kind: 'refreshTokenThenRetry', delayMs: 1000 });
    expect(decideRetry(e, streak(e, 3), ctx)).toEqual({ kind: 'retryManually' });
  });

  it('waits for the network on 40114/40115 while offline and backs off while online', () => {
    for (const e of [err(408, 40114), err(412, 40115), classifyAppFailure('connect-timeout', 'not connected')]) {
      expect(decideRetry(e, streak(e, 1), { ...ctx, online: false })).toEqual({ kind: 'waitForNetwork' });
      expect(decideRetry(e, streak(e, 1), ctx)).toEqual({ kind: 'retryAfter', delayMs: 1000 });
    }
  });

  it('disposes the existing agent once on 40228, and asks for a fix if it comes back', () => {
    const e = err(409, 40228);
    expect(decideRetry(e, streak(e, 1), ctx)).toEqual({ kind: 'disposeThenRetry' });
    expect(decideRetry(e, streak(e, 2), ctx)).toEqual({ kind: 'needsFix' });
  });

  it('gives an unknown error only a couple of tries', () => {
    const e = classifySdkError({ code: 500, subCode: 1, message: '?' });
    expect(decideRetry(e, streak(e, 2), ctx).kind).toBe('retryAfter');
    expect(decideRetry(e, streak(e, 3), ctx)).toEqual({ kind: 'retryManually' });
  });

  it('starts from the first step again after a success', () => {
    const e = err(500, 40216);
    const history: AttemptRecord[] = [...streak(e, 4), { ...failed(e, 5), outcome: 'ready', error: undefined, decision: 'ready' }, failed(e, 6)];
    expect(decideRetry(e, history, ctx)).toEqual({ kind: 'retryAfter', delayMs: 1000 });
  });
});
