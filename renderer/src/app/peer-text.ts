import type { Peer, PeerKind } from '../../../shared/calls/call-view';
import { dialableText, isWithheld } from '../../../shared/calls/callee';
import type { CountryCode } from '../../../shared/calls/phone-number';
import { missingCase } from '../../../shared/util/missing-case';
import type { DialRefusal } from '../engine/calls/call-controller-api';
import type { Translate } from '../i18n/translate';

// Main fills the dialer with it too (a missed-call notification), so it lives in shared.
export { dialableText };

export function describePeerKind(kind: PeerKind, t: Translate): string {
  switch (kind) {
    case 'acsUser':
      return t('peerKind.acsUser');
    case 'phoneNumber':
      return t('peerKind.phoneNumber');
    case 'teamsUser':
      return t('peerKind.teamsUser');
    case 'unknown':
      return t('peerKind.unknown');
    default:
      return missingCase(kind);
  }
}

/** What the dialer shows about the text typed so far; a refusal is keyed, the dialer words it. */
export type CalleeCheck = { ok: true; kind: PeerKind; rawId: string } | { ok: false; refusal: DialRefusal };
/** `defaultCountry` is the country national numbers are read in (absent: only +country numbers). */
export type ClassifyCallee = (input: string, defaultCountry?: CountryCode) => CalleeCheck;

/**
 * A peer's name in the window's language: the engine's fallback words ("Withheld number",
 * "Unknown caller") are English, so those two are worded here.
 */
export function peerName(peer: Peer, t: Translate): string {
  if (isWithheld(peer) && (peer.display === 'Withheld number' || peer.display === '')) return t('peer.withheld');
  if (peer.kind === 'unknown' && peer.rawId === 'unknown' && peer.display === 'Unknown caller') return t('peer.unknown');
  return peer.display;
}

/** The number under a caller's name, when the SDK gave both; undefined otherwise. */
export function peerNumber(peer: Peer): string | undefined {
  if (peer.kind !== 'phoneNumber' || isWithheld(peer)) return undefined;
  const number = dialableText(peer);
  return number === peer.display ? undefined : number;
}

/** Whether "Call again" makes sense: a withheld or unknown caller cannot be called back. */
export function canCallBack(peer: Peer): boolean {
  return peer.kind !== 'unknown' && !isWithheld(peer);
}
