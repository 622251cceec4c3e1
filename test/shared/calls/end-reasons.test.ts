import { describe, expect, it } from 'vitest';
import { describeEndReason } from '../../../shared/calls/end-reasons';

describe('describeEndReason', () => {
  it.each([
    [0, 0, 'completed', 'ended'],
    [487, 0, 'cancelled', 'cancelledBeforeAnswer'],
    [603, 0, 'declined', 'declined'],
    [487, 10024, 'declined', 'declined'],
    [486, 560486, 'busy', 'numberBusy'],
    [404, 560404, 'unavailable', 'numberNotFound'],
    [480, 10037, 'unavailable', 'notSignedInAnywhere'],
    [480, 560480, 'noAnswer', 'didNotAnswer'],
    [408, 10057, 'noAnswer', 'nobodyAnswered'],
    [410, 3101, 'failed', 'droppedLocalNetwork'],
    [410, 301005, 'failed', 'audioConnectionLost'],
    [410, 3112, 'failed', 'firewallBlocks'],
    [403, 560403, 'failed', 'refusedByNetwork'],
    [0, 560000, 'completed', 'phoneHungUp'],
  ])('%i/%i is %s: %s', (code, subCode, kind, reason) => {
    expect(describeEndReason({ code, subCode }, 'outgoing')).toMatchObject({ kind, reason, codes: `${code}/${subCode}`, code, subCode });
  });

  it('says whether calling again may help, and what to do', () => {
    expect(describeEndReason({ code: 410, subCode: 3101 }, 'outgoing')).toMatchObject({ retryable: true, action: 'checkNetwork' });
    expect(describeEndReason({ code: 410, subCode: 3112 }, 'outgoing')).toMatchObject({ retryable: false, action: 'allowFirewall' });
    expect(describeEndReason({ code: 403, subCode: 560403 }, 'outgoing').action).toBe('checkCallerId');
    expect(describeEndReason({ code: 0, subCode: 0 }, 'outgoing')).not.toHaveProperty('action');
  });

  it('a subCode the table lacks falls back to the code', () => {
    expect(describeEndReason({ code: 486, subCode: 0 }, 'outgoing')).toMatchObject({ kind: 'busy', reason: 'busy', codes: '486/0' });
    expect(describeEndReason({ code: 603 }, 'outgoing')).toMatchObject({ kind: 'declined', codes: '603/-' });
  });

  it('an unknown code comes back with its raw values', () => {
    expect(describeEndReason({ code: 599, subCode: 12345 }, 'outgoing')).toMatchObject({ kind: 'failed', reason: 'unknown', codes: '599/12345', code: 599, subCode: 12345, action: 'callAgain' });
    expect(describeEndReason({ code: 599 }, 'outgoing')).toMatchObject({ reason: 'unknownWithoutSubCode', codes: '599/-', code: 599 });
  });

  it('an unanswered incoming call is a missed call', () => {
    expect(describeEndReason({ code: 487, subCode: 0 }, 'incoming').reason).toBe('missedCallerHungUp');
    expect(describeEndReason({ code: 487, subCode: 10004 }, 'incoming').reason).toBe('missedNotAnswered');
    expect(describeEndReason({ code: 487, subCode: 10003 }, 'incoming').reason).toBe('answeredElsewhere');
    expect(describeEndReason({ code: 487, subCode: 0 }, 'outgoing').reason).toBe('cancelledBeforeAnswer');
  });

  it('no reason at all is an ordinary end without codes', () => {
    expect(describeEndReason(undefined, 'outgoing')).toMatchObject({ kind: 'completed', reason: 'endedNoReason', codes: '' });
  });
});

describe('network errors seen from the real SDK offline', () => {
  it('explains 490/4525 specifically and offers a retry', () => {
    expect(describeEndReason({ code: 490, subCode: 4525 }, 'outgoing')).toMatchObject({ reason: 'serviceUnreachable', retryable: true, action: 'checkNetwork' });
  });
});
