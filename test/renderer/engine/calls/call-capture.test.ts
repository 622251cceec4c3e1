import { describe, expect, it, vi } from 'vitest';
import type { CallCaptureListener, CallLike } from '../../../../renderer/src/engine/calling-backend';
import { CallCapture } from '../../../../renderer/src/engine/calls/call-capture';

const aCall = {} as CallLike;

function capture() {
  let report: CallCaptureListener = () => undefined;
  const stop = vi.fn();
  const onChange = vi.fn();
  const subject = new CallCapture((_call, listener) => {
    report = listener;
    return stop;
  }, onChange);
  subject.watch('call-1', aCall);
  return { subject, onChange, stop, report: (recording: boolean, transcribing: boolean) => report({ recording, transcribing }) };
}

describe('recording and transcription notices', () => {
  it('the view shows only what is on now', () => {
    const { subject, report, onChange } = capture();
    expect(subject.of('call-1')).toEqual({});
    report(true, false);
    expect(subject.of('call-1')).toEqual({ recording: true });
    report(true, true);
    expect(subject.of('call-1')).toEqual({ recording: true, transcribing: true });
    report(false, true);
    expect(subject.of('call-1')).toEqual({ transcribing: true });
    report(false, true);
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('history keeps that the call was recorded even after the recording stopped', () => {
    const { subject, report, stop } = capture();
    report(true, false);
    report(false, false);
    expect(subject.end('call-1')).toEqual({ recorded: true });
    expect(stop).toHaveBeenCalledOnce();
    report(true, true);
    expect(subject.of('call-1')).toEqual({});
  });

  it('a call never recorded or transcribed keeps nothing; without a backend hook nothing shows', () => {
    expect(capture().subject.end('call-1')).toEqual({});
    const bare = new CallCapture(undefined, vi.fn());
    bare.watch('call-1', aCall);
    expect(bare.of('call-1')).toEqual({});
    expect(bare.end('call-1')).toEqual({});
  });
});
