/*
 * How History, Contacts and the dialer find people by what is typed: a name matches on its
 * text, a number on its digits, so "0123", "555 0123" and "+1 (425) 555-0123" all find
 * +14255550123 (and "8:acs:…" ids match as text).
 */

export interface SearchQuery {
  text: string;
  digits: string;
  /** Only digits and the signs people write numbers with: compared digit by digit. */
  isNumber: boolean;
}

/** The query for what was typed; undefined when nothing was (everything matches). */
export function searchQuery(search: string): SearchQuery | undefined {
  const text = search.trim().toLocaleLowerCase();
  if (!text) return undefined;
  const digits = text.replace(/\D/g, '');
  return { text, digits, isNumber: digits.length > 0 && /^[\d\s()+\-./]*$/.test(text) };
}

/** Whether any of the fields (a name, a number, a raw id) holds the query. */
export function matchesQuery(query: SearchQuery | undefined, fields: readonly string[]): boolean {
  if (!query) return true;
  return fields.some(
    (field) => field.toLocaleLowerCase().includes(query.text) || (query.isNumber && field.replace(/\D/g, '').includes(query.digits)),
  );
}
