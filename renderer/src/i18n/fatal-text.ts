import { chooseLocale, type AppLocale } from '../../../shared/settings/choose-locale';

/*
 * The words for a boot that failed. They cannot come from vue-i18n: the failure may be that
 * the app never got as far as installing it, so both languages live here, chosen by the
 * system's languages as the app would choose them.
 */

export interface FatalText {
  /** Main's end of the bridge went away; the page cannot recover by itself. */
  hostGone(reason: string): string;
  /** boot() threw before the app mounted. */
  couldNotStart(detail: string): string;
}

const texts: Record<AppLocale, FatalText> = {
  en: {
    hostGone: (reason) => `The app host is gone (${reason}). Restart it, then reload this page.`,
    couldNotStart: (detail) => `The app could not start: ${detail}`,
  },
  de: {
    hostGone: (reason) => `Der App-Host ist nicht mehr da (${reason}). Starten Sie ihn neu und laden Sie diese Seite dann neu.`,
    couldNotStart: (detail) => `Die App konnte nicht starten: ${detail}`,
  },
};

/** `preferred` is navigator.languages (best first); an unshipped language gets English. */
export function fatalText(preferred: readonly string[]): FatalText {
  return texts[chooseLocale('system', preferred)];
}
