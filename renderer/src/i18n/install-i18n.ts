import type { App, Ref } from 'vue';
import type { Settings } from '../../../shared/settings/settings-schema';
import { createAppI18n, type AppI18n } from './create-i18n';
import { followLanguage, navigatorLanguages, type LanguageSource } from './follow-language';

/**
 * Installs vue-i18n in the app, starting in the system language, then following the language
 * setting (and the system while it is "system") for the app's lifetime. A language other than
 * English loads first: wait for localeShown(i18n) before mounting, so nothing flashes in English.
 */
export function installI18n(app: App, settings: Ref<Settings | undefined>, system: LanguageSource = navigatorLanguages, i18n: AppI18n = createAppI18n()): AppI18n {
  app.use(i18n);
  followLanguage(i18n, settings, system);
  return i18n;
}
