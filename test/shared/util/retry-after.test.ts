import { describe, expect, it } from 'vitest';
import { parseRetryAfterMs } from '../../../shared/util/retry-after';

const now = Date.parse('2026-11-28T10:00:00Z');

describe('parseRetryAfterMs', () => {
  it.each([
    ['30', 30_000],
    [' 0 ', 0],
    ['Sat, 28 Nov 2026 10:01:00 GMT', 60_000],
    // A date already past means "now", not a negative wait.
    ['Sat, 28 Nov 2026 09:00:00 GMT', 0],
  ])('reads %j as %i ms', (header, ms) => {
    expect(parseRetryAfterMs(header, now)).toBe(ms);
  });

  it.each([null, undefined, '', '-5', '1.5', 'soon', '30s', 'Sat, 99 Nov 2026 nonsense'])('has no answer for %j', (header) => {
    expect(parseRetryAfterMs(header, now)).toBeUndefined();
  });
});
