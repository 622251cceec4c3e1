import { describe, expect, it } from 'vitest';
import { countryFromLocales, formatAsTyped, internationalDigitsAsTyped, isCountryCode, looksLikePhoneNumber } from '../../../shared/calls/phone-number';

describe('formatAsTyped', () => {
  it.each([
    ['0301234567', 'DE', '030 1234567'],
    ['4255550123', 'US', '(425) 555-0123'],
    ['+4930123', 'US', '+49 30 123'],
    ['+1425555', 'DE', '+1 425 555'],
    ['030-12', 'DE', '030 12'],
  ] as const)('groups %j the way %s writes it: %j', (typed, country, shown) => {
    expect(formatAsTyped(typed, country)).toBe(shown);
  });

  it('leaves ids, service codes and prose alone', () => {
    expect(formatAsTyped('8:acs:r_u', 'DE')).toBe('8:acs:r_u');
    expect(formatAsTyped('*31#', 'DE')).toBe('*31#');
    expect(formatAsTyped('call 030', 'DE')).toBe('call 030');
    expect(formatAsTyped('+', 'DE')).toBe('+');
  });
});

describe('internationalDigitsAsTyped', () => {
  it.each([
    ['030 12', 'DE', '493012'],
    ['0049 30 12', 'DE', '493012'],
    ['+1 425', 'DE', '1425'],
    ['(425) 555', 'US', '1425555'],
    ['06 12', 'IT', '390612'],
  ] as const)('reads %j in %s as E.164 digits %j', (typed, country, digits) => {
    expect(internationalDigitsAsTyped(typed, country)).toBe(digits);
  });

  it('has none for text that is no number, nothing typed yet, or a national number without a country', () => {
    expect(internationalDigitsAsTyped('ada', 'DE')).toBeUndefined();
    expect(internationalDigitsAsTyped('0', 'DE')).toBeUndefined();
    expect(internationalDigitsAsTyped('030 12', undefined)).toBeUndefined();
  });
});

describe('countryFromLocales', () => {
  it.each([
    [['de-DE', 'en-US'], 'DE'],
    [['en-US'], 'US'],
    [['en-GB'], 'GB'],
    [['de-AT'], 'AT'],
    [['de'], 'DE'],
    [['fr'], 'FR'],
  ])('reads %j as %s', (locales, country) => {
    expect(countryFromLocales(locales)).toBe(country);
  });

  it('has no country for no language or a malformed tag', () => {
    expect(countryFromLocales([])).toBeUndefined();
    expect(countryFromLocales(['not a tag!'])).toBeUndefined();
  });
});

describe('isCountryCode / looksLikePhoneNumber', () => {
  it('knows the regions of the metadata, upper case only', () => {
    expect(isCountryCode('DE')).toBe(true);
    expect(isCountryCode('de')).toBe(false);
    expect(isCountryCode('XX')).toBe(false);
  });

  it('tells a typed number from other text', () => {
    expect(looksLikePhoneNumber('(030) 123-45 67')).toBe(true);
    expect(looksLikePhoneNumber('+1 425 555 0123')).toBe(true);
    expect(looksLikePhoneNumber('8:acs:x')).toBe(false);
    expect(looksLikePhoneNumber(' - ')).toBe(false);
  });
});
