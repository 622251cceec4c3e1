// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { shallowRef } from 'vue';
import { describe, expect, it } from 'vitest';
import ContactsList from '../../../../renderer/src/features/contacts/ContactsList.vue';
import FavouriteContacts from '../../../../renderer/src/features/contacts/FavouriteContacts.vue';
import type { ContactsStore } from '../../../../renderer/src/app/contacts-store';
import type { Contact, NewContact } from '../../../../shared/contacts/contact-schema';
import '../../support/i18n-for-mounts';

const ada: Contact = { id: 'c1', name: 'Ada', phoneNumber: '+14255550123', favourite: false };
const bob: Contact = { id: 'c2', name: 'Bob', acsUserId: '8:acs:r_bob', favourite: true };

/** A store that records what the view asked of main; `fail` makes every change fail with that reason. */
function fakeStore(contacts: Contact[], fail?: string) {
  const calls: string[] = [];
  const store: ContactsStore = {
    contacts: shallowRef(contacts),
    loadError: shallowRef(undefined),
    add: async (contact: NewContact) => (calls.push(`add ${contact.name} ${contact.phoneNumber ?? contact.acsUserId ?? ''} favourite=${contact.favourite}`), fail),
    update: async (contact: Contact) => (calls.push(`update ${contact.id} favourite=${contact.favourite} name=${contact.name}`), fail),
    remove: async (id: string) => (calls.push(`remove ${id}`), fail),
    dispose: () => {},
  };
  return { store, calls };
}

const mountList = (store: ContactsStore, canCall = true) => mount(ContactsList, { props: { store, canCall, defaultCountry: 'DE', draft: undefined }, attachTo: document.body });

describe('ContactsList', () => {
  it('calls a contact on their first way to reach them', async () => {
    const { store } = fakeStore([ada, bob]);
    const wrapper = mountList(store);
    await wrapper.findAll('[data-testid="contact-call"]')[0]?.trigger('click');
    expect(wrapper.emitted('call')).toEqual([['+14255550123']]);
    wrapper.unmount();
  });

  it('adds through the form, the number stored as E.164 in the default country', async () => {
    const { store, calls } = fakeStore([]);
    const wrapper = mountList(store);
    await wrapper.get('[data-testid="contact-add"]').trigger('click');
    await wrapper.get('[data-testid="contact-name"]').setValue('Carol');
    await wrapper.get('[data-testid="contact-phoneNumber"]').setValue('030 1234567');
    await wrapper.get('[data-testid="contact-form"]').trigger('submit');
    await flushPromises();
    expect(calls).toEqual(['add Carol +49301234567 favourite=false']);
    expect(wrapper.find('[data-testid="contact-form"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('keeps the form and what was typed when main cannot save it, and says why', async () => {
    const { store } = fakeStore([], 'ENOSPC: no space left on device');
    const wrapper = mountList(store);
    await wrapper.get('[data-testid="contact-add"]').trigger('click');
    await wrapper.get('[data-testid="contact-name"]').setValue('Carol');
    await wrapper.get('[data-testid="contact-acsUserId"]').setValue('8:acs:r_carol');
    await wrapper.get('[data-testid="contact-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="contact-save-error"]').text()).toBe('The contact was not saved: ENOSPC: no space left on device');
    expect((wrapper.get('[data-testid="contact-name"]').element as HTMLInputElement).value).toBe('Carol');
    wrapper.unmount();
  });

  it('stars and unstars, and deletes only once confirmed', async () => {
    const { store, calls } = fakeStore([bob, ada]);
    const wrapper = mountList(store);
    await wrapper.findAll('[data-testid="contact-favourite"]')[1]?.trigger('click');
    await wrapper.findAll('[data-testid="contact-delete"]')[0]?.trigger('click');
    await wrapper.get('[data-testid="contact-delete-cancel"]').trigger('click');
    await wrapper.findAll('[data-testid="contact-delete"]')[0]?.trigger('click');
    await wrapper.get('[data-testid="contact-delete-confirm"]').trigger('click');
    await flushPromises();
    expect(calls).toEqual(['update c1 favourite=true name=Ada', 'remove c2']);
    wrapper.unmount();
  });

  it('opens the form filled in from a call', async () => {
    const { store } = fakeStore([]);
    const draft = { name: 'Erin', phoneNumber: '', acsUserId: '8:acs:r_erin', teamsUserId: '', favourite: false };
    const wrapper = mount(ContactsList, { props: { store, canCall: true, defaultCountry: undefined, draft } });
    expect((wrapper.get('[data-testid="contact-acsUserId"]').element as HTMLInputElement).value).toBe('8:acs:r_erin');
    expect(wrapper.emitted('draftTaken')).toHaveLength(1);
  });
});

describe('FavouriteContacts', () => {
  it('shows only the starred contacts, one click from a call, and nothing when none are starred', async () => {
    const wrapper = mount(FavouriteContacts, { props: { contacts: [bob, ada], canCall: true } });
    const buttons = wrapper.findAll('[data-testid="favourite-call"]');
    expect(buttons.map((button) => button.text())).toEqual(['Bob']);
    await buttons[0]?.trigger('click');
    expect(wrapper.emitted('call')).toEqual([['8:acs:r_bob']]);
    expect(mount(FavouriteContacts, { props: { contacts: [ada], canCall: true } }).find('[data-testid="favourites"]').exists()).toBe(false);
  });
});
