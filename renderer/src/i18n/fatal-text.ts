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
  /** Web shell: the page's one-time link was spent and this browser holds no session of this run. */
  linkUsed(): string;
}

const texts: Record<AppLocale, FatalText> = {
  en: {
    hostGone: (reason) => `The app host is gone (${reason}). Restart it, then reload this page.`,
    couldNotStart: (detail) => `The app could not start: ${detail}`,
    linkUsed: () => 'This link has been used already. Open the newest link the web shell printed, or press Enter in its terminal for a new one.',
  },
  de: {
    hostGone: (reason) => `Der App-Host ist nicht mehr da (${reason}). Starten Sie ihn neu und laden Sie diese Seite dann neu.`,
    couldNotStart: (detail) => `Die App konnte nicht starten: ${detail}`,
    linkUsed: () =>
      'Dieser Link wurde bereits verwendet. Öffnen Sie den neuesten Link, den die Web-Shell ausgegeben hat, oder drücken Sie in ihrem Terminal die Eingabetaste für einen neuen.',
  },
};

/** `preferred` is navigator.languages (best first); an unshipped language gets English. */
export function fatalText(preferred: readonly string[]): FatalText {
  return texts[chooseLocale('system', preferred)];
}
