import {
  createIdentifierFromRawId,
  getIdentifierRawId,
  isCommunicationUserIdentifier,
  isMicrosoftTeamsUserIdentifier,
  isPhoneNumberIdentifier,
  type CommunicationIdentifierKind,
} from '@azure/communication-common';
import type { Peer, PeerKind } from './call-view';

/*
 * What the dialer accepts, decided before any SDK call: a malformed callee is refused with a
 * reason saying what to type instead, never a failed call. The SDK's own identifier helpers
 * decide the kind, so "8:gcch:…" or "4:+1…" mean here exactly what they mean to the SDK.
 *
 * The words live in the renderer's message files (`dial.callee.<reason>`), so a refusal names
 * its reason by key and carries the text the user typed for the messages that quote it.
 */

export type DialableKind = Exclude<PeerKind, 'unknown'>;

/** Every reason the dialer refuses a callee for; each is a message `dial.callee.<reason>`. */
export const calleeRefusalReasons = [
  'empty',
  'missingCountryCode',
  'invalidPhoneNumber',
  'incompleteAcsUserId',
  'anonymousTeamsUser',
  'invalidTeamsUserId',
  'notCallable',
] as const;
export type CalleeRefusalReason = (typeof calleeRefusalReasons)[number];

/** `input` is the text as typed (trimmed), which some messages quote. */
export interface CalleeRefusal {
  reason: CalleeRefusalReason;
  input: string;
}

export type CalleeParse = { ok: true; kind: DialableKind; rawId: string; display: string } | { ok: false; refusal: CalleeRefusal };

/** The E.164 rule the dialer applies after removing spaces, dashes, dots and parentheses. */
const e164 = /^\+[1-9]\d{6,14}$/;
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Public, US government (GCCH, DoD) and other ACS clouds; the id is "<resource>_<user>". */
const acsUserRawId = /^8:(acs|spool|gcch-acs|dod-acs):[^\s_:]+_[^\s:]+$/;
/** Separators people type or paste in phone numbers. */
const phoneSeparators = /[\s\-().\u00a0]/g;
/** Input that is plausibly a phone number once the separators are gone. */
const phoneLike = /^\+?[\d\s\-().\u00a0]+$/;

const refuse = (reason: CalleeRefusalReason, input: string): CalleeParse => ({ ok: false, refusal: { reason, input } });

export function parseCallee(input: string): CalleeParse {
  const text = input.trim();
  if (text === '') return refuse('empty', text);
  if (guid.test(text)) return fromIdentifier(createIdentifierFromRawId(`8:orgid:${text.toLowerCase()}`), text);
  if (text.startsWith('4:')) return parsePhoneNumber(text.slice(2), text);
  if (phoneLike.test(text)) return parsePhoneNumber(text, text);
  return fromIdentifier(createIdentifierFromRawId(text), text);
}

function parsePhoneNumber(number: string, text: string): CalleeParse {
  const digits = number.replace(phoneSeparators, '');
  if (!digits.startsWith('+')) return refuse('missingCountryCode', text);
  if (!e164.test(digits)) return refuse('invalidPhoneNumber', text);
  return { ok: true, kind: 'phoneNumber', rawId: `4:${digits}`, display: digits };
}

function fromIdentifier(identifier: CommunicationIdentifierKind, text: string): CalleeParse {
  if (isPhoneNumberIdentifier(identifier)) return parsePhoneNumber(identifier.phoneNumber, text);
  if (isCommunicationUserIdentifier(identifier)) {
    if (!acsUserRawId.test(identifier.communicationUserId)) return refuse('incompleteAcsUserId', text);
    return { ok: true, kind: 'acsUser', rawId: identifier.communicationUserId, display: identifier.communicationUserId };
  }
  if (isMicrosoftTeamsUserIdentifier(identifier)) {
    if (identifier.isAnonymous) return refuse('anonymousTeamsUser', text);
    if (!guid.test(identifier.microsoftTeamsUserId)) return refuse('invalidTeamsUserId', text);
    return { ok: true, kind: 'teamsUser', rawId: getIdentifierRawId(identifier), display: identifier.microsoftTeamsUserId };
  }
  return refuse('notCallable', text);
}

/**
 * The peer for an identifier the SDK reports (a caller, a remote participant). Any kind is
 * shown, even ones the dialer would not call, so an unusual caller still appears.
 */
export function peerFromIdentifier(identifier: CommunicationIdentifierKind | undefined, displayName?: string): Peer {
  if (!identifier) return { rawId: 'unknown', kind: 'unknown', display: displayName?.trim() || 'Unknown caller' };
  const rawId = getIdentifierRawId(identifier);
  const name = displayName?.trim();
  if (isPhoneNumberIdentifier(identifier)) {
    const display = identifier.isAnonymous ? 'Withheld number' : identifier.phoneNumber;
    return { rawId, kind: 'phoneNumber', display: name || display };
  }
  if (isCommunicationUserIdentifier(identifier)) return { rawId, kind: 'acsUser', display: name || rawId };
  if (isMicrosoftTeamsUserIdentifier(identifier)) return { rawId, kind: 'teamsUser', display: name || identifier.microsoftTeamsUserId };
  return { rawId, kind: 'unknown', display: name || rawId };
}

/** The peer for a callee the dialer accepted. */
export function peerFromCallee(callee: Extract<CalleeParse, { ok: true }>): Peer {
  return { rawId: callee.rawId, kind: callee.kind, display: callee.display };
}
