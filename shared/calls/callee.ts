import {
  createIdentifierFromRawId,
  getIdentifierRawId,
  isCommunicationUserIdentifier,
  isMicrosoftTeamsUserIdentifier,
  isPhoneNumberIdentifier,
  type CommunicationIdentifierKind,
} from '@azure/communication-common';
import type { Peer, PeerKind } from './call-view';
import { findPhoneNumberInText, looksLikePhoneNumber, parsePhoneNumber, type CountryCode } from './phone-number';

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

/**
 * `input` is the text as typed (trimmed), which some messages quote; `country` is the default
 * country a national number was read in, so a refusal can say which country it checked.
 */
export interface CalleeRefusal {
  reason: CalleeRefusalReason;
  input: string;
  country?: CountryCode;
}

export interface CalleeParseOptions {
  /** The country national numbers ("030 1234567") belong to; without one a number needs its +country code. */
  defaultCountry?: CountryCode | undefined;
}

export type CalleeParse = { ok: true; kind: DialableKind; rawId: string; display: string } | { ok: false; refusal: CalleeRefusal };

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Public, US government (GCCH, DoD) and other ACS clouds; the id is "<resource>_<user>". */
const acsUserRawId = /^8:(acs|spool|gcch-acs|dod-acs):[^\s_:]+_[^\s:]+$/;
/** A tel: URI as typed or pasted; RFC 3966 parameters (;ext=, ;phone-context=) follow the number. */
const telPrefix = /^tel:(?:\/\/)?/i;
/** An identifier's numeric type prefix ("8:", "4:", "28:"): the text is an id, not pasted prose. */
const rawIdPrefix = /^\d+:/;

const refuse = (reason: CalleeRefusalReason, input: string, country?: CountryCode): CalleeParse => ({
  ok: false,
  refusal: country ? { reason, input, country } : { reason, input },
});

/**
 * Ids keep their exact meaning; everything else is read as a phone number the way people write
 * one: national (with the default country), spaced, bracketed, `tel:`, or inside pasted text.
 */
export function parseCallee(input: string, options: CalleeParseOptions = {}): CalleeParse {
  const text = input.trim();
  const country = options.defaultCountry;
  if (text === '') return refuse('empty', text);
  if (guid.test(text)) return fromIdentifier(createIdentifierFromRawId(`8:orgid:${text.toLowerCase()}`), text);
  if (telPrefix.test(text)) return phoneNumberCallee(text.replace(telPrefix, '').split(';', 1)[0] ?? '', text, country);
  // A "4:" raw id is E.164 by definition: no default country applies to it.
  if (text.startsWith('4:')) return phoneNumberCallee(text.slice(2), text, undefined);
  if (looksLikePhoneNumber(text)) return phoneNumberCallee(text, text, country);
  if (!rawIdPrefix.test(text) && /\s/.test(text)) {
    const found = findPhoneNumberInText(text, country);
    if (found) return phoneNumberCallee(found, text, undefined);
  }
  return fromIdentifier(createIdentifierFromRawId(text), text);
}

function phoneNumberCallee(number: string, text: string, country: CountryCode | undefined): CalleeParse {
  const parsed = parsePhoneNumber(number, country);
  if (!parsed.ok) return refuse(parsed.reason, text, number.trim().startsWith('+') ? undefined : country);
  return { ok: true, kind: 'phoneNumber', rawId: `4:${parsed.e164}`, display: parsed.e164 };
}

function fromIdentifier(identifier: CommunicationIdentifierKind, text: string): CalleeParse {
  if (isPhoneNumberIdentifier(identifier)) return phoneNumberCallee(identifier.phoneNumber, text, undefined);
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

/** The ACS echo bot: it answers at once and plays back what it hears (the SDK docs' test call). */
export const echoBotRawId = '8:echo123';

/**
 * The identifier the SDK takes for a raw id the dialer produced (its `rawId`), so the engine
 * needs no identifier package of its own: raw ids mean here exactly what they mean to the SDK.
 */
export function identifierFromRawId(rawId: string): CommunicationIdentifierKind {
  return createIdentifierFromRawId(rawId);
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

/** A caller who withheld their number ("4:anonymous"): nothing to show or call back. */
export function isWithheld(peer: { rawId: string; kind: Peer['kind'] }): boolean {
  return peer.kind === 'phoneNumber' && peer.rawId === '4:anonymous';
}

/**
 * The text to put back in the dialer to call a peer again: the number itself for phones
 * ("4:+1425…" is the raw id's form), the raw id for everyone else.
 */
export function dialableText(peer: { rawId: string; kind: Peer['kind'] }): string {
  if (peer.kind === 'phoneNumber') return peer.rawId.replace(/^4:/, '');
  return peer.rawId;
}

/** The peer for a callee the dialer accepted. */
export function peerFromCallee(callee: Extract<CalleeParse, { ok: true }>): Peer {
  return { rawId: callee.rawId, kind: callee.kind, display: callee.display };
}
