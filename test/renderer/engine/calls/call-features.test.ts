import { describe, expect, it, vi } from 'vitest';
import type { CallLike } from '../../../../renderer/src/engine/calling-backend';
import { CallFeatures, createCallFeatures, type CallFeature } from '../../../../renderer/src/engine/calls/call-features';

const aCall = {} as CallLike;

describe('the call features as one', () => {
  it('watches with each, and merges their view slices and history records', () => {
    const capture: CallFeature = { watch: vi.fn(), of: () => ({ recording: true }), end: () => ({ recorded: true }) };
    const quality: CallFeature = {
      watch: vi.fn(),
      of: () => ({ quality: { level: 'poor', figures: { roundTripMs: 300, jitterMs: 10, packetLossPercent: 2 } } }),
      end: () => ({ quality: { level: 'poor', worst: 'bad', average: { roundTripMs: 300, jitterMs: 10, packetLossPercent: 2 } } }),
    };
    const features = new CallFeatures([capture, quality]);
    features.watch('call-1', aCall);
    expect(capture.watch).toHaveBeenCalledWith('call-1', aCall);
    expect(quality.watch).toHaveBeenCalledWith('call-1', aCall);
    expect(features.of('call-1')).toEqual({ recording: true, quality: { level: 'poor', figures: { roundTripMs: 300, jitterMs: 10, packetLossPercent: 2 } } });
    expect(features.end('call-1')).toEqual({ recorded: true, quality: { level: 'poor', worst: 'bad', average: { roundTripMs: 300, jitterMs: 10, packetLossPercent: 2 } } });
  });

  it('follows recording and quality through the backend hooks it is given', () => {
    const watchCapture = vi.fn(() => () => undefined);
    const watchMediaStats = vi.fn(() => () => undefined);
    createCallFeatures({ watchCapture, watchMediaStats }, vi.fn()).watch('call-1', aCall);
    expect(watchCapture).toHaveBeenCalledOnce();
    expect(watchMediaStats).toHaveBeenCalledOnce();
  });
});
