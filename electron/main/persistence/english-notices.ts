import type { CalleeRefusalReason } from '../../../shared/calls/callee';
import type { NoticeDocument, NoticeKey, NoticeParams, NoticeText } from '../../../shared/notices/notice-text';

/*
 * Main's English for each notice key: what main logs, what an IPC reply carries, and what a
 * window shows for a notice without a key. The renderer's en-notices.ts holds the same words
 * for vue-i18n (a test keeps the two equal); e2e tests match some of them, so change them together.
 */

const fileLabels: Record<NoticeDocument, string> = { settings: 'settings', callHistory: 'call history' };

const calleeProblems: Record<CalleeRefusalReason, string> = {
  empty: 'It has no number or user id in it.',
  missingCountryCode: 'The number has no country code: it must start with +, like +14255550123.',
  invalidPhoneNumber: 'The number is not a valid phone number.',
  incompleteAcsUserId: 'The ACS user id in it is incomplete.',
  anonymousTeamsUser: 'Anonymous Teams visitors cannot be called.',
  invalidTeamsUserId: 'The Teams user id in it is not valid.',
  notCallable: 'What it carries cannot be called.',
};

const refusedLink = (problem: string) => `This link cannot be dialled. ${problem}`;

const english: { [K in NoticeKey]: (params: NoticeParams<K>) => string } = {
  documentLeftAsIs: ({ document, reason, path }) =>
    `Your ${fileLabels[document]} file could not be read (${reason}) and could not be copied aside, so it was left as it is at ${path}; the app is using defaults until you change something.`,
  documentRepaired: ({ document, problem, backupPath }) =>
    `Your ${fileLabels[document]} file had problems (${problem}); everything else was kept. A copy of the original file was kept at ${backupPath}.`,
  documentReset: ({ document, backupPath }) => `Your ${fileLabels[document]} file was unreadable and has been reset; a copy was kept at ${backupPath}.`,
  historyNotAdded: ({ reason }) => `This call could not be added to your history: Could not save your call history (${reason}). Earlier history is unchanged.`,
  historyNotCleared: ({ reason }) => `Your call history could not be cleared: Could not save your call history (${reason}). Earlier history is unchanged.`,
  microphoneDenied: ({ appName }) =>
    `macOS is not letting ${appName} use the microphone, so the people you call would not hear you. Open System Settings › Privacy & Security › Microphone, switch ${appName} on, then quit and reopen the app.`,
  microphoneRestricted: ({ appName }) =>
    `The microphone is blocked for ${appName} by a profile or Screen Time restriction on this Mac (System Settings › Privacy & Security › Microphone shows it locked). Ask whoever manages this Mac to allow it.`,
  microphoneUnexpected: ({ status }) => `macOS reported microphone access as ${status}.`,
  linkNotText: () => refusedLink('The link is not text.'),
  linkTooLong: ({ length, max }) => refusedLink(`The link is too long (${length} characters; at most ${max}).`),
  linkInvisibleCharacters: () => refusedLink('The link contains control or invisible characters.'),
  linkNotDialScheme: () => refusedLink('Only tel: and callto: links can be dialled.'),
  linkBrokenEscape: () => refusedLink('The link has a broken %-escape.'),
  linkEncodedTwice: () => refusedLink('The link is encoded in a way a phone link never is.'),
  linkEmpty: ({ scheme }) => refusedLink(`The ${scheme}: link has no number or user id in it.`),
  linkTelNeedsPhoneNumber: () => refusedLink('A tel: link must carry a phone number, like tel:+1-425-555-0123.'),
  linkCalleeRefused: ({ refusal }) => refusedLink(calleeProblems[refusal]),
};

export function englishNotice(text: NoticeText): string {
  // The union's key picks its own params; TypeScript cannot correlate the two through a lookup.
  const render = english[text.key] as (params: NoticeText['params']) => string;
  return render(text.params);
}
