import { describe, expect, it } from 'vitest';
import { describeTransfer, describeTransferRefusal, historyTransferText } from '../../../renderer/src/i18n/describe-transfer';
import { createTestI18n } from '../support/test-i18n';

const german = createTestI18n('de').global.t;
const english = createTestI18n('en').global.t;
const carol = { rawId: '8:orgid:45ab2481-1c1c-4005-be24-0ffb879b1130', kind: 'teamsUser' as const, display: 'Carol' };
const bob = { rawId: '8:acs:resource_bob', kind: 'acsUser' as const, display: 'Bob' };

describe('transfer failures', () => {
  it('say why with the codes, or without when the SDK gave none', () => {
    expect(describeTransfer({ peer: bob }, { kind: 'byYou', state: 'failed', to: { peer: carol }, failure: { reason: 'declined', code: 603, subCode: 0 } }, english)).toEqual({
      text: 'Transfer to Carol failed: it was declined. (603/0)',
      failed: true,
    });
    expect(describeTransfer({ peer: bob }, { kind: 'byYou', state: 'failed', to: { peer: carol, voicemail: true }, failure: { reason: 'unknown' } }, german)?.text).toBe(
      'Weiterverbinden mit Voicemail von Carol fehlgeschlagen: Der Dienst hat keinen Grund genannt.',
    );
  });
});

describe('transfer words', () => {
  it('while the other side transfers us, the call says so until it drops', () => {
    expect(describeTransfer({ peer: bob }, { kind: 'away', to: carol }, german)?.text).toBe('Bob verbindet Sie mit Carol …');
  });

  it('a refusal, in the transfer\'s words or the dialer\'s', () => {
    expect(describeTransferRefusal({ kind: 'transfer', reason: 'voicemailNeedsTeams' }, german)).toBe('An die Voicemail verbinden erfordert eine Teams-Anmeldung.');
    expect(describeTransferRefusal({ kind: 'callee', callee: { reason: 'notCallable', input: 'bob' } }, english)).toMatch(/^"bob" cannot be called\./);
  });

  it('history says to whom and by whom', () => {
    expect(historyTransferText({ transferredTo: carol, transferredToVoicemail: true, transferredBy: bob }, english)).toEqual(["Transferred to Carol's voicemail", 'Transferred by Bob']);
    expect(historyTransferText({}, german)).toEqual([]);
  });
});
