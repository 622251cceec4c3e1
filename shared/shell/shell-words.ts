import type { AppLocale } from '../settings/choose-locale';
import type { ShellWords, ShellWordTables } from './shell-text';

/* The words for shell-text.ts's keys, one table per language the app ships (the type keeps them complete). */

export const enShellWords = {
  trayTooltip: '{appName}: {status}',
  traySignedOut: 'Signed out',
  traySigningIn: 'Signing in…',
  traySignedIn: 'Signed in: incoming calls ring here',
  trayInCall: 'In a call',
  trayInCallTitle: 'In call',
  trayShow: 'Show {appName}',
  traySignOut: 'Sign out',
  trayQuit: 'Quit',
  trayMissedCalls: 'Missed calls: {count}',
  missedCallBadge: 'Missed calls not seen yet: {count}',
  incomingCallTitle: 'Incoming call',
  incomingCallUnknownCaller: 'Unknown caller',
  notifyAnswer: 'Answer',
  notifyDecline: 'Decline',
  missedCallTitle: 'Missed call from {caller}',
  missedCallBody: 'Click to call back',
  missedCallBodyWithheld: 'Click to open the softphone',
  missedCallWithheldCaller: 'a withheld number',
  quitDuringCall: 'A call is in progress. Hang up and quit?',
  quitHangUp: 'Hang up',
  quitCancel: 'Cancel',
} satisfies ShellWords;

export const deShellWords = {
  trayTooltip: '{appName}: {status}',
  traySignedOut: 'Abgemeldet',
  traySigningIn: 'Anmeldung läuft…',
  traySignedIn: 'Angemeldet: eingehende Anrufe klingeln hier',
  trayInCall: 'Im Gespräch',
  trayInCallTitle: 'Im Gespräch',
  trayShow: '{appName} anzeigen',
  traySignOut: 'Abmelden',
  trayQuit: 'Beenden',
  trayMissedCalls: 'Verpasste Anrufe: {count}',
  missedCallBadge: 'Noch nicht gesehene verpasste Anrufe: {count}',
  incomingCallTitle: 'Eingehender Anruf',
  incomingCallUnknownCaller: 'Unbekannter Anrufer',
  notifyAnswer: 'Annehmen',
  notifyDecline: 'Ablehnen',
  missedCallTitle: 'Verpasster Anruf von {caller}',
  missedCallBody: 'Zum Zurückrufen klicken',
  missedCallBodyWithheld: 'Zum Öffnen klicken',
  missedCallWithheldCaller: 'einer unterdrückten Nummer',
  quitDuringCall: 'Ein Anruf läuft. Auflegen und beenden?',
  quitHangUp: 'Auflegen',
  quitCancel: 'Abbrechen',
} satisfies ShellWords;

const tables: ShellWordTables = { en: enShellWords, de: deShellWords };

export function shellWordsFor(locale: AppLocale): ShellWords {
  return tables[locale];
}
