import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bob, signedInCalls } from '../support/signed-in-calls';

/* QA's hand on the other people of a simulated call: they answer adds as the answer mode says, join, mute, hold and leave. */

const dave = '8:acs:resource_dave';

async function connectedToBob() {
  const harness = await signedInCalls({ alternateCallerId: '+14255550100' });
  await harness.controller.startCall(bob);
  await vi.advanceTimersByTimeAsync(1_300);
  return harness;
}

describe('the simulated participants', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('an added person rings and waits in manual mode until QA answers for them', async () => {
    const { controller, call, remote } = await connectedToBob();
    remote.setAnswerMode('manual');
    await controller.conference.addParticipant(call().id, dave);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(remote.snapshot().calls[0]?.participants[1]).toEqual({ rawId: dave, state: 'Ringing', muted: false });
    remote.participantAnswer(dave);
    expect(remote.snapshot().calls[0]?.participants[1]?.state).toBe('Connected');
  });

  it('adds fail with the SDK\'s reasons: unreachable, no answer, and a phone number without a caller id', async () => {
    const { controller, call, remote, agent } = await connectedToBob();
    remote.setAnswerMode('unavailable');
    await controller.conference.addParticipant(call().id, dave);
    await vi.advanceTimersByTimeAsync(300);
    expect(call().conference?.notice).toMatchObject({ kind: 'addFailed', why: { endReason: { code: 480, subCode: 10037 } } });

    remote.setAnswerMode('noAnswer');
    await controller.conference.addParticipant(call().id, dave);
    await vi.advanceTimersByTimeAsync(30_300);
    expect(call().conference?.notice).toMatchObject({ kind: 'addFailed', why: { endReason: { code: 408, subCode: 10057 } } });

    // The app refuses this itself; straight to the SDK, the service turns it down as it would a call.
    remote.setAnswerMode('auto');
    const phone = agent.calls[0]?.conference.addParticipant({ phoneNumber: '+14255550123' });
    await vi.advanceTimersByTimeAsync(300);
    expect(phone?.state).toBe('Disconnected');
    expect(phone?.callEndReason).toEqual({ code: 403, subCode: 560403 });
    expect(remote.snapshot().calls[0]?.participants.map((person) => person.rawId)).toEqual([bob]);
  });

  it('QA controls say plainly when nobody fits', async () => {
    const { remote } = await connectedToBob();
    expect(() => remote.participantMute(dave)).toThrow(`Nobody with id ${dave} on a live call can mute.`);
    expect(() => remote.participantResume(bob)).toThrow('can resume');
    expect(() => remote.participantJoin(bob)).toThrow('already on the call');
    expect(() => remote.participantJoin(' ')).toThrow('needs the person');
    remote.participantMute(bob);
    expect(remote.snapshot().calls[0]?.participants[0]).toEqual({ rawId: bob, state: 'Connected', muted: true });
    remote.participantUnmute(bob);
    remote.participantHold(bob);
    remote.participantResume(bob);
    expect(remote.snapshot().calls[0]?.participants[0]).toEqual({ rawId: bob, state: 'Connected', muted: false });
  });

  it('the person called follows the call as it sets up, and the remote hold', async () => {
    const { controller, remote, call } = await signedInCalls();
    await controller.startCall(bob);
    await vi.advanceTimersByTimeAsync(300);
    expect(remote.snapshot().calls[0]?.participants[0]?.state).toBe('Ringing');
    await vi.advanceTimersByTimeAsync(1_000);
    remote.hold();
    expect(remote.snapshot().calls[0]?.participants[0]?.state).toBe('Hold');
    remote.resume();
    expect(remote.snapshot().calls[0]?.participants[0]?.state).toBe('Connected');
    expect(call().state).toBe('Connected');
  });
});
