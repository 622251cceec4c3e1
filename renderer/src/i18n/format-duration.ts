/**
 * A call duration as mm:ss, or h:mm:ss past an hour, with the locale's digits. Never negative:
 * the clocks that measure a call may disagree by a few milliseconds.
 */
export function formatDuration(ms: number, locale: string): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const plain = new Intl.NumberFormat(locale, { useGrouping: false });
  const two = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  return hours > 0 ? `${plain.format(hours)}:${two.format(minutes)}:${two.format(seconds)}` : `${two.format(minutes)}:${two.format(seconds)}`;
}
