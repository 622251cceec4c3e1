import { describe, expect, it, vi } from 'vitest';
import type { CallLike } from '../../../../renderer/src/engine/calling-backend';
import { CallSurveys, isSurveyScore } from '../../../../renderer/src/engine/calls/call-survey';

const first = { id: 'sdk-1' } as CallLike;
const second = { id: 'sdk-2' } as CallLike;

function surveys() {
  const submit = vi.fn(async () => undefined);
  const onChange = vi.fn();
  return { subject: new CallSurveys(submit, onChange), submit, onChange };
}

describe('the one-tap rating after a call', () => {
  it('offers the ended call that connected, sends its rating to the SDK once, then says it was sent', async () => {
    const { subject, submit, onChange } = surveys();
    subject.ended('call-1', first, true);
    expect(subject.of('call-1')).toEqual({ survey: 'offered' });
    await subject.rate('call-1', 4);
    expect(submit).toHaveBeenCalledWith(first, { overallRating: { score: 4 } });
    expect(subject.of('call-1')).toEqual({ survey: 'sent' });
    expect(onChange).toHaveBeenCalledOnce();
    await expect(subject.rate('call-1', 5)).rejects.toThrow('That call can no longer be rated.');
    expect(submit).toHaveBeenCalledOnce();
  });

  it('offers nothing for a call that never connected, nor once a newer call ended or it was dismissed', async () => {
    const { subject } = surveys();
    subject.ended('call-1', first, false);
    expect(subject.of('call-1')).toEqual({});
    subject.ended('call-1', first, true);
    subject.ended('call-2', second, true);
    expect(subject.of('call-1')).toEqual({});
    await expect(subject.rate('call-1', 3)).rejects.toThrow(/no longer be rated/);
    subject.forget('call-2');
    expect(subject.of('call-2')).toEqual({});
  });

  it('refuses a score off the 1–5 scale before reaching the SDK', async () => {
    const { subject, submit } = surveys();
    subject.ended('call-1', first, true);
    await expect(subject.rate('call-1', 0)).rejects.toThrow('A rating is a whole number from 1 to 5, not 0.');
    await expect(subject.rate('call-1', 2.5)).rejects.toThrow(/not 2.5/);
    expect(submit).not.toHaveBeenCalled();
    expect([1, 5].every(isSurveyScore)).toBe(true);
  });

  it('a refused survey stays on offer, so the person may try again', async () => {
    const { subject, submit } = surveys();
    submit.mockRejectedValueOnce(new Error('network down'));
    subject.ended('call-1', first, true);
    await expect(subject.rate('call-1', 2)).rejects.toThrow('network down');
    expect(subject.of('call-1')).toEqual({ survey: 'offered' });
    await subject.rate('call-1', 2);
    expect(subject.of('call-1')).toEqual({ survey: 'sent' });
  });

  it('without the backend hook no call is offered', () => {
    const bare = new CallSurveys(undefined, vi.fn());
    bare.ended('call-1', first, true);
    expect(bare.of('call-1')).toEqual({});
  });
});
