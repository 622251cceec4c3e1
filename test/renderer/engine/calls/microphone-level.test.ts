import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserDeviceId, WebAudioMicrophoneLevelMeter, type MediaStreamLike, type StreamAnalysis } from '../../../../renderer/src/engine/calls/microphone-level';
import { systemClock } from '../../../../renderer/src/engine/clock';

class FakeStream implements MediaStreamLike {
  readonly stopped: boolean[] = [false];
  getTracks() {
    return [{ stop: () => (this.stopped[0] = true) }];
  }
  get live(): boolean {
    return !this.stopped[0];
  }
}

function setup(amplitude = 0.1) {
  const stream = new FakeStream();
  let grant: (stream: FakeStream) => void = () => undefined;
  const requests: unknown[] = [];
  const closed: boolean[] = [];
  const meter = new WebAudioMicrophoneLevelMeter<FakeStream>({
    mediaDevices: {
      getUserMedia: (constraints) => {
        requests.push(constraints);
        return new Promise((resolve) => (grant = resolve));
      },
    },
    openAnalyser: (): StreamAnalysis => ({
      analyser: { fftSize: 4, getFloatTimeDomainData: (array) => array.fill(amplitude) },
      close: async () => void closed.push(true),
    }),
    clock: systemClock,
  });
  return { meter, stream, requests, closed, grant: () => grant(stream) };
}

describe('WebAudioMicrophoneLevelMeter', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('captures the selected microphone and reports its level until stopped, then releases it', async () => {
    const { meter, stream, requests, closed, grant } = setup(0.1);
    const levels: number[] = [];
    const session = meter.start('microphone:abc123', (level) => levels.push(level));
    expect(requests).toEqual([{ audio: { deviceId: { exact: 'abc123' } }, video: false }]);
    grant();
    await vi.advanceTimersByTimeAsync(250);
    expect(levels).toHaveLength(3);
    expect(levels[0]).toBeCloseTo(0.4);
    session.stop();
    expect(stream.live).toBe(false);
    expect(closed).toEqual([true]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(levels).toHaveLength(3);
  });

  it('a stream granted after stop() is stopped at once', async () => {
    const { meter, stream, grant } = setup();
    const onLevel = vi.fn();
    meter.start(undefined, onLevel).stop();
    grant();
    await vi.advanceTimersByTimeAsync(500);
    expect(stream.live).toBe(false);
    expect(onLevel).not.toHaveBeenCalled();
  });

  it('clips loud input at 1', async () => {
    const { meter, grant } = setup(0.9);
    const levels: number[] = [];
    meter.start(undefined, (level) => levels.push(level));
    grant();
    await vi.advanceTimersByTimeAsync(0);
    expect(levels).toEqual([1]);
  });

  it('reads the SDK device id as the browser device id', () => {
    expect(browserDeviceId('microphone:abc')).toBe('abc');
    expect(browserDeviceId('microphone:')).toBeUndefined();
    expect(browserDeviceId('microphone:default')).toBeUndefined();
    expect(browserDeviceId(undefined)).toBeUndefined();
  });
});
