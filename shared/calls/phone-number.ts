import { AsYouType, findPhoneNumbersInText, getCountries, isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/*
 * Phone numbers as people write them, through libphonenumber-js: no number rules are written
 * here. The "min" metadata is chosen on purpose: it checks a number's length and leading digits
 * per country, not every digit pattern, so a freshly assigned number range is not refused by
 * metadata older than the range (the carrier says whether a number exists), and the bundle
 * stays 65 kB smaller than with "max". Formatting as you type and national → E.164 work the same.
 */

export type { CountryCode };

/** An ISO 3166 alpha-2 region the metadata knows ("DE", "US"), upper case. */
export function isCountryCode(value: string): value is CountryCode {
  return /^[A-Z]{2}$/.test(value) && isSupportedCountry(value);
}

/** Every region a default country can be, for the settings list. */
export function countryCodes(): readonly CountryCode[] {
  return getCountries();
}

/**
 * The region of the first preferred language ("de-AT" → AT; "de" → DE, its likely region), so
 * a national number means what the person expects before they pick a country in Settings.
 */
export function countryFromLocales(locales: readonly string[]): CountryCode | undefined {
  const first = locales[0];
  if (!first) return undefined;
  try {
    const region = new Intl.Locale(first).maximize().region;
    return region && isCountryCode(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

export type PhoneNumberParse = { ok: true; e164: string } | { ok: false; reason: 'missingCountryCode' | 'invalidPhoneNumber' };

/** Characters a typed or pasted number may carry: digits, one leading +, the separators people use. */
const phoneText = /^\+?[\d\s\-–().\u00a0/]+$/;

/** Text that is a phone number as typed: digits with the usual separators ("(030) 123-45", "+1 425 555 0123"). */
export function looksLikePhoneNumber(text: string): boolean {
  return phoneText.test(text.trim()) && /\d/.test(text);
}

/**
 * A typed number in E.164. A national number ("030 1234567") needs the default country; an
 * international one (+49…, or the country's exit code: 0049… in DE, 011 49… in the US) does not.
 */
export function parsePhoneNumber(text: string, defaultCountry: CountryCode | undefined): PhoneNumberParse {
  const number = parsePhoneNumberFromString(text, { ...(defaultCountry ? { defaultCountry } : {}), extract: false });
  if (!number) {
    const international = text.trim().startsWith('+') || defaultCountry !== undefined;
    return { ok: false, reason: international ? 'invalidPhoneNumber' : 'missingCountryCode' };
  }
  return number.isValid() ? { ok: true, e164: number.number } : { ok: false, reason: 'invalidPhoneNumber' };
}

/**
 * The one phone number in pasted text ("Call me at +49 30 1234567, thanks"); undefined when there
 * is none or more than one, since picking one of several would be a guess.
 */
export function findPhoneNumberInText(text: string, defaultCountry: CountryCode | undefined): string | undefined {
  const found = findPhoneNumbersInText(text, defaultCountry ? { defaultCountry } : undefined).filter((match) => match.number.isValid());
  const numbers = new Set(found.map((match) => match.number.number));
  return numbers.size === 1 ? [...numbers][0] : undefined;
}

/** A number as it is being typed, grouped the way the country writes it ("0301234567" → "030 1234567"). */
export function formatAsTyped(text: string, defaultCountry: CountryCode | undefined): string {
  if (!looksLikePhoneNumber(text)) return text;
  const digits = text.replace(/[^\d+]/g, '');
  return new AsYouType(defaultCountry).input(digits);
}

/**
 * The digits a partly typed number has in E.164, country code first, for finding it among stored
 * numbers: "030 12" in DE → "493012" (the trunk 0 becomes +49, as the country's rules say: Italy
 * keeps its 0), "0049 30" → "4930". Undefined for text that is no number or has no digits yet.
 */
export function internationalDigitsAsTyped(text: string, defaultCountry: CountryCode | undefined): string | undefined {
  if (!looksLikePhoneNumber(text)) return undefined;
  const typed = new AsYouType(defaultCountry);
  typed.input(text.replace(/[^\d+]/g, ''));
  // The E.164 form of what is typed so far, "+493012"; none until a digit follows the prefixes.
  return typed.getNumber()?.number.slice(1);
}

/** The country national numbers are dialled in: the setting when set, else the preferred language's region. */
export function dialingCountry(setting: string | undefined, locales: readonly string[]): CountryCode | undefined {
  return setting && isCountryCode(setting) ? setting : countryFromLocales(locales);
}

/** An E.164 number as the world writes it ("+49301234567" → "+49 30 1234567"). */
export function formatInternational(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
