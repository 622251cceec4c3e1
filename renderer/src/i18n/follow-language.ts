import { watch, type Ref } from 'vue';
import type { Settings } from '../../../shared/settings/settings-schema';
import { chooseLocale } from '../../../shared/settings/choose-locale';
import { showLocale, type AppI18n } from './create-i18n';

export interface LanguageSource {
  /** The operating system's preferred languages, best first (navigator.languages). */
  preferred(): readonly string[];
  /** Calls back when those change (the window's "languagechange" event); returns a stop. */
  onChange(listener: () => void): () => void;
}

/** The browser's view of the system languages, for the app; tests pass their own. */
export const navigatorLanguages: LanguageSource = {
  preferred: () => navigator.languages,
  onChange(listener) {
    window.addEventListener('languagechange', listener);
    return () => window.removeEventListener('languagechange', listener);
  },
};

/**
 * Keeps the shown language in step with the setting and, while it is 'system', with the
 * operating system. Until main's settings arrive the system language is used. Returns a stop.
 */
export function followLanguage(i18n: AppI18n, settings: Ref<Settings | undefined>, system: LanguageSource): () => void {
  const apply = () => void showLocale(i18n, chooseLocale(settings.value?.language ?? 'system', system.preferred()));
  const stopWatch = watch(() => settings.value?.language, apply, { immediate: true });
  const stopSystem = system.onChange(apply);
  return () => {
    stopWatch();
    stopSystem();
  };
}
