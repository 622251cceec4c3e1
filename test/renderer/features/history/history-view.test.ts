import { describe, expect, it } from 'vitest';
import { filterHistory, groupByDay } from '../../../../renderer/src/features/history/history-view';
import type { CallHistoryEntry } from '../../../../shared/history/call-history-schema';

const at = (year: number, month: number, day: number, hour: number) => new Date(year, month - 1, day, hour).getTime();

function entry(id: string, startedAt: number, overrides: Partial<CallHistoryEntry> = {}): CallHistoryEntry {
  return {
    id,
    direction: 'outgoing',
    peer: { rawId: '4:+14255550123', kind: 'phoneNumber', display: '+1 425-555-0123' },
    startedAt,
    endedAt: startedAt + 10_000,
    durationMs: 0,
    endReason: { code: 0, subCode: 0 },
    outcome: 'cancelled',
    ...overrides,
  };
}

const carolMissed = entry('m', at(2026, 3, 10, 9), { direction: 'incoming', outcome: 'missed', peer: { rawId: '8:acs:resource_carol', kind: 'acsUser', display: 'Carol Jones' } });
const declined = entry('d', at(2026, 3, 10, 8), { direction: 'incoming', outcome: 'declined', peer: { rawId: '8:acs:resource_dave', kind: 'acsUser', display: 'Dave' } });
const dialled = entry('o', at(2026, 3, 8, 17));

describe('filterHistory', () => {
  const all = [carolMissed, declined, dialled];

  it('shows only calls that rang unanswered under Missed (a call declined here is not missed)', () => {
    expect(filterHistory(all, 'missed', '').map((e) => e.id)).toEqual(['m']);
    expect(filterHistory(all, 'all', '').map((e) => e.id)).toEqual(['m', 'd', 'o']);
  });

  it('finds a name in any case, and a number however it is written', () => {
    expect(filterHistory(all, 'all', 'carol').map((e) => e.id)).toEqual(['m']);
    expect(filterHistory(all, 'all', 'JONES').map((e) => e.id)).toEqual(['m']);
    for (const typed of ['0123', '555 0123', '+1 (425) 555-0123', '4255550123']) expect(filterHistory(all, 'all', typed).map((e) => e.id)).toEqual(['o']);
    expect(filterHistory(all, 'missed', 'dave')).toEqual([]);
  });

  it('finds a number typed nationally with its trunk 0, as the dialer reads it in the default country', () => {
    const berlin = entry('b', at(2026, 3, 9, 9), { peer: { rawId: '4:+493012345678', kind: 'phoneNumber', display: '+49 30 12345678' } });
    expect(filterHistory([...all, berlin], 'all', '030 1234', 'DE').map((e) => e.id)).toEqual(['b']);
    expect(filterHistory([...all, berlin], 'all', '030 1234')).toEqual([]);
  });
});

describe('groupByDay', () => {
  it('names today and yesterday, and dates older days, keeping the newest first', () => {
    const days = groupByDay([carolMissed, declined, dialled], at(2026, 3, 11, 12));
    expect(days.map((day) => [day.label, day.entries.map((e) => e.id)])).toEqual([
      [{ kind: 'yesterday' }, ['m', 'd']],
      [{ kind: 'date', at: dialled.startedAt }, ['o']],
    ]);
    expect(groupByDay([carolMissed], at(2026, 3, 10, 23))[0]?.label).toEqual({ kind: 'today' });
  });
});
