import { z } from 'zod';
import { calleeRefusalReasons } from '../calls/callee';

/*
 * What main tells the user unasked (a reset settings file, a link it cannot dial), as a key
 * and values: main has no message files, so the renderer words each notice in the user's
 * language (`notice.<message path>`), and main keeps an English rendering for its log and for
 * windows that get a notice without a key. Values are technical details shown verbatim (an OS
 * error, a file path) or keys themselves (which file, why a callee was refused).
 */

/** Which file a notice is about; each has its own sentences, so no language glues a noun into one. */
export const noticeDocuments = ['settings', 'callHistory', 'contacts'] as const;
export type NoticeDocument = (typeof noticeDocuments)[number];

const document = z.enum(noticeDocuments);
/** A file path: long enough for any real one, short enough that a notice stays a notice. */
const path = z.string().max(1_000);
/** Text main's own code produced, shown verbatim: an OS error, a repair summary, the app's name. */
const detail = z.string().max(1_000);
const count = z.number().int().min(0).max(1_000_000_000);

const keyed = <K extends string, P extends z.ZodRawShape>(key: K, params: P) => z.strictObject({ key: z.literal(key), params: z.strictObject(params) });

export const noticeTextSchema = z.discriminatedUnion('key', [
  /** Unusable, and the copy aside failed too: the file is left alone and defaults live in memory. */
  keyed('documentLeftAsIs', { document, reason: detail, path }),
  /** Part of it was bad and went back to defaults; `problem` names the parts. */
  keyed('documentRepaired', { document, problem: detail, backupPath: path }),
  keyed('documentReset', { document, backupPath: path }),
  /** As documentRepaired and documentReset, and the copy leaves out the secrets the file held in plain text (an older version's settings). */
  keyed('documentRepairedSecretsLeftOut', { document, problem: detail, backupPath: path }),
  keyed('documentResetSecretsLeftOut', { document, backupPath: path }),
  keyed('historyNotAdded', { reason: detail }),
  keyed('historyNotCleared', { reason: detail }),
  /** Opening History could not save that its missed calls were seen: the badge comes back after a restart. */
  keyed('historySeenNotSaved', { reason: detail }),
  /** A contact added, edited or deleted could not be written: the address book is as it was. */
  keyed('contactsNotSaved', { reason: detail }),
  keyed('microphoneDenied', { appName: detail }),
  keyed('microphoneRestricted', { appName: detail }),
  /** A status this build does not know (a newer macOS); quoted as macOS gave it. */
  keyed('microphoneUnexpected', { status: detail }),
  keyed('linkNotText', {}),
  keyed('linkTooLong', { length: count, max: count }),
  keyed('linkInvisibleCharacters', {}),
  keyed('linkNotDialScheme', {}),
  keyed('linkBrokenEscape', {}),
  keyed('linkEncodedTwice', {}),
  keyed('linkEmpty', { scheme: z.enum(['tel', 'callto']) }),
  keyed('linkTelNeedsPhoneNumber', {}),
  /** The link's number or id is one the dialer would refuse too. */
  keyed('linkCalleeRefused', { refusal: z.enum(calleeRefusalReasons) }),
]);
export type NoticeText = z.infer<typeof noticeTextSchema>;
export type NoticeKey = NoticeText['key'];
export type NoticeParams<K extends NoticeKey> = Extract<NoticeText, { key: K }>['params'];

/** Every key, for tests and tables that must cover them all. */
export const noticeKeys = noticeTextSchema.options.map((option) => option.shape.key.value) as readonly NoticeKey[];

/**
 * Where a notice's words are, below `notice.`: keys whose sentence depends on a keyed value
 * (which file, which refusal) have one message per value.
 */
export function noticeMessagePath(text: NoticeText): string {
  const { params } = text;
  if ('document' in params) return `${text.key}.${params.document}`;
  if ('refusal' in params) return `${text.key}.${params.refusal}`;
  return text.key;
}

/** Every message a notice can be worded by, for the message files' completeness checks. */
export const noticeMessagePaths: readonly string[] = noticeTextSchema.options.flatMap((option) => {
  const key = option.shape.key.value;
  const params = option.shape.params.shape;
  if ('document' in params) return noticeDocuments.map((document) => `${key}.${document}`);
  if ('refusal' in params) return calleeRefusalReasons.map((refusal) => `${key}.${refusal}`);
  return [key];
});
