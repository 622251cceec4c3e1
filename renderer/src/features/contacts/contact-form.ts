import { parseCallee } from '../../../../shared/calls/callee';
import type { Peer } from '../../../../shared/calls/call-view';
import type { CountryCode } from '../../../../shared/calls/phone-number';
import { maxContactNameLength, newContactSchema, type Contact, type NewContact } from '../../../../shared/contacts/contact-schema';
import { dialableText } from '../../app/peer-text';

/*
 * The add/edit form's rules, pure so they are tested without mounting: what the user typed
 * becomes a contact in the form the dialer calls (E.164, raw ids), or a reason per field.
 */

/** The form's fields as typed. */
export interface ContactFields {
  name: string;
  phoneNumber: string;
  acsUserId: string;
  teamsUserId: string;
  favourite: boolean;
}

/** Why a field was refused; each is a message `contacts.errors.<reason>`. */
export type ContactFieldError = 'nameMissing' | 'nameTooLong' | 'nameInvalid' | 'phoneInvalid' | 'phoneNeedsCountry' | 'acsInvalid' | 'teamsInvalid' | 'noWayToReach';
export type ContactFieldErrors = Partial<Record<'name' | 'phoneNumber' | 'acsUserId' | 'teamsUserId', ContactFieldError>>;

export type ContactFormResult = { ok: true; contact: NewContact } | { ok: false; errors: ContactFieldErrors };

export const emptyContactFields = (): ContactFields => ({ name: '', phoneNumber: '', acsUserId: '', teamsUserId: '', favourite: false });

/** The fields for editing a stored contact. */
export function fieldsOf(contact: Contact | NewContact): ContactFields {
  return {
    name: contact.name,
    phoneNumber: contact.phoneNumber ?? '',
    acsUserId: contact.acsUserId ?? '',
    teamsUserId: contact.teamsUserId ?? '',
    favourite: contact.favourite,
  };
}

/**
 * A new contact's fields for someone from the history or a call: the name when the call gave
 * one (not just the number again), and the number or id in its own field.
 */
export function fieldsFromPeer(peer: Peer): ContactFields {
  const fields = emptyContactFields();
  const reach = dialableText(peer);
  if (peer.kind === 'phoneNumber') fields.phoneNumber = reach;
  else if (peer.kind === 'acsUser') fields.acsUserId = reach;
  else if (peer.kind === 'teamsUser') fields.teamsUserId = reach;
  const name = peer.display.trim();
  if (name && ![reach, peer.rawId, reach.replace(/^8:orgid:/, '')].includes(name)) fields.name = name.slice(0, maxContactNameLength);
  return fields;
}

/** Reads the form: each way to reach is checked the way the dialer checks it, in the same country. */
export function readContactFields(fields: ContactFields, defaultCountry: CountryCode | undefined): ContactFormResult {
  const errors: ContactFieldErrors = {};
  const contact: NewContact = { name: fields.name.trim(), favourite: fields.favourite };
  if (!contact.name) errors.name = 'nameMissing';
  else if (contact.name.length > maxContactNameLength) errors.name = 'nameTooLong';
  else if (/[\p{Cc}\u2028\u2029]/u.test(contact.name)) errors.name = 'nameInvalid';

  const phone = fields.phoneNumber.trim();
  if (phone) {
    const parsed = parseCallee(phone.startsWith('tel:') || phone.startsWith('4:') ? phone : `tel:${phone}`, { defaultCountry });
    if (parsed.ok && parsed.kind === 'phoneNumber') contact.phoneNumber = parsed.display;
    else errors.phoneNumber = !parsed.ok && parsed.refusal.reason === 'missingCountryCode' ? 'phoneNeedsCountry' : 'phoneInvalid';
  }
  const acs = fields.acsUserId.trim();
  if (acs) {
    const parsed = parseCallee(acs);
    if (parsed.ok && parsed.kind === 'acsUser') contact.acsUserId = parsed.rawId;
    else errors.acsUserId = 'acsInvalid';
  }
  const teams = fields.teamsUserId.trim();
  if (teams) {
    const parsed = parseCallee(teams);
    if (parsed.ok && parsed.kind === 'teamsUser') contact.teamsUserId = parsed.rawId;
    else errors.teamsUserId = 'teamsInvalid';
  }
  if (!phone && !acs && !teams) errors.phoneNumber = 'noWayToReach';
  if (Object.keys(errors).length) return { ok: false, errors };
  // The same schema main checks with: what passes here is what main stores.
  const checked = newContactSchema.safeParse(contact);
  return checked.success ? { ok: true, contact: checked.data } : { ok: false, errors: { phoneNumber: 'phoneInvalid' } };
}

/** The ways to reach a contact, in the order the list shows them and the Call button uses them. */
export function reachOf(contact: Contact): { kind: 'phoneNumber' | 'acsUser' | 'teamsUser'; dial: string }[] {
  return [
    ...(contact.phoneNumber ? [{ kind: 'phoneNumber' as const, dial: contact.phoneNumber }] : []),
    ...(contact.acsUserId ? [{ kind: 'acsUser' as const, dial: contact.acsUserId }] : []),
    ...(contact.teamsUserId ? [{ kind: 'teamsUser' as const, dial: contact.teamsUserId }] : []),
  ];
}
