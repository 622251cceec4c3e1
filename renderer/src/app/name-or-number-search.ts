import { internationalDigitsAsTyped, type CountryCode } from '../../../shared/calls/phone-number';

/*
 * How History, Contacts and the dialer find people by what is typed: a name matches on its
 * text, a number on its digits, so "0123", "555 0123" and "+1 (425) 555-0123" all find
 * +14255550123 (and "8:acs:…" ids match as text). A national number also matches in E.164:
 * "030 1234" typed in Germany finds +49301234….
 */

export interface SearchQuery {
  text: string;
  digits: string;
  /** Only digits and the signs people write numbers with: compared digit by digit. */
  isNumber: boolean;
  /** The number's digits in E.164 (country code first, no trunk prefix), when it is one. */
  internationalDigits: string | undefined;
}

/** The query for what was typed, national numbers read in `defaultCountry`; undefined when nothing was typed (everything matches). */
export function searchQuery(search: string, defaultCountry?: CountryCode): SearchQuery | undefined {
  const text = search.trim().toLocaleLowerCase();
  if (!text) return undefined;
  const digits = text.replace(/\D/g, '');
  const isNumber = digits.length > 0 && /^[\d\s()+\-./]*$/.test(text);
  return { text, digits, isNumber, internationalDigits: isNumber ? internationalDigitsAsTyped(text, defaultCountry) : undefined };
}

function holdsNumber(field: string, query: SearchQuery): boolean {
  const digits = field.replace(/\D/g, '');
  return digits.includes(query.digits) || (query.internationalDigits !== undefined && digits.includes(query.internationalDigits));
}

/** Whether any of the fields (a name, a number, a raw id) holds the query. */
export function matchesQuery(query: SearchQuery | undefined, fields: readonly string[]): boolean {
  if (!query) return true;
  return fields.some(
    (field) => field.toLocaleLowerCase().includes(query.text) || (query.isNumber && holdsNumber(field, query)),
  );
}
