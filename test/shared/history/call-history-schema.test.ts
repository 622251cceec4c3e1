import { describe, expect, it } from 'vitest';
import { callHistoryEntrySchema, newCallHistoryEntrySchema, type NewCallHistoryEntry } from '../../../shared/history/call-history-schema';

const answered: NewCallHistoryEntry = {
  direction: 'outgoing',
  peer: { rawId: '4:+14255550123', kind: 'phoneNumber', display: '+1 425 555 0123' },
  startedAt: 1_000,
  connectedAt: 3_000,
  endedAt: 63_000,
  durationMs: 60_000,
  endReason: { code: 0, subCode: 0 },
  outcome: 'completed',
};

describe('call history entry schema', () => {
  it('accepts a finished call and a missed one', () => {
    expect(newCallHistoryEntrySchema.safeParse(answered).success).toBe(true);
    const { connectedAt: _connectedAt, ...neverConnected } = answered;
    const missed = { ...neverConnected, direction: 'incoming', durationMs: 0, endReason: { code: 487, subCode: 10004 }, outcome: 'missed' };
    expect(newCallHistoryEntrySchema.safeParse(missed).success).toBe(true);
  });

  it('refuses an id from the renderer: main assigns it', () => {
    expect(newCallHistoryEntrySchema.safeParse({ ...answered, id: 'mine' }).success).toBe(false);
    expect(callHistoryEntrySchema.safeParse({ ...answered, id: 'h-1' }).success).toBe(true);
  });

  it.each([
    ['a call that ends before it started', { endedAt: 500 }, 'endedAt'],
    ['a connect time outside the call', { connectedAt: 70_000 }, 'connectedAt'],
    ['a duration longer than the call', { durationMs: 70_000 }, 'durationMs'],
    ['a duration for a call that never connected', { connectedAt: undefined }, 'durationMs'],
  ])('refuses %s', (_name, change, field) => {
    const result = newCallHistoryEntrySchema.safeParse(JSON.parse(JSON.stringify({ ...answered, ...change })));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });

  it('refuses an unknown outcome or peer kind', () => {
    expect(newCallHistoryEntrySchema.safeParse({ ...answered, outcome: 'busy' }).success).toBe(false);
    expect(newCallHistoryEntrySchema.safeParse({ ...answered, peer: { ...answered.peer, kind: 'bot' } }).success).toBe(false);
  });
});
