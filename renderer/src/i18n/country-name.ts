/** Names countries in the UI's language ("DE" → "Germany" / "Deutschland"); the code itself if the runtime has no name. */
export function countryNamer(locale: string): (code: string) => string {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    names = undefined;
  }
  return (code) => {
    try {
      return names?.of(code) ?? code;
    } catch {
      return code;
    }
  };
}

/** One country's name in the UI's language. */
export function countryName(code: string, locale: string): string {
  return countryNamer(locale)(code);
}
