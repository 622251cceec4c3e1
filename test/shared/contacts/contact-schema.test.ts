import { describe, expect, it } from 'vitest';
import { byFavouriteThenName, contactSchema, newContactSchema, type Contact } from '../../../shared/contacts/contact-schema';

describe('newContactSchema', () => {
  it('takes a name with any of a phone number, an ACS id or a Teams id', () => {
    expect(newContactSchema.safeParse({ name: ' Ada ', phoneNumber: '+14255550123', favourite: false })).toMatchObject({ success: true, data: { name: 'Ada' } });
    expect(newContactSchema.safeParse({ name: 'Ada', acsUserId: '8:acs:resource_user', favourite: true }).success).toBe(true);
    expect(newContactSchema.safeParse({ name: 'Ada', teamsUserId: '8:orgid:6b9ab3b4-5c8e-4a52-9d1e-3f0f5e3a7c21', favourite: false }).success).toBe(true);
  });

  it.each([
    ['no way to reach them', { name: 'Ada', favourite: false }],
    ['an empty name', { name: '   ', phoneNumber: '+14255550123', favourite: false }],
    ['a huge name', { name: 'A'.repeat(201), phoneNumber: '+14255550123', favourite: false }],
    ['a name with control characters', { name: 'Ada\u0000\u001b[2J', phoneNumber: '+14255550123', favourite: false }],
    ['a national number', { name: 'Ada', phoneNumber: '030 1234567', favourite: false }],
    ['a huge number', { name: 'Ada', phoneNumber: `+1${'5'.repeat(100_000)}`, favourite: false }],
    ['an incomplete ACS id', { name: 'Ada', acsUserId: '8:acs:', favourite: false }],
    ['a Teams id that is no GUID', { name: 'Ada', teamsUserId: '8:orgid:not-a-guid', favourite: false }],
    ['an id of its own', { id: 'mine', name: 'Ada', phoneNumber: '+14255550123', favourite: false }],
    ['an unknown key', { name: 'Ada', phoneNumber: '+14255550123', favourite: false, __proto__x: 1 }],
  ])('refuses %s', (_what, value) => {
    expect(newContactSchema.safeParse(value).success).toBe(false);
  });

  it('refuses a stored contact with an id over 100 characters', () => {
    expect(contactSchema.safeParse({ id: 'x'.repeat(101), name: 'Ada', phoneNumber: '+14255550123', favourite: false }).success).toBe(false);
  });
});

describe('byFavouriteThenName', () => {
  it('puts favourites first, then names in alphabetical order whatever their case', () => {
    const contact = (name: string, favourite: boolean): Contact => ({ id: name, name, phoneNumber: '+14255550123', favourite });
    const sorted = [contact('bob', false), contact('Zed', true), contact('alice', false), contact('Amy', true)].sort(byFavouriteThenName);
    expect(sorted.map((item) => item.name)).toEqual(['Amy', 'Zed', 'alice', 'bob']);
  });
});
