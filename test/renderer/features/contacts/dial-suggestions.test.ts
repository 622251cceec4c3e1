import { describe, expect, it } from 'vitest';
import { dialSuggestions, maxDialSuggestions } from '../../../../renderer/src/features/contacts/dial-suggestions';
import type { Contact } from '../../../../shared/contacts/contact-schema';
import type { CallHistoryEntry } from '../../../../shared/history/call-history-schema';

const contact = (id: string, name: string, more: Partial<Contact>): Contact => ({ id, name, favourite: false, ...more });
const call = (id: string, rawId: string, kind: CallHistoryEntry['peer']['kind'], display: string): CallHistoryEntry => ({
  id,
  direction: 'incoming',
  peer: { rawId, kind, display },
  startedAt: 1,
  endedAt: 2,
  durationMs: 0,
  endReason: { code: 487, subCode: 0 },
  outcome: 'missed',
});

const book = [contact('c1', 'Ada Lovelace', { phoneNumber: '+14255550123', acsUserId: '8:acs:r_ada' }), contact('c2', 'Bob', { acsUserId: '8:acs:r_bob' })];
const history = [
  call('h1', '4:+14255550123', 'phoneNumber', '+14255550123'),
  call('h2', '4:+493012345678', 'phoneNumber', 'Carol'),
  call('h3', '4:anonymous', 'phoneNumber', 'Withheld number'),
];

describe('dialSuggestions', () => {
  it('finds contacts by name, each way to reach them once', () => {
    expect(dialSuggestions('ada', book, history).map((s) => [s.name, s.dial, s.source])).toEqual([
      ['Ada Lovelace', '+14255550123', 'contact'],
      ['Ada Lovelace', '8:acs:r_ada', 'contact'],
    ]);
  });

  it('finds numbers by their digits however they are typed, the contact before the same number from history', () => {
    expect(dialSuggestions('555 01', book, history).map((s) => [s.name, s.source])).toEqual([['Ada Lovelace', 'contact']]);
    expect(dialSuggestions('30 1234', book, history).map((s) => [s.name, s.dial, s.source])).toEqual([['Carol', '+493012345678', 'history']]);
  });

  it('finds a stored E.164 number from the national number typed with its trunk 0', () => {
    expect(dialSuggestions('030 1234', book, history, 'DE').map((s) => [s.name, s.dial])).toEqual([['Carol', '+493012345678']]);
    expect(dialSuggestions('030 1234', book, history, 'FR')).toEqual([]);
  });

  it('offers nothing for one character, for withheld callers, or for the exact text already typed', () => {
    expect(dialSuggestions('a', book, history)).toEqual([]);
    expect(dialSuggestions('withheld', book, history)).toEqual([]);
    expect(dialSuggestions('8:acs:r_bob', book, history)).toEqual([]);
  });

  it('offers a few at most', () => {
    const many = Array.from({ length: 20 }, (_, index) => contact(`c${index}`, `Sam ${index}`, { acsUserId: `8:acs:r_sam${index}` }));
    expect(dialSuggestions('sam', many, [])).toHaveLength(maxDialSuggestions);
  });
});
