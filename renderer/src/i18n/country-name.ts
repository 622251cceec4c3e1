/** A country's name in the UI's language ("DE" → "Germany" / "Deutschland"); the code itself if the runtime has no name. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
