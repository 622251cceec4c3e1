/**
 * An HTTP Retry-After value (RFC 9110 10.2.3: delay-seconds or an HTTP date) in milliseconds
 * from `now`; undefined when absent or unreadable. A date in the past means "now" (0).
 */
export function parseRetryAfterMs(header: string | null | undefined, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Only the HTTP date forms: Date.parse alone would also accept "5" or "tomorrow"-ish strings.
  if (!/^[A-Za-z]{3},? /.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
