import { describe, expect, it } from 'vitest';
import { describeEndReason } from '../../../shared/calls/end-reasons';

describe('describeEndReason', () => {
  it.each([
    [0, 0, 'completed', 'Call ended'],
    [487, 0, 'cancelled', 'Call cancelled'],
    [603, 0, 'declined', 'Call declined'],
    [487, 10024, 'declined', 'Call declined'],
    [486, 560486, 'busy', 'Busy'],
    [404, 560404, 'unavailable', 'Number not found'],
    [480, 10037, 'unavailable', 'Not available'],
    [480, 560480, 'noAnswer', 'No answer'],
    [408, 10057, 'noAnswer', 'No answer'],
    [410, 3101, 'failed', 'Call dropped'],
    [410, 301005, 'failed', 'Call dropped'],
    [410, 3112, 'failed', 'Call could not connect'],
    [403, 560403, 'failed', 'Call refused by the network'],
    [0, 560000, 'completed', 'Call ended'],
  ])('%i/%i is %s: "%s"', (code, subCode, kind, title) => {
    expect(describeEndReason({ code, subCode }, 'outgoing')).toMatchObject({ kind, title, codes: `${code}/${subCode}` });
  });

  it('says whether calling again may help', () => {
    expect(describeEndReason({ code: 410, subCode: 3101 }, 'outgoing')).toMatchObject({ retryable: true, action: expect.stringMatching(/network/i) });
    expect(describeEndReason({ code: 410, subCode: 3112 }, 'outgoing')).toMatchObject({ retryable: false, action: expect.stringMatching(/firewall/i) });
    expect(describeEndReason({ code: 403, subCode: 560403 }, 'outgoing').action).toMatch(/caller id/i);
  });

  it('a subCode the table lacks falls back to the code', () => {
    expect(describeEndReason({ code: 486, subCode: 0 }, 'outgoing')).toMatchObject({ kind: 'busy', title: 'Busy', codes: '486/0' });
    expect(describeEndReason({ code: 603 }, 'outgoing')).toMatchObject({ kind: 'declined', codes: '603/-' });
  });

  it('an unknown code comes back with its raw values', () => {
    const described = describeEndReason({ code: 599, subCode: 12345 }, 'outgoing');
    expect(described).toMatchObject({ kind: 'failed', codes: '599/12345' });
    expect(described.explanation).toContain('599');
    expect(described.explanation).toContain('12345');
  });

  it('an unanswered incoming call is a missed call', () => {
    expect(describeEndReason({ code: 487, subCode: 0 }, 'incoming').title).toBe('Missed call');
    expect(describeEndReason({ code: 487, subCode: 10004 }, 'incoming').title).toBe('Missed call');
    expect(describeEndReason({ code: 487, subCode: 10003 }, 'incoming').title).toBe('Answered elsewhere');
  });

  it('no reason at all is an ordinary end without codes', () => {
    expect(describeEndReason(undefined, 'outgoing')).toMatchObject({ kind: 'completed', codes: '' });
  });
});

describe('network errors seen from the real SDK offline', () => {
  it('explains 490/4525 specifically and offers a retry', () => {
    const described = describeEndReason({ code: 490, subCode: 4525 }, 'outgoing');
    expect(described.title).toBe('Could not reach the calling service');
    expect(described.retryable).toBe(true);
  });
});
