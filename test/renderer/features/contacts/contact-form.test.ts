import { describe, expect, it } from 'vitest';
import { emptyContactFields, fieldsFromPeer, readContactFields, reachOf } from '../../../../renderer/src/features/contacts/contact-form';

const fields = (change: Partial<ReturnType<typeof emptyContactFields>>) => ({ ...emptyContactFields(), ...change });
const teamsGuid = '6b9ab3b4-5c8e-4a52-9d1e-3f0f5e3a7c21';

describe('readContactFields', () => {
  it('stores a number as people write it as E.164, read in the default country', () => {
    expect(readContactFields(fields({ name: ' Ada ', phoneNumber: '030 1234567' }), 'DE')).toEqual({
      ok: true,
      contact: { name: 'Ada', phoneNumber: '+49301234567', favourite: false },
    });
    expect(readContactFields(fields({ name: 'Ada', phoneNumber: 'tel:+1 (425) 555-0123' }), undefined)).toMatchObject({ ok: true, contact: { phoneNumber: '+14255550123' } });
  });

  it('stores ACS and Teams ids as the raw ids the dialer calls', () => {
    expect(readContactFields(fields({ name: 'Bob', acsUserId: ' 8:acs:resource_bob ', teamsUserId: teamsGuid, favourite: true }), undefined)).toEqual({
      ok: true,
      contact: { name: 'Bob', acsUserId: '8:acs:resource_bob', teamsUserId: `8:orgid:${teamsGuid}`, favourite: true },
    });
  });

  it('says per field what is wrong, and stores nothing', () => {
    expect(readContactFields(fields({ name: '' }), undefined)).toEqual({ ok: false, errors: { name: 'nameMissing', phoneNumber: 'noWayToReach' } });
    expect(readContactFields(fields({ name: 'A'.repeat(201), phoneNumber: '0301234567' }), undefined)).toEqual({
      ok: false,
      errors: { name: 'nameTooLong', phoneNumber: 'phoneNeedsCountry' },
    });
    expect(readContactFields(fields({ name: 'Ada\u0007', phoneNumber: '+1 12', acsUserId: '8:acs:', teamsUserId: 'not-a-guid' }), 'DE')).toEqual({
      ok: false,
      errors: { name: 'nameInvalid', phoneNumber: 'phoneInvalid', acsUserId: 'acsInvalid', teamsUserId: 'teamsInvalid' },
    });
    // An ACS id typed in the number field is not a number.
    expect(readContactFields(fields({ name: 'Ada', phoneNumber: '8:acs:resource_bob' }), 'DE')).toMatchObject({ ok: false, errors: { phoneNumber: 'phoneInvalid' } });
  });
});

describe('fieldsFromPeer', () => {
  it('puts the number or id in its field, and the name only when the call gave one', () => {
    expect(fieldsFromPeer({ rawId: '4:+14255550123', kind: 'phoneNumber', display: '+14255550123' })).toEqual(fields({ phoneNumber: '+14255550123' }));
    expect(fieldsFromPeer({ rawId: '8:acs:resource_bob', kind: 'acsUser', display: 'Bob' })).toEqual(fields({ name: 'Bob', acsUserId: '8:acs:resource_bob' }));
    expect(fieldsFromPeer({ rawId: `8:orgid:${teamsGuid}`, kind: 'teamsUser', display: teamsGuid })).toEqual(fields({ teamsUserId: `8:orgid:${teamsGuid}` }));
  });
});

describe('reachOf', () => {
  it('lists the number first, then the ACS and Teams ids', () => {
    const contact = { id: 'c', name: 'Ada', acsUserId: '8:acs:r_a', phoneNumber: '+14255550123', favourite: false };
    expect(reachOf(contact).map((reach) => reach.dial)).toEqual(['+14255550123', '8:acs:r_a']);
  });
});
