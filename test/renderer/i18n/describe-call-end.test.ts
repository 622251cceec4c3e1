import { describe, expect, it } from 'vitest';
import { describeEndReason } from '../../../shared/calls/end-reasons';
import { createTestI18n } from '../support/test-i18n';
import { describeCallEnd } from '../../../renderer/src/i18n/describe-call-end';
import { describeCallFailure } from '../../../renderer/src/i18n/describe-call-failure';

const german = createTestI18n('de').global.t;
const english = createTestI18n('en').global.t;

describe('describeCallEnd', () => {
  it('explains a known end in English and in German', () => {
    const end = describeEndReason({ code: 410, subCode: 3101 }, 'outgoing');
    expect(describeCallEnd(end, english)).toEqual({
      title: 'Call dropped',
      explanation: 'The call dropped because this computer lost its network connection.',
      action: 'Check the network connection, then call again.',
    });
    expect(describeCallEnd(end, german)).toEqual({
      title: 'Anruf unterbrochen',
      explanation: 'Der Anruf wurde unterbrochen, weil dieser Computer die Netzwerkverbindung verloren hat.',
      action: 'Prüfen Sie die Netzwerkverbindung und rufen Sie dann erneut an.',
    });
  });

  it('an end that needs nothing done has no action', () => {
    expect(describeCallEnd(describeEndReason({ code: 0, subCode: 0 }, 'outgoing'), german).action).toBe('');
  });

  it('an incoming call the caller gave up on is a missed call', () => {
    expect(describeCallEnd(describeEndReason({ code: 487, subCode: 0 }, 'incoming'), english).title).toBe('Missed call');
    expect(describeCallEnd(describeEndReason({ code: 487, subCode: 0 }, 'incoming'), german).title).toBe('Verpasster Anruf');
  });

  it('an unknown code is quoted with its codes in either language', () => {
    const end = describeEndReason({ code: 599, subCode: 12345 }, 'outgoing');
    expect(describeCallEnd(end, english).explanation).toBe('The call ended with code 599, subCode 12345, which this app does not know.');
    expect(describeCallEnd(end, german).explanation).toBe('Der Anruf endete mit code 599, subCode 12345; diese Kombination kennt die App nicht.');
    expect(describeCallEnd(describeEndReason({ code: 599 }, 'outgoing'), english).explanation).toBe('The call ended with code 599, subCode none, which this app does not know.');
    expect(describeCallEnd(describeEndReason({ code: 599 }, 'outgoing'), german).explanation).toContain('599');
  });
});

describe('describeCallFailure', () => {
  it('a call that ended in failure reads like its end reason', () => {
    const end = describeEndReason({ code: 490, subCode: 4525 }, 'outgoing');
    expect(describeCallFailure({ kind: 'ended', end, retryable: true }, german)).toEqual({
      title: 'Anrufdienst nicht erreichbar',
      message: 'Der Anruf konnte nicht aufgebaut werden, weil die Endpunkte von Azure Communication Services nicht erreichbar waren.',
      action: 'Prüfen Sie die Netzwerkverbindung und rufen Sie dann erneut an.',
    });
  });

  it('a call that could not start keeps the SDK’s message and codes as they are', () => {
    const failure = { kind: 'notStarted', detail: 'Cannot call yourself (400/12345)', retryable: false } as const;
    expect(describeCallFailure(failure, english)).toEqual({
      title: 'The call could not start',
      message: 'Cannot call yourself (400/12345)',
      action: 'Check the number or id, then call again.',
    });
    expect(describeCallFailure(failure, german)).toMatchObject({ title: 'Der Anruf konnte nicht starten', message: 'Cannot call yourself (400/12345)' });
  });

  it('a call that could not be answered says so in German', () => {
    expect(describeCallFailure({ kind: 'notAnswered', detail: 'gone', retryable: true }, german).title).toBe('Der Anruf konnte nicht angenommen werden');
  });
});
