import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bob, settle, signedInCalls } from '../support/signed-in-calls';

/** A call to Bob, connected (setup 300 ms + answer 1 s). */
async function connectedCall() {
  const harness = await signedInCalls();
  await harness.controller.startCall(bob);
  await vi.advanceTimersByTimeAsync(1_300);
  expect(harness.call().state).toBe('Connected');
  return harness;
}

describe('User Facing Diagnostics on calls, with the simulator', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a raised diagnostic shows on the call, and main hears of it', async () => {
    const { remote, call, diagnostics } = await connectedCall();
    remote.diagnostic('networkReceiveQuality', 3);
    remote.diagnostic('speakingWhileMicrophoneIsMuted', true);
    await settle();
    expect(call().warnings).toEqual([
      { diagnostic: 'networkReceiveQuality', kind: 'network', severity: 'error', value: 3, since: Date.now() },
      { diagnostic: 'speakingWhileMicrophoneIsMuted', kind: 'media', severity: 'warning', value: true, since: Date.now() },
    ]);
    expect(diagnostics.changes).toEqual([
      { callId: call().id, kind: 'network', diagnostic: 'networkReceiveQuality', value: 3, raised: true, at: Date.now() },
      { callId: call().id, kind: 'media', diagnostic: 'speakingWhileMicrophoneIsMuted', value: true, raised: true, at: Date.now() },
    ]);
  });

  it('a quality that worsens updates the banner but keeps when it started', async () => {
    const { remote, call, diagnostics } = await connectedCall();
    remote.diagnostic('networkSendQuality', 2);
    const raisedAt = Date.now();
    await vi.advanceTimersByTimeAsync(5_000);
    remote.diagnostic('networkSendQuality', 3);
    remote.diagnostic('networkSendQuality', 3);
    expect(call().warnings).toEqual([{ diagnostic: 'networkSendQuality', kind: 'network', severity: 'error', value: 3, since: raisedAt }]);
    expect(diagnostics.changes.map((change) => change.value)).toEqual([2, 3]);
  });

  it('a cleared diagnostic leaves the call (quality Good, flag false), and main hears of it', async () => {
    const { remote, call, diagnostics } = await connectedCall();
    remote.diagnostic('networkReceiveQuality', 3);
    remote.diagnostic('speakingWhileMicrophoneIsMuted', true);
    remote.diagnostic('networkReceiveQuality', 1);
    expect(call().warnings?.map((warning) => warning.diagnostic)).toEqual(['speakingWhileMicrophoneIsMuted']);
    remote.diagnostic('speakingWhileMicrophoneIsMuted', false);
    expect(call().warnings).toBeUndefined();
    await settle();
    expect(diagnostics.changes.map(({ diagnostic, raised }) => `${diagnostic} ${raised ? 'raised' : 'cleared'}`)).toEqual([
      'networkReceiveQuality raised',
      'speakingWhileMicrophoneIsMuted raised',
      'networkReceiveQuality cleared',
      'speakingWhileMicrophoneIsMuted cleared',
    ]);
  });

  it('clearing what was never raised changes nothing and tells main nothing', async () => {
    const { remote, call, diagnostics } = await connectedCall();
    remote.diagnostic('networkReceiveQuality', 1);
    remote.diagnostic('microphoneNotFunctioning', false);
    await settle();
    expect(call().warnings).toBeUndefined();
    expect(diagnostics.changes).toEqual([]);
  });

  it('when the call ends its warnings go, and main hears them cleared', async () => {
    const { remote, call, diagnostics } = await connectedCall();
    remote.diagnostic('microphoneNotFunctioning', true);
    const callId = call().id;
    remote.hangUp();
    await settle();
    expect(call()).toMatchObject({ id: callId, state: 'Disconnected' });
    expect(call().warnings).toBeUndefined();
    expect(diagnostics.changes.at(-1)).toMatchObject({ callId, diagnostic: 'microphoneNotFunctioning', raised: false });
  });

  it('the network dropping mid-call raises networkReconnect Bad, and its return clears it', async () => {
    const { simulator, call, diagnostics } = await connectedCall();
    simulator.setOnline(false);
    await settle();
    expect(call().warnings).toMatchObject([{ diagnostic: 'networkReconnect', kind: 'network', value: 3, severity: 'error' }]);
    await vi.advanceTimersByTimeAsync(2_000);
    simulator.setOnline(true);
    await settle();
    expect(call().state).toBe('Connected');
    expect(call().warnings).toBeUndefined();
    expect(diagnostics.changes.map(({ diagnostic, raised }) => `${diagnostic} ${raised}`)).toEqual(['networkReconnect true', 'networkReconnect false']);
  });

  it('a dropped service connection does the same', async () => {
    const { simulator, call } = await connectedCall();
    simulator.dropConnection();
    expect(call().warnings?.map((warning) => warning.diagnostic)).toEqual(['networkReconnect']);
    simulator.restoreConnection();
    expect(call().warnings).toBeUndefined();
  });

  it('the QA hook refuses unknown names, bad values and a missing call with readable messages', async () => {
    const { remote } = await signedInCalls();
    expect(() => remote.diagnostic('networkReceiveQuality', 3)).toThrow(/no call/i);
    await connectedCall();
    // QA types these in the console, where the types do not protect them.
    expect(() => remote.diagnostic('wifiIsSad' as never, 3)).toThrow(/Unknown diagnostic "wifiIsSad"/);
    expect(() => remote.diagnostic('networkReceiveQuality', 7 as never)).toThrow(/1 \(Good\), 2 \(Poor\), 3 \(Bad\)/);
    expect(() => remote.diagnostic('networkReceiveQuality', true)).toThrow(/networkReceiveQuality takes a quality/);
    expect(() => remote.diagnostic('speakingWhileMicrophoneIsMuted', 3)).toThrow(/speakingWhileMicrophoneIsMuted takes a flag/);
  });

  it('the simulator snapshot lists what is raised on each call', async () => {
    const { remote } = await connectedCall();
    remote.diagnostic('networkReceiveQuality', 2);
    remote.diagnostic('speakingWhileMicrophoneIsMuted', true);
    remote.diagnostic('speakingWhileMicrophoneIsMuted', false);
    expect(remote.snapshot().calls[0]?.diagnostics).toEqual({ networkReceiveQuality: 2 });
  });
});
