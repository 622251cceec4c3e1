import type { IpcResult } from '../../../shared/ipc/contract';
import { byFavouriteThenName, contactsCap, type Contact, type NewContact } from '../../../shared/contacts/contact-schema';
import type { NoticeText } from '../../../shared/notices/notice-text';
import { englishNotice } from '../../../shared/notices/english-notices';
import type { ContactsDocument } from './contacts-document';
import { DocumentWriteError, type JsonDocumentStore } from './json-document-store';
import type { NoticeBoard } from './notice-board';

export interface ContactsServiceOptions {
  notices: NoticeBoard;
  /** Ids for new contacts; injected so tests get stable ones. */
  newId?: () => string;
  cap?: number;
}

/**
 * One identity's address book, favourites first and then by name. Like history, a change is
 * saved before it is kept: a failed write leaves the file and the list as they were, and the
 * request fails with the reason (the Contacts view shows it where the user pressed Save).
 */
export class ContactsService {
  private contacts: Contact[];
  private readonly listeners = new Set<(contacts: Contact[]) => void>();
  private readonly newId: () => string;
  private readonly cap: number;

  constructor(
    private readonly store: JsonDocumentStore<ContactsDocument>,
    private readonly options: ContactsServiceOptions,
  ) {
    this.newId = options.newId ?? (() => globalThis.crypto.randomUUID());
    this.cap = options.cap ?? contactsCap;
    const loaded = store.load();
    this.contacts = [...loaded.value.contacts].sort(byFavouriteThenName);
    if (loaded.notice) options.notices.post('warning', loaded.notice);
  }

  list(): Contact[] {
    return this.contacts.map((contact) => ({ ...contact }));
  }

  add(contact: NewContact): IpcResult<Contact> {
    if (this.contacts.length >= this.cap) return failed(`You have ${this.cap} contacts, the most this app keeps; delete one first.`);
    const added: Contact = { id: this.newId(), ...contact };
    const saved = this.commit([...this.contacts, added]);
    return saved.ok ? { ok: true, value: { ...added } } : saved;
  }

  /** Replaces the contact with the same id: the edit form sends the whole contact. */
  update(contact: Contact): IpcResult<Contact> {
    if (!this.contacts.some((known) => known.id === contact.id)) return failed('This contact no longer exists (deleted in another window?).');
    const saved = this.commit(this.contacts.map((known) => (known.id === contact.id ? { ...contact } : known)));
    return saved.ok ? { ok: true, value: { ...contact } } : saved;
  }

  /** Deleting one that is already gone succeeds: the user wanted it gone, and it is. */
  remove(id: string): IpcResult<Record<string, never>> {
    if (!this.contacts.some((known) => known.id === id)) return { ok: true, value: {} };
    const saved = this.commit(this.contacts.filter((known) => known.id !== id));
    return saved.ok ? { ok: true, value: {} } : saved;
  }

  onChange(listener: (contacts: Contact[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private commit(next: Contact[]): IpcResult<null> {
    const sorted = [...next].sort(byFavouriteThenName);
    try {
      this.store.save({ contacts: sorted });
    } catch (error) {
      if (!(error instanceof DocumentWriteError)) throw error;
      const notice: NoticeText = { key: 'contactsNotSaved', params: { reason: error.reason } };
      this.options.notices.post('warning', notice);
      return failed(englishNotice(notice));
    }
    this.contacts = sorted;
    for (const listener of [...this.listeners]) listener(this.list());
    return { ok: true, value: null };
  }
}

function failed(message: string): { ok: false; error: { code: 'failed'; message: string } } {
  return { ok: false, error: { code: 'failed', message } };
}
