import { describe, expect, it } from 'vitest';
import { createTestI18n } from '../support/test-i18n';
import { formatDuration } from '../../../renderer/src/i18n/format-duration';

describe('formatDuration', () => {
  it('shows mm:ss under an hour and h:mm:ss from an hour on', () => {
    expect(formatDuration(125_000, 'en')).toBe('02:05');
    expect(formatDuration(3_600_000 + 61_000, 'en')).toBe('1:01:01');
    expect(formatDuration(125_999, 'de')).toBe('02:05');
    expect(formatDuration(10 * 3_600_000, 'de')).toBe('10:00:00');
  });

  it('never shows a negative time', () => {
    expect(formatDuration(-40, 'en')).toBe('00:00');
  });

  it('uses the locale digits', () => {
    expect(formatDuration(125_000, 'ar-EG')).toBe('٠٢:٠٥');
  });
});

describe('locale formats', () => {
  it('numbers and dates follow the language', () => {
    const i18n = createTestI18n('en');
    const { n, d } = i18n.global;
    const at = Date.UTC(2026, 10, 28, 9, 5);
    expect(n(12345.6, 'integer')).toBe('12,346');
    expect(d(at, { key: 'short', timeZone: 'UTC' })).toBe('Nov 28, 2026, 9:05 AM');
    i18n.global.locale.value = 'de';
    expect(n(12345.6, 'integer')).toBe('12.346');
    expect(d(at, { key: 'short', timeZone: 'UTC' })).toBe('28.11.2026, 09:05');
  });
});
