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

  it('matches a national number, trunk prefix and all, to the number stored in E.164 in the default country', () => {
    for (const typed of ['030 1234', '(030) 12-34', '0049 30 1234']) expect(matchesQuery(searchQuery(typed, 'DE'), ['+493012345678'])).toBe(true);
    // The trunk 0 is Germany's; in the US "030 1234" is not +49 30 1234…
    expect(matchesQuery(searchQuery('030 1234', 'US'), ['+493012345678'])).toBe(false);
    expect(matchesQuery(searchQuery('030 1234', 'DE'), ['+4940123456'])).toBe(false);
    // Italy keeps its leading 0 after the country code, as libphonenumber knows.
    expect(matchesQuery(searchQuery('06 1234', 'IT'), ['+39061234567'])).toBe(true);
  });

  it('matches everything when nothing is typed', () => {
    expect(searchQuery('   ')).toBeUndefined();
    expect(matchesQuery(undefined, ['anything'])).toBe(true);
  });
});
