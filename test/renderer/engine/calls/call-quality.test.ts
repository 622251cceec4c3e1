import { describe, expect, it, vi } from 'vitest';
import type { CallLike, MediaStatsSampleLike, MediaStatsSampleListener } from '../../../../renderer/src/engine/calling-backend';
import { CallQuality, figuresOfSample, figuresRefreshSamples, qualityWindowSamples } from '../../../../renderer/src/engine/calls/call-quality';

const aCall = {} as CallLike;

/** A sample with one stream each way; loss as lost packets out of 100 a second. */
function sample(roundTripMs: number, jitterMs: number, lostOf100: number): MediaStatsSampleLike {
  const stream = { rttInMs: roundTripMs, jitterInMs: jitterMs, packetsPerSecond: 100 - lostOf100, packetsLostPerSecond: lostOf100 };
  return { audio: { send: [stream], receive: [{ ...stream, rttInMs: undefined }] } };
}
const good = sample(60, 4, 0);
const poor = sample(320, 20, 3);
const bad = sample(800, 50, 20);

function quality() {
  let report: MediaStatsSampleListener = () => undefined;
  const stop = vi.fn();
  const onChange = vi.fn();
  const subject = new CallQuality((_call, listener) => {
    report = listener;
    return stop;
  }, onChange);
  subject.watch('call-1', aCall);
  const feed = (next: MediaStatsSampleLike, times = 1) => {
    for (let i = 0; i < times; i++) report(next);
  };
  return { subject, onChange, stop, feed };
}

describe('call quality from the SDK media statistics', () => {
  it('reads the worst figure of the audio streams both ways, loss as a share of the packets', () => {
    const figures = figuresOfSample({
      audio: {
        send: [{ rttInMs: 150, jitterInMs: 3, packetsPerSecond: 50, packetsLostPerSecond: 0 }],
        receive: [{ jitterInMs: 12, packetsPerSecond: 45, packetsLostPerSecond: 5 }],
      },
    });
    expect(figures).toEqual({ roundTripMs: 150, jitterMs: 12, packetLossPercent: 10 });
    expect(figuresOfSample({ audio: { send: [], receive: [] } })).toBeUndefined();
    expect(figuresOfSample({ audio: { send: [{ packetsPerSecond: 0 }], receive: [] } })).toEqual({ roundTripMs: 0, jitterMs: 0, packetLossPercent: 0 });
  });

  it('shows nothing before the first sample, then the level with its figures', () => {
    const { subject, feed, onChange } = quality();
    expect(subject.of('call-1')).toEqual({});
    feed(good);
    expect(subject.of('call-1')).toEqual({ quality: { level: 'good', figures: { roundTripMs: 60, jitterMs: 4, packetLossPercent: 0 } } });
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('goes poor once the last few seconds average poor, and back to good the same way; a burst of two seconds changes nothing', () => {
    const { subject, feed } = quality();
    feed(good, qualityWindowSamples);
    feed(bad, 2);
    expect(subject.of('call-1').quality?.level).toBe('good');
    feed(poor, qualityWindowSamples);
    expect(subject.of('call-1').quality?.level).toBe('poor');
    feed(good, qualityWindowSamples);
    expect(subject.of('call-1').quality).toEqual({ level: 'good', figures: { roundTripMs: 60, jitterMs: 4, packetLossPercent: 0 } });
  });

  it('publishes on a level change, and new figures at the same level only every few samples: no re-render a second', () => {
    const { feed, onChange } = quality();
    feed(good);
    feed(sample(70, 5, 0), figuresRefreshSamples - 1);
    expect(onChange).toHaveBeenCalledTimes(1);
    feed(sample(70, 5, 0));
    expect(onChange).toHaveBeenCalledTimes(2);
    // Steady figures: nothing to publish however long the call lasts.
    feed(sample(70, 5, 0), 3 * figuresRefreshSamples);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it("keeps a summary for the call's history: the level of its averages, the worst level shown, the averages", () => {
    const { subject, feed, stop } = quality();
    feed(good, 10);
    feed(bad, 5);
    feed(good, 5);
    const kept = subject.end('call-1');
    expect(kept).toEqual({ quality: { level: 'poor', worst: 'bad', average: { roundTripMs: 245, jitterMs: 16, packetLossPercent: 5 } } });
    expect(stop).toHaveBeenCalledOnce();
  });

  it('stops the statistics at the end of the call and ignores a late sample; a call without samples keeps no summary', () => {
    const { subject, feed, onChange } = quality();
    expect(subject.end('call-1')).toEqual({});
    feed(bad);
    expect(onChange).not.toHaveBeenCalled();
    expect(subject.of('call-1')).toEqual({});
  });

  it('without the backend hook a call shows no quality', () => {
    const bare = new CallQuality(undefined, vi.fn());
    bare.watch('call-1', aCall);
    expect(bare.of('call-1')).toEqual({});
    expect(bare.end('call-1')).toEqual({});
  });
});
