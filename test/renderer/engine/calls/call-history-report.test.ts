import { describe, expect, it, vi } from 'vitest';
import {
  CallHistoryReporter,
  finishedCallEntry,
  judgeFinishedCall,
  unansweredCallEntry,
  type CallHistoryIpc,
  type FinishedCall,
} from '../../../../renderer/src/engine/calls/call-history-report';
import { bob } from '../support/signed-in-calls';

const peer = { rawId: bob, kind: 'acsUser' as const, display: bob };
const base: FinishedCall = { direction: 'outgoing', peer, rangAt: 1_000, endedAt: 9_000, endReason: { code: 0, subCode: 0 }, hungUpHere: false, callIds: { app: 'call-1', sdk: 'sdk-1' } };

describe('judging a finished call', () => {
  it('a connected call that ended normally is completed, with no failure', () => {
    expect(judgeFinishedCall({ ...base, connectedAt: 2_000 })).toEqual({ outcome: 'completed', failure: undefined });
  });

  it('a connected call that dropped is failed and explained with what to do', () => {
    const judged = judgeFinishedCall({ ...base, connectedAt: 2_000, endReason: { code: 410, subCode: 3101 } });
    expect(judged.outcome).toBe('failed');
    expect(judged.failure).toMatchObject({ kind: 'ended', retryable: true, end: { reason: 'droppedLocalNetwork', action: 'checkNetwork' } });
  });

  it('a failure nobody documented still offers to call again', () => {
    const judged = judgeFinishedCall({ ...base, connectedAt: 2_000, endReason: { code: 599, subCode: 77 } });
    expect(judged.failure).toMatchObject({ kind: 'ended', retryable: true, end: { action: 'callAgain' } });
  });

  it('hanging up before an answer is cancelled, never a failure', () => {
    expect(judgeFinishedCall({ ...base, hungUpHere: true, endReason: { code: 487, subCode: 0 } })).toEqual({ outcome: 'cancelled', failure: undefined });
  });

  it('a declined call is declined; a busy one failed, with the failure shown', () => {
    expect(judgeFinishedCall({ ...base, endReason: { code: 603, subCode: 0 } }).outcome).toBe('declined');
    const busy = judgeFinishedCall({ ...base, endReason: { code: 486, subCode: 560486 } });
    expect(busy.outcome).toBe('failed');
    expect(busy.failure).toMatchObject({ kind: 'ended', end: { kind: 'busy' } });
  });
});

describe('history entries', () => {
  it('a finished call counts its duration from the answer', () => {
    expect(finishedCallEntry({ ...base, connectedAt: 2_000 }, 'completed')).toEqual({
      direction: 'outgoing',
      peer,
      startedAt: 1_000,
      connectedAt: 2_000,
      endedAt: 9_000,
      durationMs: 7_000,
      endReason: { code: 0, subCode: 0 },
      outcome: 'completed',
      callIds: { app: 'call-1', sdk: 'sdk-1' },
    });
    expect(finishedCallEntry({ ...base, endReason: undefined }, 'cancelled')).toMatchObject({ durationMs: 0, endReason: { code: 0, subCode: 0 } });
  });

  it('an unanswered call never ends before it rang', () => {
    expect(unansweredCallEntry(peer, 5_000, 4_000, 'missed', { code: 487 }, { app: 'incoming-2' })).toMatchObject({
      startedAt: 5_000,
      endedAt: 5_000,
      endReason: { code: 487, subCode: 0 },
      callIds: { app: 'incoming-2' },
    });
  });

  it('a refused or failed history.add is logged, with the reason, and never thrown', async () => {
    const warn = vi.fn();
    const refusing: CallHistoryIpc = { invoke: async () => ({ ok: false, error: { code: 'invalid', message: 'peer too long' } }) } as unknown as CallHistoryIpc;
    new CallHistoryReporter(refusing, { warn }).report(finishedCallEntry(base, 'cancelled'));
    const failing: CallHistoryIpc = { invoke: () => Promise.reject(new Error('main went away')) };
    new CallHistoryReporter(failing, { warn }).report(finishedCallEntry(base, 'cancelled'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warn.mock.calls).toEqual([
      ['history.add was refused', { error: 'peer too long' }],
      ['history.add failed', { error: 'main went away' }],
    ]);
  });
});
