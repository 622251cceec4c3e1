import { createAppI18n, type AppI18n } from '../../../renderer/src/i18n/create-i18n';
import type { AppLocale } from '../../../shared/settings/choose-locale';
import { de } from '../../../renderer/src/i18n/messages/de';

/** The app's i18n with every language already loaded, so a test can switch synchronously. */
export function createTestI18n(locale: AppLocale = 'en'): AppI18n {
  return createAppI18n(locale, { de });
}
