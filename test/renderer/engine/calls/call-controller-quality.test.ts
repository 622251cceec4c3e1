import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bob, settle, signedInCalls } from '../support/signed-in-calls';

/** The registry with the simulator's call quality and end-of-call survey: what QA provokes with setQuality and checks with surveys(). */
describe('call quality and the rating after a call, through the engine', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  async function connectedCall() {
    const harness = await signedInCalls(undefined, 'acs', { mediaStats: true });
    await harness.controller.startCall(bob);
    await vi.advanceTimersByTimeAsync(1_300);
    expect(harness.call().state).toBe('Connected');
    return harness;
  }

  it('a connected call shows good quality, goes poor when the network does and comes back, without a snapshot a second', async () => {
    const { controller, remote, call } = await connectedCall();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(call().quality).toEqual({ level: 'good', figures: { roundTripMs: 60, jitterMs: 4, packetLossPercent: 0 } });
    const snapshots = vi.fn();
    const stop = controller.subscribe(snapshots);
    remote.setQuality('poor');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(call().quality?.level).toBe('poor');
    // The figures shown catch up with the network within ten seconds at the same level.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(call().quality).toEqual({ level: 'poor', figures: { roundTripMs: 320, jitterMs: 24, packetLossPercent: 3 } });
    remote.setQuality('good');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(call().quality?.level).toBe('good');
    stop();
    // Twenty samples: two level changes and one refresh of the figures.
    expect(snapshots.mock.calls.length).toBe(3);
  });

  it("keeps the call's quality summary in its history entry, and leaves no sampling timer behind", async () => {
    const { controller, remote, history } = await signedInCalls(undefined, 'acs', { mediaStats: true });
    const timersBefore = vi.getTimerCount();
    await controller.startCall(bob);
    await vi.advanceTimersByTimeAsync(1_300);
    remote.setQuality('bad');
    await vi.advanceTimersByTimeAsync(10_000);
    remote.hangUp();
    await settle();
    expect(history.entries[0]).toMatchObject({ outcome: 'completed', quality: { level: 'bad', worst: 'bad', average: { roundTripMs: 700, jitterMs: 60 } } });
    expect(vi.getTimerCount()).toBe(timersBefore);
  });

  it('a call that never connected keeps no quality and offers no rating', async () => {
    const { controller, remote, history, call } = await signedInCalls(undefined, 'acs', { mediaStats: true });
    remote.setAnswerMode('decline');
    await controller.startCall(bob);
    await vi.advanceTimersByTimeAsync(1_300);
    expect(call().state).toBe('Disconnected');
    expect(history.entries[0]).not.toHaveProperty('quality');
    expect(call().survey).toBeUndefined();
    await expect(controller.rateCall(call().id, 5)).rejects.toThrow(/no longer be rated/);
  });

  it('the ended call may be rated once; the simulator records what was sent', async () => {
    const { controller, remote, call } = await connectedCall();
    const simCallId = remote.snapshot().calls[0]?.id;
    remote.hangUp();
    await settle();
    expect(call().survey).toBe('offered');
    await controller.rateCall(call().id, 4);
    expect(call().survey).toBe('sent');
    expect(remote.surveys()).toEqual([{ callId: simCallId, overallRating: { score: 4 } }]);
    await expect(controller.rateCall(call().id, 5)).rejects.toThrow(/no longer be rated/);
    controller.dismissEnded(call().id);
    expect(remote.surveys()).toHaveLength(1);
  });

  it('setQuality says what it takes, and needs a live call', async () => {
    const { remote } = await connectedCall();
    expect(() => remote.setQuality('awful' as 'bad')).toThrow(/setQuality takes 'good', 'poor', 'bad'/);
    remote.hangUp();
    expect(() => remote.setQuality('poor')).toThrow('There is no call to set the quality of.');
  });
});
