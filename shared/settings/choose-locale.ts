/** The languages the app ships. */
export const appLocales = ['en', 'de'] as const;
export type AppLocale = (typeof appLocales)[number];

/** The language setting: a fixed language, or whatever the operating system prefers. */
export const languageSettings = ['system', ...appLocales] as const;
export type LanguageSetting = (typeof languageSettings)[number];

function isAppLocale(value: string): value is AppLocale {
  return (appLocales as readonly string[]).includes(value);
}

/**
 * The locale to show. For 'system' the first preferred language the app ships wins, matched
 * on its primary subtag (de-AT is German); English when none is shipped.
 */
export function chooseLocale(setting: LanguageSetting, preferred: readonly string[]): AppLocale {
  if (setting !== 'system') return setting;
  for (const tag of preferred) {
    const primary = tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
    if (isAppLocale(primary)) return primary;
  }
  return 'en';
}
