import { byFavouriteThenName, contactSchema, contactsCap, type Contact } from '../../../shared/contacts/contact-schema';
import type { DocumentCodec } from './document-codec';
import { droppedProblem, salvageList } from './salvage-list';

/** One identity's address book file. */
export interface ContactsDocument {
  contacts: Contact[];
}

/*
 * The file is `{ "contacts": [...] }` (conf keeps an object at the root). A bad contact is
 * dropped and the others kept, as history does; a file that is not that shape at all is kept
 * aside by ValidatedDocumentStore and the book starts empty.
 */
export const contactsCodec: DocumentCodec<ContactsDocument> = {
  label: 'contacts',
  document: 'contacts',
  defaults: () => ({ contacts: [] }),
  decode(raw) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { kind: 'invalid' };
    const { contacts } = raw as { contacts?: unknown };
    if (!Array.isArray(contacts)) return { kind: 'invalid' };
    const { kept, dropped } = salvageList(contacts, contactSchema);
    const overCap = Math.max(0, kept.length - contactsCap);
    const value = { contacts: kept.slice(0, contactsCap).sort(byFavouriteThenName) };
    const extraKeys = Object.keys(raw).filter((key) => key !== 'contacts');
    if (!dropped && !overCap && !extraKeys.length) return { kind: 'valid', value };
    const problems = [
      ...(dropped ? [droppedProblem(dropped, { one: 'contact', many: 'contacts' })] : []),
      ...(overCap ? [`${overCap} contacts over the limit of ${contactsCap} left out`] : []),
      ...(extraKeys.length ? [`unknown keys ignored: ${extraKeys.slice(0, 10).join(', ')}`] : []),
    ];
    return { kind: 'repaired', value, problem: problems.join('; ') };
  },
  encode: (value) => ({ contacts: value.contacts }),
};
