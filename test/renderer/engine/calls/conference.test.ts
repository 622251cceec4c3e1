import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bob, carol, signedInCalls } from '../support/signed-in-calls';

/* Add people / conference through the engine on the simulator: adding, the participant list, removing, merging. */

const dave = '8:acs:resource_dave';
const teamsObjectId = '45ab2481-1c1c-4005-be24-0ffb879b1130';

/** Signed in with Bob on a connected call (setup 300 ms + answer 1 s). */
async function onACallWithBob(...args: Parameters<typeof signedInCalls>) {
  const harness = await signedInCalls(...args);
  await harness.controller.startCall(bob);
  await vi.advanceTimersByTimeAsync(1_300);
  expect(harness.call().state).toBe('Connected');
  return harness;
}

const people = (view: { conference?: { participants: { peer: { rawId: string }; state: string; muted: boolean }[] } }) =>
  view.conference?.participants.map(({ peer, state, muted }) => ({ rawId: peer.rawId, state, muted }));

describe('add people and merge calls, with the simulator', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a plain 1:1 call has no participant list', async () => {
    const { call } = await onACallWithBob();
    expect(call().conference).toBeUndefined();
  });

  it('adds an ACS user: the list shows them connecting, ringing, then connected; the remote side sees them', async () => {
    const { controller, call, remote } = await onACallWithBob();
    expect(await controller.conference.addParticipant(call().id, dave)).toEqual({ ok: true });
    expect(people(call())).toEqual([
      { rawId: bob, state: 'Connected', muted: false },
      { rawId: dave, state: 'Connecting', muted: false },
    ]);
    await vi.advanceTimersByTimeAsync(300);
    expect(people(call())?.[1]?.state).toBe('Ringing');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(people(call())?.[1]?.state).toBe('Connected');
    expect(remote.snapshot().calls[0]?.participants.map((person) => person.rawId)).toEqual([bob, dave]);
  });

  it('adds a phone number with the ACS caller id from settings, and a Teams user', async () => {
    const { controller, call, remote } = await onACallWithBob({ alternateCallerId: '+14255550100' });
    expect(await controller.conference.addParticipant(call().id, '+1 425 555 0123')).toEqual({ ok: true });
    expect(await controller.conference.addParticipant(call().id, teamsObjectId)).toEqual({ ok: true });
    await vi.advanceTimersByTimeAsync(1_300);
    expect(people(call())).toEqual([
      { rawId: bob, state: 'Connected', muted: false },
      { rawId: '4:+14255550123', state: 'Connected', muted: false },
      { rawId: `8:orgid:${teamsObjectId}`, state: 'Connected', muted: false },
    ]);
    expect(remote.snapshot().calls[0]?.participants).toHaveLength(3);
  });

  it('refuses as the dialer does: a phone number without a caller id, a malformed id, a Teams call adding an ACS user', async () => {
    const acs = await onACallWithBob({});
    expect(await acs.controller.conference.addParticipant(acs.call().id, '+14255550123')).toEqual({ ok: false, refusal: { kind: 'refused', reason: 'callerIdMissing' } });
    expect(await acs.controller.conference.addParticipant(acs.call().id, '8:acs:')).toMatchObject({ ok: false, refusal: { kind: 'callee' } });
    expect(acs.call().conference).toBeUndefined();

    const teams = await signedInCalls({}, 'teams');
    await teams.controller.startCall(teamsObjectId);
    await vi.advanceTimersByTimeAsync(1_300);
    expect(await teams.controller.conference.addParticipant(teams.call().id, dave)).toEqual({ ok: false, refusal: { kind: 'refused', reason: 'teamsCannotCallAcsUser' } });
  });

  it('an add the person turns down says why, with the SDK reason, and they leave the list', async () => {
    const { controller, call, remote } = await onACallWithBob();
    remote.setAnswerMode('busy');
    await controller.conference.addParticipant(call().id, dave);
    await vi.advanceTimersByTimeAsync(1_300);
    expect(people(call())).toEqual([{ rawId: bob, state: 'Connected', muted: false }]);
    expect(call().conference?.notice).toEqual({ kind: 'addFailed', peer: { rawId: dave, kind: 'acsUser', display: dave }, why: { endReason: { code: 486, subCode: 0 } } });
    controller.conference.dismissConferenceNotice(call().id);
    expect(call().conference?.notice).toBeUndefined();
  });

  it('the SDK refusing at once is a refusal with its message, and nothing is added', async () => {
    const { controller, call } = await onACallWithBob();
    expect(await controller.conference.addParticipant(call().id, bob)).toEqual({ ok: false, refusal: { kind: 'notStarted', detail: `${bob} is already in the call.` } });
  });

  it('people on the call mute, hold and leave; the call goes on and says who left', async () => {
    const { controller, call, remote } = await onACallWithBob();
    await controller.conference.addParticipant(call().id, dave);
    await vi.advanceTimersByTimeAsync(1_300);
    remote.participantMute(dave);
    remote.participantHold(bob);
    expect(people(call())).toEqual([
      { rawId: bob, state: 'Hold', muted: false },
      { rawId: dave, state: 'Connected', muted: true },
    ]);
    remote.participantLeave(bob);
    expect(call().state).toBe('Connected');
    expect(people(call())).toEqual([{ rawId: dave, state: 'Connected', muted: true }]);
    expect(call().conference?.notice).toMatchObject({ kind: 'left', peer: { rawId: bob } });
    // The last one leaving ends the call: nobody else is on it.
    remote.participantLeave(dave);
    expect(call().state).toBe('Disconnected');
    expect(call().endReason).toEqual({ code: 0, subCode: 5010 });
  });

  it('someone joining on their own shows in the list, by the name they join with', async () => {
    const { call, remote } = await onACallWithBob();
    remote.participantJoin(dave, 'Dave');
    expect(call().conference?.participants.map((person) => person.peer.display)).toEqual([bob, 'Dave']);
  });

  it('removes someone: they leave the list without a "left" notice', async () => {
    const { controller, call, remote } = await onACallWithBob();
    await controller.conference.addParticipant(call().id, dave);
    await vi.advanceTimersByTimeAsync(1_300);
    await controller.conference.removeParticipant(call().id, dave);
    expect(people(call())).toEqual([{ rawId: bob, state: 'Connected', muted: false }]);
    expect(call().conference?.notice).toBeUndefined();
    expect(remote.snapshot().calls[0]?.participants.map((person) => person.rawId)).toEqual([bob]);
    await expect(controller.conference.removeParticipant(call().id, dave)).rejects.toThrow('no longer on the call');
  });

  describe('merge', () => {
    /** Bob on hold, Carol (who rang in) connected. */
    async function twoCalls() {
      const harness = await onACallWithBob();
      harness.remote.ringFrom(carol, 'Carol');
      await vi.advanceTimersByTimeAsync(0);
      const incoming = harness.snap().incoming[0];
      if (!incoming) throw new Error('Carol did not ring');
      await harness.controller.accept(incoming.id);
      await vi.advanceTimersByTimeAsync(300);
      const [held, active] = harness.snap().calls;
      expect(held?.state).toBe('LocalHold');
      expect(active?.state).toBe('Connected');
      return { ...harness, heldId: held?.id ?? '', activeId: active?.id ?? '' };
    }

    it('adds the held call\'s person to the call in progress, then hangs the held call up: one call with everyone', async () => {
      const { controller, snap, heldId, activeId, remote, history } = await twoCalls();
      const merged = controller.conference.mergeCalls(heldId, activeId);
      await vi.advanceTimersByTimeAsync(0);
      const during = snap().calls.find((view) => view.id === activeId);
      expect(during?.conference?.notice).toMatchObject({ kind: 'merging', peers: [{ rawId: bob }] });
      // Until Bob answers the new call, his held call is still there.
      expect(snap().calls.find((view) => view.id === heldId)?.state).toBe('LocalHold');
      await vi.advanceTimersByTimeAsync(1_300);
      await merged;
      // The merged call left no "call ended" card: it moved into this one.
      const calls = snap().calls;
      expect(calls.map((view) => view.id)).toEqual([activeId]);
      expect(people(calls[0] ?? {})).toEqual([
        { rawId: carol, state: 'Connected', muted: false },
        { rawId: bob, state: 'Connected', muted: false },
      ]);
      expect(calls[0]?.conference?.participants.map((person) => person.peer.display)).toEqual(['Carol', bob]);
      expect(calls[0]?.conference?.notice).toMatchObject({ kind: 'merged' });
      expect(remote.snapshot().calls).toHaveLength(1);
      expect(history.entries).toHaveLength(1);
    });

    it('if the held call\'s person cannot be added, the held call stays on hold and the notice says why', async () => {
      const { controller, snap, heldId, activeId, remote } = await twoCalls();
      remote.setAnswerMode('decline');
      const merge = controller.conference.mergeCalls(heldId, activeId);
      await vi.advanceTimersByTimeAsync(1_300);
      await merge;
      expect(snap().calls.find((view) => view.id === heldId)?.state).toBe('LocalHold');
      expect(snap().calls.find((view) => view.id === activeId)?.conference?.notice).toEqual({
        kind: 'mergeFailed',
        peers: [{ rawId: bob, kind: 'acsUser', display: bob }],
        why: { endReason: { code: 603, subCode: 0 } },
      });
    });

    it('refuses to merge a call that is not on hold, or into a call that is not connected', async () => {
      const { controller, heldId, activeId } = await twoCalls();
      await expect(controller.conference.mergeCalls(activeId, heldId)).rejects.toThrow('Only a call on hold');
    });
  });
});
