import { describe, expect, it } from 'vitest';
import { matchesQuery, searchQuery } from '../../../renderer/src/app/name-or-number-search';

describe('matchesQuery', () => {
  it('matches names as text, case aside', () => {
    expect(matchesQuery(searchQuery('ADA'), ['Ada Lovelace'])).toBe(true);
    expect(matchesQuery(searchQuery('bob'), ['Ada Lovelace'])).toBe(false);
  });

  it('matches numbers on their digits, however they are written', () => {
    for (const typed of ['0123', '555 0123', '+1 (425) 555-0123']) expect(matchesQuery(searchQuery(typed), ['4:+14255550123'])).toBe(true);
    // Text with letters is not a number: its digits alone do not match.
    expect(matchesQuery(searchQuery('a1'), ['+14255550123'])).toBe(false);
  });

  it('matches everything when nothing is typed', () => {
    expect(searchQuery('   ')).toBeUndefined();
    expect(matchesQuery(undefined, ['anything'])).toBe(true);
  });
});
