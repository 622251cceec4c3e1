import { describe, expect, it, vi } from 'vitest';
import type { CallLike, MediaStatsSampleListener } from '../../../renderer/src/engine/calling-backend';

// The real backend over a stand-in for the SDK module: what it asks of Features.MediaStats and Features.CallSurvey.
vi.mock('../../../renderer/src/engine/sdk-modules', () => ({ Features: { MediaStats: 'MediaStats', CallSurvey: 'CallSurvey' } }));
const { SdkBackend } = await import('../../../renderer/src/engine/sdk-backend');

function sdkCall() {
  const collector = { on: vi.fn(), off: vi.fn(), dispose: vi.fn() };
  const mediaStats = { createCollector: vi.fn(() => collector) };
  const survey = { submitSurvey: vi.fn(async () => ({ id: 's1' })) };
  const call = { feature: vi.fn((name: string) => (name === 'MediaStats' ? mediaStats : survey)) };
  return { call: call as unknown as CallLike, collector, mediaStats, survey };
}

describe('the real-SDK backend: call quality and the survey', () => {
  it('makes one MediaStats collector per watched call, hands on its samples, and disposes it when stopped', async () => {
    const { call, collector, mediaStats } = sdkCall();
    const listener: MediaStatsSampleListener = vi.fn();
    const stop = new SdkBackend().watchCallMediaStats(call, listener);
    await vi.waitFor(() => expect(mediaStats.createCollector).toHaveBeenCalledOnce());
    expect(collector.on).toHaveBeenCalledWith('sampleReported', listener);
    stop();
    expect(collector.off).toHaveBeenCalledWith('sampleReported', listener);
    expect(collector.dispose).toHaveBeenCalledOnce();
  });

  it('creates no collector for a watch stopped before the SDK had loaded', async () => {
    const { call, mediaStats } = sdkCall();
    new SdkBackend().watchCallMediaStats(call, vi.fn())();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(mediaStats.createCollector).not.toHaveBeenCalled();
  });

  it("sends the survey through the call's CallSurvey feature", async () => {
    const { call, survey } = sdkCall();
    await new SdkBackend().submitCallSurvey(call, { overallRating: { score: 3 } });
    expect(survey.submitSurvey).toHaveBeenCalledWith({ overallRating: { score: 3 } });
  });
});
