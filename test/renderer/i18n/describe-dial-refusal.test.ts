import { describe, expect, it } from 'vitest';
import { parseCallee } from '../../../shared/calls/callee';
import { createTestI18n } from '../support/test-i18n';
import { describeCalleeRefusal, describeDialRefusal } from '../../../renderer/src/i18n/describe-dial-refusal';

const german = createTestI18n('de').global.t;
const english = createTestI18n('en').global.t;

function refusalFor(input: string) {
  const parsed = parseCallee(input);
  if (parsed.ok) throw new Error(`${input} was accepted`);
  return parsed.refusal;
}

describe('describeCalleeRefusal', () => {
  it('keeps the English wording the dialer always had', () => {
    expect(describeCalleeRefusal(refusalFor('+0123'), english)).toBe(
      'That is not a valid phone number: after the + come the country code and number, 7 to 15 digits in all, the first not 0 (e.g. +14255550123).',
    );
    expect(describeCalleeRefusal(refusalFor('8:acs:'), english)).toBe(
      '"8:acs:" is not a complete ACS user id: it looks like 8:acs:<resource id>_<user id>, as your token service issues it.',
    );
  });

  it('says in German what is wrong, quoting what was typed', () => {
    expect(describeCalleeRefusal(refusalFor('+0123'), german)).toMatch(/^Das ist keine gültige Telefonnummer/);
    expect(describeCalleeRefusal(refusalFor('4255550123'), german)).toMatch(/Ländervorwahl/);
    expect(describeCalleeRefusal(refusalFor('8:orgid:kein-guid'), german)).toMatch(/^„8:orgid:kein-guid“ ist keine Teams-Benutzer-ID/);
  });

  it('lists the accepted formats when nothing usable was typed, in either language', () => {
    expect(describeCalleeRefusal(refusalFor('bob'), english)).toBe(
      '"bob" cannot be called. Enter an ACS user id (8:acs:<resource>_<user>), a phone number with its country code (+14255550123), or a Teams user id (8:orgid:<object id>, or the object id alone).',
    );
    expect(describeCalleeRefusal(refusalFor('bob'), german)).toMatch(/^„bob“ kann nicht angerufen werden\. Geben Sie eine ACS-Benutzer-ID \(8:acs:<Ressource>_<Benutzer>\)/);
    expect(describeCalleeRefusal(refusalFor(''), german)).toMatch(/^Kein Ziel eingegeben\. Geben Sie/);
  });

  it('shows text typed with message syntax in it as it is', () => {
    expect(describeCalleeRefusal({ reason: 'notCallable', input: '{formats} @:x | y' }, english)).toMatch(/^"\{formats\} @:x \| y" cannot be called\./);
  });
});

describe('describeDialRefusal', () => {
  it('words the engine refusals in English and German', () => {
    expect(describeDialRefusal({ kind: 'refused', reason: 'notConnected' }, english)).toBe(
      'Not connected to the calling service: wait until you are signed in and ready, then call.',
    );
    expect(describeDialRefusal({ kind: 'refused', reason: 'notConnected' }, german)).toBe(
      'Nicht mit dem Anrufdienst verbunden: Warten Sie, bis Sie angemeldet und bereit sind, und rufen Sie dann an.',
    );
    expect(describeDialRefusal({ kind: 'refused', reason: 'signedOutDuringSetup' }, german)).toBe('Sie wurden abgemeldet, während der Anruf aufgebaut wurde.');
  });

  it('names the caller id setting as Settings labels it', () => {
    expect(describeDialRefusal({ kind: 'refused', reason: 'callerIdMissing' }, english)).toContain('set "Caller id for calls to phone numbers" in Settings');
    expect(describeDialRefusal({ kind: 'refused', reason: 'callerIdMissing' }, german)).toContain('unter „Anrufer-ID für Anrufe an Telefonnummern“ in den Einstellungen');
  });

  it('a callee refusal is worded like the live check', () => {
    const callee = refusalFor('+0123');
    expect(describeDialRefusal({ kind: 'callee', callee }, german)).toBe(describeCalleeRefusal(callee, german));
  });

  it("keeps the SDK's own message after a localized lead-in", () => {
    const detail = 'Call to yourself is not supported. (400/-)';
    expect(describeDialRefusal({ kind: 'notStarted', detail }, english)).toBe(`The call could not start: ${detail}`);
    expect(describeDialRefusal({ kind: 'notStarted', detail }, german)).toBe(`Der Anruf konnte nicht gestartet werden: ${detail}`);
  });
});
