import type { Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Translate } from './translate';

/** What components use of vue-i18n. */
export interface AppText {
  t: Translate;
  /** A date or time in one of the named datetime formats of create-i18n.ts. */
  d: (value: number | Date, format: string) => string;
  /** A number in one of the named number formats of create-i18n.ts. */
  n: (value: number, format: string) => string;
  locale: Readonly<Ref<string>>;
}

/** `useI18n()` narrowed to what components use; the app installs the plugin (install-i18n.ts), as tests do. */
export function useAppI18n(): AppText {
  const { t, d, n, locale } = useI18n();
  return { t, d, n, locale };
}
