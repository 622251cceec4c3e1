import { describe, expect, it } from 'vitest';
import { transferFailureOf } from '../../../shared/calls/call-transfer';

describe('transfer failures', () => {
  it('reads the SDK\'s own transfer errors first, then the SIP meaning of the code', () => {
    expect(transferFailureOf(400, 46051)).toEqual({ reason: 'notSupported', code: 400, subCode: 46051 });
    expect(transferFailureOf(400, 46052).reason).toBe('targetNotRecognized');
    expect(transferFailureOf(486, 0).reason).toBe('busy');
    expect(transferFailureOf(603, 0).reason).toBe('declined');
    expect(transferFailureOf(480, 0).reason).toBe('unavailable');
    expect(transferFailureOf(408, 0).reason).toBe('noAnswer');
    expect(transferFailureOf(403, 0).reason).toBe('notAllowed');
    expect(transferFailureOf(487, 0).reason).toBe('callEnded');
    expect(transferFailureOf(500, 46050).reason).toBe('unknown');
    expect(transferFailureOf(undefined, undefined)).toEqual({ reason: 'unknown' });
  });

});
