import type { App, Ref } from 'vue';
import type { Settings } from '../../../shared/settings/settings-schema';
import { chooseLocale } from './choose-locale';
import { createAppI18n, setAppLocale, type AppI18n } from './create-i18n';
import { followLanguage, navigatorLanguages, type LanguageSource } from './follow-language';

/**
 * Installs vue-i18n in the app, starting in the system language, then following the language
 * setting (and the system while it is "system") for the app's lifetime.
 */
export function installI18n(app: App, settings: Ref<Settings | undefined>, system: LanguageSource = navigatorLanguages): AppI18n {
  const i18n = createAppI18n(chooseLocale('system', system.preferred()));
  setAppLocale(i18n, i18n.global.locale.value);
  app.use(i18n);
  followLanguage(i18n, settings, system);
  return i18n;
}
