import type { CalleeRefusalReason } from '../../../../shared/calls/callee';
import type { NoticeDocument, NoticeKey } from '../../../../shared/notices/notice-text';

/*
 * What main tells the user unasked, in English: the words for the keys of
 * shared/notices/notice-text.ts, word for word main's own English (electron/main/persistence/
 * english-notices.ts; a test keeps them equal). e2e tests match some of these.
 */

const refusedLink = 'This link cannot be dialled.';

export const enNotices = {
  documentLeftAsIs: {
    settings:
      'Your settings file could not be read ({reason}) and could not be copied aside, so it was left as it is at {path}; the app is using defaults until you change something.',
    callHistory:
      'Your call history file could not be read ({reason}) and could not be copied aside, so it was left as it is at {path}; the app is using defaults until you change something.',
  } satisfies Record<NoticeDocument, string>,
  documentRepaired: {
    settings: 'Your settings file had problems ({problem}); everything else was kept. A copy of the original file was kept at {backupPath}.',
    callHistory: 'Your call history file had problems ({problem}); everything else was kept. A copy of the original file was kept at {backupPath}.',
  } satisfies Record<NoticeDocument, string>,
  documentReset: {
    settings: 'Your settings file was unreadable and has been reset; a copy was kept at {backupPath}.',
    callHistory: 'Your call history file was unreadable and has been reset; a copy was kept at {backupPath}.',
  } satisfies Record<NoticeDocument, string>,
  historyNotAdded: 'This call could not be added to your history: Could not save your call history ({reason}). Earlier history is unchanged.',
  historyNotCleared: 'Your call history could not be cleared: Could not save your call history ({reason}). Earlier history is unchanged.',
  microphoneDenied:
    'macOS is not letting {appName} use the microphone, so the people you call would not hear you. Open System Settings › Privacy & Security › Microphone, switch {appName} on, then quit and reopen the app.',
  microphoneRestricted:
    'The microphone is blocked for {appName} by a profile or Screen Time restriction on this Mac (System Settings › Privacy & Security › Microphone shows it locked). Ask whoever manages this Mac to allow it.',
  microphoneUnexpected: 'macOS reported microphone access as {status}.',
  linkNotText: `${refusedLink} The link is not text.`,
  linkTooLong: `${refusedLink} The link is too long ({length} characters; at most {max}).`,
  linkInvisibleCharacters: `${refusedLink} The link contains control or invisible characters.`,
  linkNotDialScheme: `${refusedLink} Only tel: and callto: links can be dialled.`,
  linkBrokenEscape: `${refusedLink} The link has a broken %-escape.`,
  linkEncodedTwice: `${refusedLink} The link is encoded in a way a phone link never is.`,
  linkEmpty: `${refusedLink} The {scheme}: link has no number or user id in it.`,
  linkTelNeedsPhoneNumber: `${refusedLink} A tel: link must carry a phone number, like tel:+1-425-555-0123.`,
  linkCalleeRefused: {
    empty: `${refusedLink} It has no number or user id in it.`,
    missingCountryCode: `${refusedLink} The number has no country code: it must start with +, like +14255550123.`,
    invalidPhoneNumber: `${refusedLink} The number is not a valid phone number.`,
    incompleteAcsUserId: `${refusedLink} The ACS user id in it is incomplete.`,
    anonymousTeamsUser: `${refusedLink} Anonymous Teams visitors cannot be called.`,
    invalidTeamsUserId: `${refusedLink} The Teams user id in it is not valid.`,
    notCallable: `${refusedLink} What it carries cannot be called.`,
  } satisfies Record<CalleeRefusalReason, string>,
} satisfies Record<NoticeKey, string | Record<string, string>>;
