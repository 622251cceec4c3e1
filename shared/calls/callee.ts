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
 * What the dialer accepts, decided before any SDK call: a malformed callee gets a message
 * saying what to type instead, never a failed call. The SDK's own identifier helpers decide
 * the kind, so "8:gcch:…" or "4:+1…" mean here exactly what they mean to the SDK.
 */

export type DialableKind = Exclude<PeerKind, 'unknown'>;

export type CalleeParse = { ok: true; kind: DialableKind; rawId: string; display: string } | { ok: false; message: string };

const acceptedFormats =
  'Enter an ACS user id (8:acs:<resource>_<user>), a phone number with its country code (+14255550123), or a Teams user id (8:orgid:<object id>, or the object id alone).';

/** The E.164 rule the dialer applies after removing spaces, dashes, dots and parentheses. */
const e164 = /^\+[1-9]\d{6,14}$/;
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Public, US government (GCCH, DoD) and other ACS clouds; the id is "<resource>_<user>". */
const acsUserRawId = /^8:(acs|spool|gcch-acs|dod-acs):[^\s_:]+_[^\s:]+$/;
/** Separators people type or paste in phone numbers. */
const phoneSeparators = /[\s\-().\u00a0]/g;
/** Input that is plausibly a phone number once the separators are gone. */
const phoneLike = /^\+?[\d\s\-().\u00a0]+$/;

export function parseCallee(input: string): CalleeParse {
  const text = input.trim();
  if (text === '') return { ok: false, message: `Nothing to call. ${acceptedFormats}` };
  if (guid.test(text)) return fromIdentifier(createIdentifierFromRawId(`8:orgid:${text.toLowerCase()}`), text);
  if (text.startsWith('4:')) return parsePhoneNumber(text.slice(2));
  if (phoneLike.test(text)) return parsePhoneNumber(text);
  return fromIdentifier(createIdentifierFromRawId(text), text);
}

function parsePhoneNumber(text: string): CalleeParse {
  const number = text.replace(phoneSeparators, '');
  if (!number.startsWith('+')) {
    return { ok: false, message: 'Add the country code, e.g. +1 for the US and Canada: a phone number is called in E.164 form, like +14255550123.' };
  }
  if (!e164.test(number)) {
    return {
      ok: false,
      message: 'That is not a valid phone number: after the + come the country code and number, 7 to 15 digits in all, the first not 0 (e.g. +14255550123).',
    };
  }
  return { ok: true, kind: 'phoneNumber', rawId: `4:${number}`, display: number };
}

function fromIdentifier(identifier: CommunicationIdentifierKind, text: string): CalleeParse {
  if (isPhoneNumberIdentifier(identifier)) return parsePhoneNumber(identifier.phoneNumber);
  if (isCommunicationUserIdentifier(identifier)) {
    if (!acsUserRawId.test(identifier.communicationUserId)) {
      return { ok: false, message: `"${text}" is not a complete ACS user id: it looks like 8:acs:<resource id>_<user id>, as your token service issues it.` };
    }
    return { ok: true, kind: 'acsUser', rawId: identifier.communicationUserId, display: identifier.communicationUserId };
  }
  if (isMicrosoftTeamsUserIdentifier(identifier)) {
    if (identifier.isAnonymous) return { ok: false, message: 'Anonymous Teams visitors cannot be called; enter the Teams user id (8:orgid:<object id>).' };
    if (!guid.test(identifier.microsoftTeamsUserId)) {
      return { ok: false, message: `"${text}" is not a Teams user id: after the prefix comes the user's Entra object id, a GUID like 45ab2481-1c1c-4005-be24-0ffb879b1130.` };
    }
    return { ok: true, kind: 'teamsUser', rawId: getIdentifierRawId(identifier), display: identifier.microsoftTeamsUserId };
  }
  return { ok: false, message: `"${text}" cannot be called. ${acceptedFormats}` };
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
