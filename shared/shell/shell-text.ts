import type { AppLocale } from '../settings/choose-locale';
import { fillPlaceholders } from '../util/fill-placeholders';

/*
 * What main shows outside any window, where no message file can reach: the tray icon's
 * tooltip, menu-bar title and menu, call notifications, and the "hang up and quit?" question. Keys here; the
 * words, in every language the app ships, in shell-words.ts. Main picks the language the way
 * the window does (chooseLocale over the language setting and the system's languages).
 */

export const shellTextKeys = [
  'trayTooltip',
  'traySignedOut',
  'traySigningIn',
  'traySignedIn',
  'trayInCall',
  'trayInCallTitle',
  'trayShow',
  'traySignOut',
  'trayQuit',
  'trayMissedCalls',
  'missedCallBadge',
  'incomingCallTitle',
  'incomingCallUnknownCaller',
  'notifyAnswer',
  'notifyDecline',
  'missedCallTitle',
  'missedCallBody',
  'missedCallBodyWithheld',
  'missedCallWithheldCaller',
  'quitDuringCall',
  'quitHangUp',
  'quitCancel',
] as const;
export type ShellTextKey = (typeof shellTextKeys)[number];

/** One language's words for every key; `{name}` placeholders as in the window's messages. */
export type ShellWords = Readonly<Record<ShellTextKey, string>>;

/** Says one key in the given words, with its placeholders filled. */
export function shellText(words: ShellWords, key: ShellTextKey, params: Readonly<Record<string, string>> = {}): string {
  return fillPlaceholders(words[key], params);
}

export type ShellWordTables = Readonly<Record<AppLocale, ShellWords>>;
