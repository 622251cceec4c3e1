/**
 * A call duration as mm:ss, or h:mm:ss past an hour, with the locale's digits. Never negative:
 * the clocks that measure a call may disagree by a few milliseconds.
 */
export function formatDuration(ms: number, locale: string): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const { plain, two } = formatsFor(locale);
  return hours > 0 ? `${plain.format(hours)}:${two.format(minutes)}:${two.format(seconds)}` : `${two.format(minutes)}:${two.format(seconds)}`;
}

/** Every call timer formats once a second; building the number formats once per locale keeps that cheap. */
const formats = new Map<string, { plain: Intl.NumberFormat; two: Intl.NumberFormat }>();
function formatsFor(locale: string): { plain: Intl.NumberFormat; two: Intl.NumberFormat } {
  let found = formats.get(locale);
  if (!found) {
    found = {
      plain: new Intl.NumberFormat(locale, { useGrouping: false }),
      two: new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false }),
    };
    formats.set(locale, found);
  }
  return found;
}
