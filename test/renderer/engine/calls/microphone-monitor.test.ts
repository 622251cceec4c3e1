import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../../../renderer/src/engine/clock';
import type { MicrophoneLevelMeter } from '../../../../renderer/src/engine/calls/microphone-level';
import { lineActivityOf, MicrophoneMonitor, type LineActivity } from '../../../../renderer/src/engine/calls/microphone-monitor';
import { silenceAfterMs } from '../../../../renderer/src/engine/calls/silent-microphone';

/** A meter that records every capture it starts and reports the level the test sets, every 100 ms. */
class RecordingMeter implements MicrophoneLevelMeter {
  current = 0.4;
  readonly started: (string | undefined)[] = [];
  running = 0;
  start(deviceId: string | undefined, onLevel: (level: number) => void) {
    this.started.push(deviceId);
    this.running += 1;
    const timer = setInterval(() => onLevel(this.current), 100);
    return {
      stop: () => {
        clearInterval(timer);
        this.running -= 1;
      },
    };
  }
}

const idle: LineActivity = { lineHeld: false, talkingCallId: undefined, microphoneId: 'mic-a' };
const talking: LineActivity = { lineHeld: true, talkingCallId: 'call-1', microphoneId: 'mic-a' };

function monitor() {
  const meter = new RecordingMeter();
  const silence: [string, boolean][] = [];
  const mic = new MicrophoneMonitor({ clock: systemClock, levelMeter: meter, onSilence: (callId, silent) => silence.push([callId, silent]) });
  return { meter, silence, mic };
}

describe('the microphone monitor', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('captures only while a call holds the line, and the level falls to 0 when it stops', async () => {
    const { meter, mic } = monitor();
    mic.follow(idle);
    expect(meter.started).toEqual([]);
    mic.follow(talking);
    const levels: number[] = [];
    mic.subscribeLevel((level) => levels.push(level));
    await vi.advanceTimersByTimeAsync(300);
    expect(mic.level()).toBe(0.4);
    mic.follow(idle);
    expect(meter.running).toBe(0);
    expect(mic.level()).toBe(0);
    expect(levels).toEqual([0.4, 0]);
  });

  it('following the same activity again starts nothing new; another microphone restarts the capture on it', () => {
    const { meter, mic } = monitor();
    mic.follow(talking);
    mic.follow(talking);
    mic.follow({ ...talking, talkingCallId: undefined });
    expect(meter.started).toEqual(['mic-a']);
    mic.follow({ ...talking, microphoneId: 'mic-b' });
    expect(meter.started).toEqual(['mic-a', 'mic-b']);
    expect(meter.running).toBe(1);
  });

  it('reports silence on the call being talked on, and clears it when that call stops being talked on', async () => {
    const { meter, silence, mic } = monitor();
    meter.current = 0;
    mic.follow(talking);
    await vi.advanceTimersByTimeAsync(silenceAfterMs + 200);
    expect(silence).toEqual([['call-1', true]]);
    // Muted (or on hold): no call is talked on now.
    mic.follow({ ...talking, talkingCallId: undefined });
    expect(silence).toEqual([
      ['call-1', true],
      ['call-1', false],
    ]);
    await vi.advanceTimersByTimeAsync(silenceAfterMs * 2);
    expect(silence).toHaveLength(2);
  });

  it('watches no silence without a capture, and dispose stops the capture', async () => {
    const { meter, silence, mic } = monitor();
    meter.current = 0;
    mic.follow({ lineHeld: false, talkingCallId: 'call-1', microphoneId: undefined });
    await vi.advanceTimersByTimeAsync(silenceAfterMs * 2);
    expect(silence).toEqual([]);
    mic.follow(talking);
    mic.dispose();
    expect(meter.running).toBe(0);
  });

  it('the line is held from dialling to the end, and the call talked on is the connected, unmuted one', () => {
    expect(lineActivityOf([], 'mic-a')).toEqual({ lineHeld: false, talkingCallId: undefined, microphoneId: 'mic-a' });
    expect(lineActivityOf([{ id: 'call-1', state: 'Connecting', muted: false }], undefined)).toMatchObject({ lineHeld: true, talkingCallId: undefined });
    const calls = [
      { id: 'call-1', state: 'LocalHold' as const, muted: false },
      { id: 'call-2', state: 'Connected' as const, muted: true },
      { id: 'call-3', state: 'Connected' as const, muted: false },
    ];
    expect(lineActivityOf(calls, 'mic-a')).toMatchObject({ lineHeld: true, talkingCallId: 'call-3' });
    expect(lineActivityOf([{ id: 'call-1', state: 'Disconnected', muted: false }], 'mic-a').lineHeld).toBe(false);
  });
});
