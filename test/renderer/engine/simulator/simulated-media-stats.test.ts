import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { figuresOfSample } from '../../../../renderer/src/engine/calls/call-quality';
import { systemClock } from '../../../../renderer/src/engine/clock';
import { parseQuality, qualityPresets, sampleOf, watchSimulatedMediaStats } from '../../../../renderer/src/engine/simulator/simulated-media-stats';
import { judgeCallQuality } from '../../../../shared/calls/call-quality';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function aCall() {
  const ended: (() => void)[] = [];
  return {
    state: 'Connected',
    networkFigures: qualityPresets.good,
    onEnded: (hook: () => void) => ended.push(hook),
    end() {
      this.state = 'Disconnected';
      for (const hook of ended) hook();
    },
  };
}

describe('the simulated MediaStats collector', () => {
  it('each preset is the level it is named for, and its samples read back as its figures', () => {
    for (const level of ['good', 'poor', 'bad'] as const) {
      expect(judgeCallQuality(qualityPresets[level])).toBe(level);
      const figures = figuresOfSample(sampleOf(qualityPresets[level]));
      expect(figures?.roundTripMs).toBe(qualityPresets[level].roundTripMs);
      expect(figures?.jitterMs).toBe(qualityPresets[level].jitterMs);
      expect(figures?.packetLossPercent).toBeCloseTo(qualityPresets[level].packetLossPercent, 5);
    }
  });

  it('takes a level or figures, and says what it takes otherwise', () => {
    expect(parseQuality('poor')).toEqual(qualityPresets.poor);
    expect(parseQuality({ roundTripMs: 90, jitterMs: 3, packetLossPercent: 0.5 })).toEqual({ roundTripMs: 90, jitterMs: 3, packetLossPercent: 0.5 });
    expect(() => parseQuality('awful')).toThrow(/setQuality takes 'good', 'poor', 'bad' or figures/);
    expect(() => parseQuality({ roundTripMs: 90, jitterMs: 3, packetLossPercent: 120 })).toThrow(/loss 0–100/);
  });

  it('samples once a second while connected, follows new figures, and leaves no timer once stopped', () => {
    const call = aCall();
    const listener = vi.fn();
    const stop = watchSimulatedMediaStats(call, systemClock, listener);
    vi.advanceTimersByTime(3_000);
    expect(listener).toHaveBeenCalledTimes(3);
    call.networkFigures = qualityPresets.bad;
    call.state = 'LocalHold';
    vi.advanceTimersByTime(1_000);
    expect(listener).toHaveBeenCalledTimes(3);
    call.state = 'Connected';
    vi.advanceTimersByTime(1_000);
    expect(figuresOfSample(listener.mock.calls[3]?.[0])?.roundTripMs).toBe(qualityPresets.bad.roundTripMs);
    stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops by itself when the call ends', () => {
    const call = aCall();
    const listener = vi.fn();
    watchSimulatedMediaStats(call, systemClock, listener);
    call.end();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5_000);
    expect(listener).not.toHaveBeenCalled();
  });
});
