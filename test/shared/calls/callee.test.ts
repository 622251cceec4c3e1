import { describe, expect, it } from 'vitest';
import { createIdentifierFromRawId } from '@azure/communication-common';
import { parseCallee, peerFromIdentifier } from '../../../shared/calls/callee';

const guid = '45ab2481-1c1c-4005-be24-0ffb879b1130';
const acsUser = '8:acs:1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000027-3b6e-d2f4-5f8b-0d3a0d000e21';

describe('parseCallee', () => {
  it.each([
    [acsUser, 'acsUser', acsUser],
    [`  ${acsUser}\n`, 'acsUser', acsUser],
    ['8:gcch-acs:resource_user', 'acsUser', '8:gcch-acs:resource_user'],
    ['8:dod-acs:resource_user', 'acsUser', '8:dod-acs:resource_user'],
    ['8:spool:resource_user', 'acsUser', '8:spool:resource_user'],
    ['+14255550123', 'phoneNumber', '4:+14255550123'],
    ['+1 (425) 555-0123', 'phoneNumber', '4:+14255550123'],
    ['+44 20 7946 0958', 'phoneNumber', '4:+442079460958'],
    ['+49.30.1234567', 'phoneNumber', '4:+49301234567'],
    ['4:+14255550123', 'phoneNumber', '4:+14255550123'],
    [`8:orgid:${guid}`, 'teamsUser', `8:orgid:${guid}`],
    [`8:gcch:${guid}`, 'teamsUser', `8:gcch:${guid}`],
    [`8:dod:${guid}`, 'teamsUser', `8:dod:${guid}`],
    [guid, 'teamsUser', `8:orgid:${guid}`],
    [guid.toUpperCase(), 'teamsUser', `8:orgid:${guid}`],
  ])('%j is a %s with raw id %s', (input, kind, rawId) => {
    expect(parseCallee(input)).toMatchObject({ ok: true, kind, rawId });
  });

  it('shows a phone number as the number itself', () => {
    expect(parseCallee('+1 425 555 0123')).toEqual({ ok: true, kind: 'phoneNumber', rawId: '4:+14255550123', display: '+14255550123' });
  });

  it.each(['4255550123', '(425) 555-0123', '004414255550123', '4:14255550123'])('refuses %j without a + and asks for the country code', (input) => {
    expect(parseCallee(input)).toEqual({ ok: false, refusal: { reason: 'missingCountryCode', input } });
  });

  it.each(['+0123456789', '+1425', '+1234567890123456', '4:+0123456789'])('refuses the malformed number %j', (input) => {
    expect(parseCallee(input)).toEqual({ ok: false, refusal: { reason: 'invalidPhoneNumber', input } });
  });

  it.each([
    ['', 'empty', ''],
    ['   ', 'empty', ''],
    ['bob', 'notCallable', 'bob'],
    ['bob@example.com', 'notCallable', 'bob@example.com'],
    ['+1425555012a', 'notCallable', '+1425555012a'],
    [' 8:acs: ', 'incompleteAcsUserId', '8:acs:'],
    ['8:acs:no-underscore', 'incompleteAcsUserId', '8:acs:no-underscore'],
    ['8:orgid:not-a-guid', 'invalidTeamsUserId', '8:orgid:not-a-guid'],
    ['8:teamsvisitor:abc', 'anonymousTeamsUser', '8:teamsvisitor:abc'],
    ['28:orgid:bot', 'notCallable', '28:orgid:bot'],
  ])('refuses %j for the reason %s, quoting the text as typed (%j)', (text, reason, input) => {
    expect(parseCallee(text)).toEqual({ ok: false, refusal: { reason, input } });
  });
});

describe('parseCallee with a default country', () => {
  it.each([
    ['030 1234567', 'DE', '+49301234567'],
    ['(030) 123-4567', 'DE', '+49301234567'],
    ['0049 30 1234567', 'DE', '+49301234567'],
    ['+49 (0)30 1234567', 'DE', '+49301234567'],
    ['0170 1234567', 'DE', '+491701234567'],
    ['(425) 555-0123', 'US', '+14255550123'],
    ['425.555.0123', 'US', '+14255550123'],
    ['011 44 20 7946 0958', 'US', '+442079460958'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['01 23 45 67 89', 'FR', '+33123456789'],
    ['+1 425 555 0123', 'DE', '+14255550123'],
  ] as const)('reads %j in %s as %s', (input, defaultCountry, e164) => {
    expect(parseCallee(input, { defaultCountry })).toEqual({ ok: true, kind: 'phoneNumber', rawId: `4:${e164}`, display: e164 });
  });

  it.each([
    ['tel:+1-425-555-0123', undefined, '+14255550123'],
    ['TEL:+49-30-1234567;ext=12', undefined, '+49301234567'],
    ['tel:030 1234567', 'DE', '+49301234567'],
  ] as const)('takes the number out of the tel: URI %j', (input, defaultCountry, e164) => {
    expect(parseCallee(input, { defaultCountry })).toMatchObject({ ok: true, kind: 'phoneNumber', rawId: `4:${e164}` });
  });

  it.each([
    ['Call me at +49 30 1234567, thanks', undefined, '+49301234567'],
    ['Tel.: (030) 1234567 (office)', 'DE', '+49301234567'],
    ['Phone: (425) 555-0123 x', 'US', '+14255550123'],
  ] as const)('finds the one number in the pasted text %j', (input, defaultCountry, e164) => {
    expect(parseCallee(input, { defaultCountry })).toMatchObject({ ok: true, rawId: `4:${e164}` });
  });

  it('does not guess between two numbers in pasted text', () => {
    expect(parseCallee('office 030 1234567 or mobile 0170 1234567', { defaultCountry: 'DE' })).toMatchObject({ ok: false, refusal: { reason: 'notCallable' } });
  });

  it('refuses a national number that is not one in the default country, naming the country', () => {
    expect(parseCallee('0123', { defaultCountry: 'DE' })).toEqual({ ok: false, refusal: { reason: 'invalidPhoneNumber', input: '0123', country: 'DE' } });
    expect(parseCallee('555-01', { defaultCountry: 'US' })).toEqual({ ok: false, refusal: { reason: 'invalidPhoneNumber', input: '555-01', country: 'US' } });
  });

  it('still refuses garbage and short international numbers whatever the country', () => {
    expect(parseCallee('bob', { defaultCountry: 'DE' })).toEqual({ ok: false, refusal: { reason: 'notCallable', input: 'bob' } });
    expect(parseCallee('+1425', { defaultCountry: 'US' })).toEqual({ ok: false, refusal: { reason: 'invalidPhoneNumber', input: '+1425' } });
    expect(parseCallee('*31#', { defaultCountry: 'DE' })).toMatchObject({ ok: false, refusal: { reason: 'notCallable' } });
  });

  it('keeps "4:" raw ids international: no default country makes them national', () => {
    expect(parseCallee('4:14255550123', { defaultCountry: 'US' })).toEqual({ ok: false, refusal: { reason: 'missingCountryCode', input: '4:14255550123' } });
  });

  it('keeps ACS and Teams ids as they are', () => {
    expect(parseCallee(acsUser, { defaultCountry: 'DE' })).toMatchObject({ ok: true, kind: 'acsUser', rawId: acsUser });
    expect(parseCallee(guid, { defaultCountry: 'US' })).toMatchObject({ ok: true, kind: 'teamsUser', rawId: `8:orgid:${guid}` });
  });
});

describe('peerFromIdentifier', () => {
  it('prefers the display name, else a readable id', () => {
    expect(peerFromIdentifier(createIdentifierFromRawId('8:acs:r_carol'), ' Carol ')).toEqual({ rawId: '8:acs:r_carol', kind: 'acsUser', display: 'Carol' });
    expect(peerFromIdentifier(createIdentifierFromRawId('4:+14255550199'))).toEqual({ rawId: '4:+14255550199', kind: 'phoneNumber', display: '+14255550199' });
    expect(peerFromIdentifier(createIdentifierFromRawId(`8:orgid:${guid}`))).toMatchObject({ kind: 'teamsUser', display: guid });
    expect(peerFromIdentifier(createIdentifierFromRawId('28:orgid:bot'))).toMatchObject({ kind: 'unknown', rawId: '28:orgid:bot' });
  });

  it('a caller the SDK cannot identify is an unknown caller', () => {
    expect(peerFromIdentifier(undefined)).toEqual({ rawId: 'unknown', kind: 'unknown', display: 'Unknown caller' });
  });
});
