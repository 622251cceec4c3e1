import { describe, expect, it } from 'vitest';
import { callQualitySummarySchema, judgeCallQuality, roundFigures, worseQuality } from '../../../shared/calls/call-quality';

const good = { roundTripMs: 80, jitterMs: 5, packetLossPercent: 0 };

describe('call quality from round trip, jitter and packet loss', () => {
  it('is good within the network targets, the limits included', () => {
    expect(judgeCallQuality(good)).toBe('good');
    expect(judgeCallQuality({ roundTripMs: 200, jitterMs: 30, packetLossPercent: 1 })).toBe('good');
  });

  it('is poor once any figure leaves its target (round trip 200 ms, jitter 30 ms, loss 1 %)', () => {
    expect(judgeCallQuality({ ...good, roundTripMs: 201 })).toBe('poor');
    expect(judgeCallQuality({ ...good, jitterMs: 31 })).toBe('poor');
    expect(judgeCallQuality({ ...good, packetLossPercent: 1.5 })).toBe('poor');
  });

  it("is bad where Teams' Call Quality Dashboard calls an audio stream poor (round trip > 500 ms, loss > 10 %)", () => {
    expect(judgeCallQuality({ ...good, roundTripMs: 501 })).toBe('bad');
    expect(judgeCallQuality({ ...good, packetLossPercent: 12 })).toBe('bad');
    expect(judgeCallQuality({ roundTripMs: 300, jitterMs: 40, packetLossPercent: 11 })).toBe('bad');
  });

  it('never calls a call bad for jitter alone', () => {
    expect(judgeCallQuality({ ...good, jitterMs: 400 })).toBe('poor');
  });

  it('orders levels', () => {
    expect(worseQuality('good', 'poor')).toBe('poor');
    expect(worseQuality('bad', 'poor')).toBe('bad');
    expect(worseQuality('good', 'good')).toBe('good');
  });

  it('rounds figures to whole milliseconds and tenths of a percent', () => {
    expect(roundFigures({ roundTripMs: 123.6, jitterMs: 4.4, packetLossPercent: 2.345 })).toEqual({ roundTripMs: 124, jitterMs: 4, packetLossPercent: 2.3 });
  });

  it('keeps a summary as a strict record, refusing unknown levels', () => {
    expect(callQualitySummarySchema.safeParse({ level: 'poor', worst: 'bad', average: good }).success).toBe(true);
    expect(callQualitySummarySchema.safeParse({ level: 'awful', worst: 'bad', average: good }).success).toBe(false);
  });
});
