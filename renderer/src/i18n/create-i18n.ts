import { createI18n } from 'vue-i18n';
import type { AppLocale } from './choose-locale';
import { de } from './messages/de';
import { en } from './messages/en';

const numberFormats = {
  en: { integer: { maximumFractionDigits: 0 }, tenths: { minimumFractionDigits: 1, maximumFractionDigits: 1 }, percent: { style: 'percent', maximumFractionDigits: 0 } },
  de: { integer: { maximumFractionDigits: 0 }, tenths: { minimumFractionDigits: 1, maximumFractionDigits: 1 }, percent: { style: 'percent', maximumFractionDigits: 0 } },
} as const;

const datetimeFormats = {
  en: { short: { dateStyle: 'medium', timeStyle: 'short' }, time: { timeStyle: 'medium' } },
  de: { short: { dateStyle: 'medium', timeStyle: 'short' }, time: { timeStyle: 'medium' } },
} as const;

/** The app's vue-i18n instance (Composition API mode); English fills any gap in German. */
export function createAppI18n(locale: AppLocale) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { en, de },
    numberFormats,
    datetimeFormats,
    // Messages show id formats like 8:acs:<resource>_<user>, which vue-i18n takes for HTML; they are only ever rendered as text (no v-html).
    warnHtmlMessage: false,
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

/** Switches the shown language, and tells assistive tech and the spell checker about it. */
export function setAppLocale(i18n: AppI18n, locale: AppLocale): void {
  i18n.global.locale.value = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
