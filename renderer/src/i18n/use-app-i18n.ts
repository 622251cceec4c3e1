import { getCurrentInstance, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { createAppI18n } from './create-i18n';
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

let englishOnly: ReturnType<typeof createAppI18n> | undefined;

/**
 * `useI18n()`, except that a component mounted in an app without the i18n plugin shows
 * English instead of failing to render. That keeps a build whose entry point does not yet
 * install the plugin (see install-i18n.ts) working exactly as it did before localization.
 */
export function useAppI18n(): AppText {
  // The plugin marks the app it is installed in; useI18n() itself throws when it is absent.
  const app: object | undefined = getCurrentInstance()?.appContext.app;
  if (app && '__VUE_I18N_SYMBOL__' in app && app.__VUE_I18N_SYMBOL__) {
    const { t, d, n, locale } = useI18n();
    return { t, d, n, locale };
  }
  englishOnly ??= createAppI18n('en');
  const { t, d, n, locale } = englishOnly.global;
  return { t, d, n, locale };
}
