import { describe, expect, it } from 'vitest';
import { createContactsStore } from '../../../renderer/src/app/contacts-store';
import type { SoftphoneApi } from '../../../shared/ipc/api';
import type { Contact } from '../../../shared/contacts/contact-schema';
import { flushPromises } from '@vue/test-utils';

const ada: Contact = { id: 'c1', name: 'Ada', phoneNumber: '+14255550123', favourite: false };
const bob: Contact = { id: 'c2', name: 'Bob', acsUserId: '8:acs:r_bob', favourite: true };

/** An api answering from a script, and pushing events when the test says so. */
function fakeApi(replies: Record<string, unknown>) {
  const listeners = new Map<string, (payload: unknown) => void>();
  const sent: [string, unknown][] = [];
  const api = {
    invoke: async (channel: string, request: unknown) => {
      sent.push([channel, request]);
      return replies[channel] ?? { ok: true, value: {} };
    },
    on: (channel: string, listener: (payload: unknown) => void) => {
      listeners.set(channel, listener);
      return () => listeners.delete(channel);
    },
  } as unknown as SoftphoneApi;
  return { api, sent, push: (channel: string, payload: unknown) => listeners.get(channel)?.(payload) };
}

describe('createContactsStore', () => {
  it('lists main\'s contacts favourites first, and follows what main pushes', async () => {
    const { api, push } = fakeApi({ 'contacts.list': { ok: true, value: [ada, bob] } });
    const store = createContactsStore(api);
    await flushPromises();
    expect(store.contacts.value.map((contact) => contact.id)).toEqual(['c2', 'c1']);
    push('contacts.changed', [ada]);
    expect(store.contacts.value).toEqual([ada]);
    store.dispose();
    push('contacts.changed', []);
    expect(store.contacts.value).toEqual([ada]);
  });

  it('keeps a push that overtook the first list', async () => {
    const { api, push } = fakeApi({ 'contacts.list': { ok: true, value: [ada, bob] } });
    const store = createContactsStore(api);
    push('contacts.changed', [bob]);
    await flushPromises();
    expect(store.contacts.value).toEqual([bob]);
  });

  it('answers a change with main\'s reason when it failed, and nothing when it worked', async () => {
    const { api, sent } = fakeApi({ 'contacts.list': { ok: true, value: [] }, 'contacts.add': { ok: false, error: { code: 'failed', message: 'disk full' } } });
    const store = createContactsStore(api);
    expect(await store.add({ name: 'Ada', phoneNumber: '+14255550123', favourite: false })).toBe('disk full');
    expect(await store.remove('c1')).toBeUndefined();
    expect(sent.at(-1)).toEqual(['contacts.remove', { id: 'c1' }]);
  });
});
