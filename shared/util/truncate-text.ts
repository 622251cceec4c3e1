/**
 * The text cut to at most `maxLength` UTF-16 units (the unit zod's `.max()` counts), for text
 * from outside (a caller's display name) that must fit a bounded field rather than be refused.
 * Never splits a surrogate pair, so an emoji at the cut is dropped whole, not left half.
 */
export function truncateText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
