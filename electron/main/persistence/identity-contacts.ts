import type { Contact } from '../../../shared/contacts/contact-schema';
import type { ContactsDocument } from './contacts-document';
import { ContactsService } from './contacts-service';
import { identityFileName } from './identity-file-name';
import type { JsonDocumentStore } from './json-document-store';
import type { NoticeBoard } from './notice-board';

/** Each identity's address book is `contacts-<hash>.json`, beside its history. */
export function contactsFileName(identity: string): string {
  return identityFileName('contacts', identity);
}

export interface IdentityContactsOptions {
  /** Opens (loads and if need be repairs) the document with this file name. */
  open(name: string): JsonDocumentStore<ContactsDocument>;
  notices: NoticeBoard;
  newId?: () => string;
}

export interface IdentityContactsChange {
  identity: string;
  contacts: Contact[];
}

/**
 * Each signed-in identity's own address book: another user signing in on the same machine
 * sees none of it. A book is opened (and a corrupt file repaired, once) the first time its
 * identity asks for it.
 */
export class IdentityContacts {
  private readonly open = new Map<string, ContactsService>();
  private readonly listeners = new Set<(change: IdentityContactsChange) => void>();

  constructor(private readonly options: IdentityContactsOptions) {}

  for(identity: string): ContactsService {
    const existing = this.open.get(identity);
    if (existing) return existing;
    const service = new ContactsService(this.options.open(contactsFileName(identity)), {
      notices: this.options.notices,
      ...(this.options.newId ? { newId: this.options.newId } : {}),
    });
    service.onChange((contacts) => {
      for (const listener of [...this.listeners]) listener({ identity, contacts });
    });
    this.open.set(identity, service);
    return service;
  }

  /** Every change to any identity's contacts, with whose they were. */
  onChange(listener: (change: IdentityContactsChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
