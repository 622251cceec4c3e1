import type { PeerKind } from '../../../shared/calls/call-view';
import type { CountryCode } from '../../../shared/calls/phone-number';
import { missingCase } from '../../../shared/util/missing-case';
import type { DialRefusal } from '../engine/calls/call-controller-api';
import type { Translate } from '../i18n/translate';

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
 * The text to put back in the dialer to call a peer again: the number itself for phones
 * ("4:+1425…" is the raw id's form), the raw id for everyone else.
 */
export function dialableText(peer: { rawId: string; kind: PeerKind }): string {
  if (peer.kind === 'phoneNumber') return peer.rawId.replace(/^4:/, '');
  return peer.rawId;
}
