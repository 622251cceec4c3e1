import { config } from '@vue/test-utils';
import { setAppLocale } from '../../../renderer/src/i18n/create-i18n';
import { createTestI18n } from './test-i18n';
import type { AppLocale } from '../../../shared/settings/choose-locale';

// Components read their text through vue-i18n, as in the app (main.ts installs it), so every
// mount gets this instance. One instance only: installing a second one into the same app
// re-registers its components, which Vue warns about.
const i18n = createTestI18n('en');
config.global.plugins = [i18n];

/** Shows what follows in `locale`; tests that switch call this with 'en' afterwards. */
export function useLocaleInMounts(locale: AppLocale): void {
  setAppLocale(i18n, locale);
}
