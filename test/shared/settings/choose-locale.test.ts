import { describe, expect, it } from 'vitest';
import { chooseLocale } from '../../../shared/settings/choose-locale';

describe('chooseLocale', () => {
  it('follows the first system language the app ships', () => {
    expect(chooseLocale('system', ['de-DE', 'en-US'])).toBe('de');
    expect(chooseLocale('system', ['en-GB', 'de'])).toBe('en');
    expect(chooseLocale('system', ['fr-FR', 'de-AT', 'en'])).toBe('de');
    expect(chooseLocale('system', ['DE_ch'])).toBe('de');
  });

  it('falls back to English when the system prefers only languages the app does not ship', () => {
    expect(chooseLocale('system', ['fr-FR', 'ja'])).toBe('en');
    expect(chooseLocale('system', [])).toBe('en');
  });

  it('a chosen language wins over the system', () => {
    expect(chooseLocale('en', ['de-DE'])).toBe('en');
    expect(chooseLocale('de', ['en-US'])).toBe('de');
  });
});
