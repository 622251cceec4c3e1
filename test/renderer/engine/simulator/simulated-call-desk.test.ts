import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdentifierFromRawId } from '@azure/communication-common';
import type { IncomingCallLike } from '../../../../renderer/src/engine/calling-backend';
import { systemClock } from '../../../../renderer/src/engine/clock';
import { SimulatorBackend } from '../../../../renderer/src/engine/simulator/simulator-backend';
import { bob, carol, signedInCalls } from '../support/signed-in-calls';

/* The remote side as QA drives it through window.__softphoneSimulator.calls, seen at the SDK-shaped objects. */
describe('simulator: the remote side of calls', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('an unreachable callee ends the call without ringing, with the SDK\'s 480/10037', async () => {
    const { agent, remote } = await signedInCalls();
    remote.setAnswerMode('unavailable');
    const call = agent.startCall([createIdentifierFromRawId(bob)]);
    const states: string[] = [];
    call.on('stateChanged', () => states.push(call.state));
    await vi.advanceTimersByTimeAsync(300);
    expect(states).toEqual(['Disconnected']);
    expect(call.callEndReason).toEqual({ code: 480, subCode: 10037 });
    expect(agent.calls).toEqual([]);
  });

  it('a phone call without alternateCallerId is refused by the service (403/560403)', async () => {
    const { agent } = await signedInCalls();
    const call = agent.startCall([createIdentifierFromRawId('4:+14255550123')]);
    await vi.advanceTimersByTimeAsync(300);
    expect(call.callEndReason).toEqual({ code: 403, subCode: 560403 });
  });

  it('a call placed while the network is down fails to set up (410/3100) once the grace is over', async () => {
    const { agent, simulator } = await signedInCalls();
    simulator.setOnline(false);
    const call = agent.startCall([createIdentifierFromRawId(bob)]);
    await vi.advanceTimersByTimeAsync(8_000);
    expect(call.callEndReason).toEqual({ code: 410, subCode: 3100 });
  });

  it('a call set up while the network blips carries on once it returns', async () => {
    const { agent, simulator } = await signedInCalls();
    simulator.setOnline(false);
    const call = agent.startCall([createIdentifierFromRawId(bob)]);
    await vi.advanceTimersByTimeAsync(2_000);
    simulator.setOnline(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(call.state).toBe('Connected');
  });

  it('an incoming call nobody answers stops ringing after 30 s with 487/10004', async () => {
    const { agent, remote } = await signedInCalls();
    const rung: IncomingCallLike[] = [];
    agent.on('incomingCall', ({ incomingCall }) => rung.push(incomingCall));
    const id = remote.ringFrom(carol, 'Carol');
    expect(rung.map((incoming) => [incoming.id, incoming.callerInfo.displayName])).toEqual([[id, 'Carol']]);
    expect(remote.snapshot().ringing).toEqual([{ id, callerRawId: carol, displayName: 'Carol' }]);
    const ended = vi.fn();
    rung[0]?.on('callEnded', ended);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(ended).toHaveBeenCalledWith({ callEndReason: { code: 487, subCode: 10004 } });
    expect(remote.snapshot().ringing).toEqual([]);
  });

  it('an accepted call can be addressed by the id ringFrom returned', async () => {
    const { agent, remote } = await signedInCalls();
    let incoming: IncomingCallLike | undefined;
    agent.on('incomingCall', ({ incomingCall }) => (incoming = incomingCall));
    const id = remote.ringFrom(carol);
    const call = await incoming!.accept();
    await vi.advanceTimersByTimeAsync(300);
    await call.sendDtmf('Num5');
    expect(remote.dtmfReceived(id)).toBe('5');
    remote.hangUp(id);
    expect(call.callEndReason).toEqual({ code: 0, subCode: 0 });
  });

  it('refuses what it cannot do with a readable message', async () => {
    const { remote } = await signedInCalls();
    expect(() => remote.answer()).toThrow(/no call to answer/i);
    expect(() => remote.setAnswerMode('sometimes' as never)).toThrow(/auto, manual, decline, busy, noAnswer, unavailable/);
    expect(() => remote.setTimings({ answerMs: -1 })).toThrow(/non-negative/);
    expect(() => remote.ringFrom('  ')).toThrow(/raw id/);
  });

  it('cannot ring an app nobody is signed in to', () => {
    const backend = new SimulatorBackend({ clock: systemClock });
    expect(() => backend.controls.calls.ringFrom(carol)).toThrow(/sign in/i);
  });

  it('signing out ends the agent\'s calls', async () => {
    const { agent } = await signedInCalls();
    const call = agent.startCall([createIdentifierFromRawId(bob)]);
    await vi.advanceTimersByTimeAsync(1_300);
    await agent.dispose();
    expect(call.state).toBe('Disconnected');
  });
});
