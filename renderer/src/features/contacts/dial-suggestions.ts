import type { PeerKind } from '../../../../shared/calls/call-view';
import type { CountryCode } from '../../../../shared/calls/phone-number';
import type { Contact } from '../../../../shared/contacts/contact-schema';
import type { CallHistoryEntry } from '../../../../shared/history/call-history-schema';
import { canCallBack, dialableText } from '../../app/peer-text';
import { matchesQuery, searchQuery } from '../../app/name-or-number-search';
import { reachOf } from './contact-form';

/** One match the dialer offers while typing: picking it dials `dial`. */
export interface DialSuggestion {
  /** Stable as a list key and an element id. */
  key: string;
  name: string;
  kind: Exclude<PeerKind, 'unknown'>;
  /** The text the dialer calls: an E.164 number or a raw id. */
  dial: string;
  source: 'contact' | 'history';
}

/** Few enough to fit under the field on a small window. */
export const maxDialSuggestions = 5;

/**
 * Contacts and past calls whose name or number holds what is typed: contacts first (favourites
 * first, as the book lists them), then people from the history not already offered. Nothing is
 * offered for fewer than two characters: one digit matches half the book. A national number is
 * read in `defaultCountry`, as the dialer reads it.
 */
export function dialSuggestions(
  typed: string,
  contacts: readonly Contact[],
  history: readonly CallHistoryEntry[],
  defaultCountry?: CountryCode,
): DialSuggestion[] {
  if (typed.trim().length < 2) return [];
  const query = searchQuery(typed, defaultCountry);
  const out: DialSuggestion[] = [];
  const offered = new Set<string>();
  for (const contact of contacts) {
    for (const reach of reachOf(contact)) {
      if (offered.has(reach.dial) || !matchesQuery(query, [contact.name, reach.dial])) continue;
      offered.add(reach.dial);
      out.push({ key: `contact-${contact.id}-${reach.kind}`, name: contact.name, kind: reach.kind, dial: reach.dial, source: 'contact' });
    }
  }
  for (const entry of history) {
    const { peer } = entry;
    if (peer.kind === 'unknown' || !canCallBack(peer)) continue;
    const dial = dialableText(peer);
    if (offered.has(dial) || !matchesQuery(query, [peer.display, peer.rawId])) continue;
    offered.add(dial);
    out.push({ key: `history-${entry.id}`, name: peer.display, kind: peer.kind, dial, source: 'history' });
  }
  // The exact text typed is not a suggestion: Call already dials it.
  return out.filter((suggestion) => suggestion.dial !== typed.trim()).slice(0, maxDialSuggestions);
}
