import { createI18n } from 'vue-i18n';
import type { AppLocale } from '../../../shared/settings/choose-locale';
import { en, type MessageSchema } from './messages/en';
import { errorMessage } from '../../../shared/util/error-message';

/*
 * English is in the first screen's bundle; every other language is its own chunk, loaded the
 * first time it is shown (German is about 13 KB gzipped that an English user never needs).
 */
const loadMessages: Record<Exclude<AppLocale, 'en'>, () => Promise<MessageSchema>> = {
  de: () => import('./messages/de').then((module) => module.de),
};

const numberFormats = {
  en: { integer: { maximumFractionDigits: 0 }, tenths: { minimumFractionDigits: 1, maximumFractionDigits: 1 }, percent: { style: 'percent', maximumFractionDigits: 0 } },
  de: { integer: { maximumFractionDigits: 0 }, tenths: { minimumFractionDigits: 1, maximumFractionDigits: 1 }, percent: { style: 'percent', maximumFractionDigits: 0 } },
} as const;

const datetimeFormats = {
  en: { short: { dateStyle: 'medium', timeStyle: 'short' }, time: { timeStyle: 'medium' }, day: { dateStyle: 'full' } },
  de: { short: { dateStyle: 'medium', timeStyle: 'short' }, time: { timeStyle: 'medium' }, day: { dateStyle: 'full' } },
} as const;

/**
 * The app's vue-i18n instance (Composition API mode), showing English; English fills any gap.
 * `preloaded` adds languages up front (tests); the app loads them with showLocale.
 */
export function createAppI18n(locale: AppLocale = 'en', preloaded: Partial<Record<AppLocale, MessageSchema>> = {}) {
  // Keyed by any locale: the others are added as they load.
  const messages: Record<string, MessageSchema> = { en, ...preloaded };
  return createI18n({
    legacy: false,
    locale: locale in messages ? locale : 'en',
    fallbackLocale: 'en',
    messages,
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

const switches = new WeakMap<AppI18n, { latest: number; shown: Promise<void> }>();

/**
 * Loads `locale`'s messages if they are not there yet, then shows it. When the language changes
 * again while a load is under way, the later choice wins. With the messages already loaded it
 * switches at once, before returning. A language that fails to load leaves the current one.
 */
export function showLocale(i18n: AppI18n, locale: AppLocale): Promise<void> {
  const state = switches.get(i18n) ?? { latest: 0, shown: Promise.resolve() };
  switches.set(i18n, state);
  const ticket = ++state.latest;
  state.shown = (async () => {
    if (locale !== 'en' && !i18n.global.availableLocales.includes(locale)) {
      try {
        i18n.global.setLocaleMessage(locale, await loadMessages[locale]());
      } catch (error) {
        console.warn(`Could not load the ${locale} messages: ${errorMessage(error)}`);
        return;
      }
    }
    if (ticket === state.latest) setAppLocale(i18n, locale);
  })();
  return state.shown;
}

/** Settles once the language last asked for is shown (main.ts waits for it before mounting). */
export function localeShown(i18n: AppI18n): Promise<void> {
  return switches.get(i18n)?.shown ?? Promise.resolve();
}
