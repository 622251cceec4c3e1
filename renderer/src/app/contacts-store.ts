import { shallowRef, type ShallowRef } from 'vue';
import type { SoftphoneApi } from '../../../shared/ipc/api';
import { byFavouriteThenName, type Contact, type NewContact } from '../../../shared/contacts/contact-schema';

/** What a change came to: nothing (it worked) or main's reason, for the view to show where the user acted. */
export type ContactChangeError = string | undefined;

export interface ContactsStore {
  contacts: ShallowRef<Contact[]>;
  loadError: ShallowRef<string | undefined>;
  add(contact: NewContact): Promise<ContactChangeError>;
  update(contact: Contact): Promise<ContactChangeError>;
  remove(id: string): Promise<ContactChangeError>;
  dispose(): void;
}

/**
 * Mirrors main's address book of the signed-in user, favourites first. Main pushes the whole
 * list after every change (from any window of the same user) and when someone else signs in.
 */
export function createContactsStore(api: SoftphoneApi): ContactsStore {
  const contacts = shallowRef<Contact[]>([]);
  const loadError = shallowRef<string>();
  let pushed = false;
  const show = (list: readonly Contact[]) => {
    contacts.value = [...list].sort(byFavouriteThenName);
  };
  const stop = api.on('contacts.changed', (list) => {
    pushed = true;
    loadError.value = undefined;
    show(list);
  });
  void api.invoke('contacts.list', {}).then((result) => {
    if (!result.ok) loadError.value = result.error.message;
    // A push that arrived while the list was on its way is newer than the list.
    else if (!pushed) show(result.value);
  });
  // The list itself comes back as a push; a reply only says whether it worked.
  const outcome = (result: { ok: true } | { ok: false; error: { message: string } }): ContactChangeError => (result.ok ? undefined : result.error.message);
  return {
    contacts,
    loadError,
    add: async (contact) => outcome(await api.invoke('contacts.add', contact)),
    update: async (contact) => outcome(await api.invoke('contacts.update', contact)),
    remove: async (id) => outcome(await api.invoke('contacts.remove', { id })),
    dispose: stop,
  };
}
