import type { CalleeRefusalReason } from '../calls/callee';
import { fillPlaceholders } from '../util/fill-placeholders';
import { noticeMessagePath, type NoticeDocument, type NoticeKey, type NoticeText } from './notice-text';

/*
 * What main tells the user unasked, in English: the words for the keys of notice-text.ts. One
 * table for both sides: the window's English messages (vue-i18n, `notice.<path>`) and what main
 * logs and puts in a notice's `message` (englishNotice). e2e tests match some of these.
 */

const refusedLink = 'This link cannot be dialled.';

export const enNotices = {
  documentLeftAsIs: {
    settings:
      'Your settings file could not be read ({reason}) and could not be copied aside, so it was left as it is at {path}; the app is using defaults until you change something.',
    callHistory:
      'Your call history file could not be read ({reason}) and could not be copied aside, so it was left as it is at {path}; the app is using defaults until you change something.',
    contacts:
      'Your contacts file could not be read ({reason}) and could not be copied aside, so it was left as it is at {path}; the app shows no contacts until you change something.',
  } satisfies Record<NoticeDocument, string>,
  documentRepaired: {
    settings: 'Your settings file had problems ({problem}); everything else was kept. A copy of the original file was kept at {backupPath}.',
    callHistory: 'Your call history file had problems ({problem}); everything else was kept. A copy of the original file was kept at {backupPath}.',
    contacts: 'Your contacts file had problems ({problem}); everything else was kept. A copy of the original file was kept at {backupPath}.',
  } satisfies Record<NoticeDocument, string>,
  documentReset: {
    settings: 'Your settings file was unreadable and has been reset; a copy was kept at {backupPath}.',
    callHistory: 'Your call history file was unreadable and has been reset; a copy was kept at {backupPath}.',
    contacts: 'Your contacts file was unreadable and has been reset; a copy was kept at {backupPath}.',
  } satisfies Record<NoticeDocument, string>,
  documentRepairedSecretsLeftOut: {
    settings:
      'Your settings file had problems ({problem}); everything else was kept. A copy of the original file was kept at {backupPath}, without the token endpoint URL and API key it held in plain text: the app keeps those with its other secrets.',
    callHistory:
      'Your call history file had problems ({problem}); everything else was kept. A copy of the original file was kept at {backupPath}, without the secrets it held in plain text.',
    contacts:
      'Your contacts file had problems ({problem}); everything else was kept. A copy of the original file was kept at {backupPath}, without the secrets it held in plain text.',
  } satisfies Record<NoticeDocument, string>,
  documentResetSecretsLeftOut: {
    settings:
      'Your settings file was unreadable and has been reset; a copy was kept at {backupPath}, without the token endpoint URL and API key it held in plain text. Enter them again in Settings.',
    callHistory: 'Your call history file was unreadable and has been reset; a copy was kept at {backupPath}, without the secrets it held in plain text.',
    contacts: 'Your contacts file was unreadable and has been reset; a copy was kept at {backupPath}, without the secrets it held in plain text.',
  } satisfies Record<NoticeDocument, string>,
  historyNotAdded: 'This call could not be added to your history: Could not save your call history ({reason}). Earlier history is unchanged.',
  historyNotCleared: 'Your call history could not be cleared: Could not save your call history ({reason}). Earlier history is unchanged.',
  historySeenNotSaved: 'Could not save that you have seen your missed calls ({reason}); they may be counted again after a restart.',
  contactsNotSaved: 'Your contacts could not be saved ({reason}); they are as they were before this change.',
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

type Tree = { readonly [key: string]: string | Tree };

/** A notice in English, as a window shows it: its sentence with `{name}` placeholders filled. */
export function englishNotice(text: NoticeText): string {
  let node: string | Tree | undefined = enNotices;
  for (const part of noticeMessagePath(text).split('.')) node = typeof node === 'object' ? node[part] : undefined;
  // noticeMessagePaths and the completeness tests make every path lead to a sentence.
  if (typeof node !== 'string') throw new Error(`No English for notice ${text.key}.`);
  return fillPlaceholders(node, text.params);
}
