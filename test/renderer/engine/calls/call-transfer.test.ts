import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallLike, TransferFeatureLike, TransferLike, TransferStateLike } from '../../../../renderer/src/engine/calling-backend';
import { CallTransfers, type TransferableCall } from '../../../../renderer/src/engine/calls/call-transfer';
import { silentEngineLogger } from '../../../../renderer/src/engine/clock';
import { bob, carol, settle, signedInCalls } from '../support/signed-in-calls';

const teamsObjectId = '45ab2481-1c1c-4005-be24-0ffb879b1130';

/** Signed in with a connected call to Bob. */
async function inCallWithBob(agentKind: 'acs' | 'teams' = 'acs') {
  const harness = await signedInCalls({ alternateCallerId: '+14255550100' }, agentKind);
  const callee = agentKind === 'teams' ? '+14255550199' : bob;
  await harness.controller.startCall(callee);
  await vi.advanceTimersByTimeAsync(1_300);
  expect(harness.call().state).toBe('Connected');
  return { ...harness, callId: harness.call().id };
}

describe('call transfer through the engine, with the simulator', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('blind: the call says transferring, then ends as transferred to the target, and history keeps to whom', async () => {
    const { controller, callId, call, snap, history } = await inCallWithBob();
    expect(await controller.transfer(callId, { to: 'participant', input: '+1 425 555 0123' })).toEqual({ ok: true });
    await settle();
    expect(call().transfer).toEqual({ kind: 'byYou', state: 'transferring', to: { peer: { rawId: '4:+14255550123', kind: 'phoneNumber', display: '+14255550123' } } });

    await vi.advanceTimersByTimeAsync(1_000);
    expect(snap().calls).toHaveLength(1);
    expect(call()).toMatchObject({ state: 'Disconnected', endReason: { code: 0, subCode: 7015 }, transfer: { kind: 'byYou', state: 'transferred' } });
    expect(history.entries).toMatchObject([{ outcome: 'completed', peer: { rawId: bob }, transferredTo: { rawId: '4:+14255550123' } }]);
    expect(history.entries[0]?.transferredToVoicemail).toBeUndefined();
  });

  it('a failed transfer says why, and the call carries on as before', async () => {
    const { controller, callId, call, remote, history } = await inCallWithBob();
    remote.failNextTransfer(486);
    await controller.transfer(callId, { to: 'participant', input: carol });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(call()).toMatchObject({ state: 'Connected', transfer: { kind: 'byYou', state: 'failed', failure: { reason: 'busy', code: 486, subCode: 0 } } });

    // The call can be transferred again; once it ends normally, history mentions no transfer.
    await controller.transfer(callId, { to: 'participant', input: carol });
    expect(call().transfer).toMatchObject({ state: 'transferring' });
    await controller.hangUp(callId);
    await settle();
    expect(call().transfer).toBeUndefined();
    expect(history.entries[0]?.transferredTo).toBeUndefined();
  });

  it('a target the dialer would refuse is refused before the SDK, with the dialer\'s reason', async () => {
    const { controller, callId, call } = await inCallWithBob();
    expect(await controller.transfer(callId, { to: 'participant', input: '8:acs:incomplete' })).toEqual({
      ok: false,
      refusal: { kind: 'callee', callee: { reason: 'incompleteAcsUserId', input: '8:acs:incomplete' } },
    });
    expect(await controller.transfer('call-99', { to: 'participant', input: carol })).toEqual({ ok: false, refusal: { kind: 'transfer', reason: 'notConnected' } });
    expect(call().transfer).toBeUndefined();
  });

  it('a second transfer while one is under way is refused', async () => {
    const { controller, callId } = await inCallWithBob();
    await controller.transfer(callId, { to: 'participant', input: carol });
    expect(await controller.transfer(callId, { to: 'participant', input: carol })).toEqual({ ok: false, refusal: { kind: 'transfer', reason: 'inProgress' } });
  });

  it('consultative: the first call waits on hold while the target is called, then goes to that call', async () => {
    const { controller, callId, snap, history, remote } = await inCallWithBob();
    const consulted = await controller.consult(callId, carol);
    if (!consulted.ok) throw new Error('the consultation did not start');
    await vi.advanceTimersByTimeAsync(1_300);
    const first = () => snap().calls.find((view) => view.id === callId);
    const consultation = () => snap().calls.find((view) => view.id === consulted.callId);
    expect(first()?.state).toBe('LocalHold');
    expect(consultation()).toMatchObject({ state: 'Connected', peer: { rawId: carol }, transfer: { kind: 'consultation', of: callId, waiting: { rawId: bob } } });

    expect(await controller.transfer(callId, { to: 'call', targetCallId: consulted.callId })).toEqual({ ok: true });
    expect(first()?.transfer).toEqual({ kind: 'byYou', state: 'transferring', to: { peer: expect.objectContaining({ rawId: carol }) } });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(remote.snapshot().calls).toEqual([]);
    // The call transferred ends last: its card says "Transferred to Carol".
    expect(snap().calls).toMatchObject([{ id: callId, state: 'Disconnected', transfer: { kind: 'byYou', state: 'transferred', to: { peer: { rawId: carol } } } }]);
    expect(history.entries).toMatchObject([{ peer: { rawId: carol } }, { peer: { rawId: bob }, transferredTo: { rawId: carol } }]);
    expect(history.entries[0]?.transferredTo).toBeUndefined();
  });

  it('a consultation whose first call hung up meanwhile no longer says it is one', async () => {
    const { controller, callId, snap, remote } = await inCallWithBob();
    const consulted = await controller.consult(callId, carol);
    if (!consulted.ok) throw new Error('the consultation did not start');
    await vi.advanceTimersByTimeAsync(1_300);
    remote.hangUp(remote.snapshot().calls[0]?.id);
    await settle();
    expect(snap().calls.find((view) => view.id === consulted.callId)?.transfer).toBeUndefined();
    expect(await controller.transfer(callId, { to: 'call', targetCallId: consulted.callId })).toEqual({ ok: false, refusal: { kind: 'transfer', reason: 'notConnected' } });
  });

  it('voicemail: a Teams user sends the call to a Teams user\'s voicemail; an ACS user cannot', async () => {
    const teams = await inCallWithBob('teams');
    expect(await teams.controller.transfer(teams.callId, { to: 'voicemail', input: '+14255550123' })).toEqual({ ok: false, refusal: { kind: 'transfer', reason: 'voicemailNeedsTeamsUser' } });
    expect(await teams.controller.transfer(teams.callId, { to: 'voicemail', input: teamsObjectId })).toEqual({ ok: true });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(teams.call()).toMatchObject({ state: 'Disconnected', transfer: { state: 'transferred', to: { voicemail: true, peer: { rawId: `8:orgid:${teamsObjectId}` } } } });
    expect(teams.history.entries[0]).toMatchObject({ transferredTo: { rawId: `8:orgid:${teamsObjectId}` }, transferredToVoicemail: true });

    const acs = await inCallWithBob('acs');
    expect(await acs.controller.transfer(acs.callId, { to: 'voicemail', input: teamsObjectId })).toEqual({ ok: false, refusal: { kind: 'transfer', reason: 'voicemailNeedsTeams' } });
  });

  it('being transferred: the call ends as transferred to the target, and the call to the target says by whom', async () => {
    const { callId, snap, remote, history } = await inCallWithBob();
    remote.transferTo(carol, 'Carol');
    await settle();
    const [old, replacement] = [snap().calls.find((view) => view.id === callId), snap().calls.find((view) => view.id !== callId)];
    expect(old).toMatchObject({ state: 'Disconnected', transfer: { kind: 'away', to: { rawId: carol, display: 'Carol' } } });
    expect(replacement).toMatchObject({ state: 'Connecting', peer: { rawId: carol, display: 'Carol' }, transfer: { kind: 'arrived', by: { rawId: bob } } });
    await vi.advanceTimersByTimeAsync(1_300);
    expect(snap().calls.find((view) => view.id !== callId)?.state).toBe('Connected');
    expect(history.entries).toMatchObject([{ peer: { rawId: bob }, transferredTo: { rawId: carol } }]);

    await remote.hangUp();
    await settle();
    expect(history.entries[1]).toMatchObject({ peer: { rawId: carol }, transferredBy: { rawId: bob } });
  });
});

describe('call transfer against the SDK shapes', () => {
  const peer = { rawId: bob, kind: 'acsUser' as const, display: 'Bob' };

  function harness(begin: (target: unknown) => TransferLike) {
    const call = { id: 'sdk-1', state: 'Connected', remoteParticipants: [] } as unknown as CallLike;
    const tracked: TransferableCall = { id: 'call-1', call, peer };
    const feature = { transfer: begin, on: vi.fn(), off: vi.fn() } as unknown as TransferFeatureLike;
    const onChange = vi.fn();
    const transfers = new CallTransfers({
      feature: async () => feature,
      findLive: (id) => (id === 'call-1' ? tracked : undefined),
      dial: vi.fn(),
      getSettings: () => ({}),
      agentKind: () => 'acs',
      logger: silentEngineLogger,
      onChange,
    });
    return { transfers, tracked, onChange };
  }

  it('a transfer the SDK refuses at once (a group call: 46051) fails with that reason', async () => {
    const { transfers, tracked } = harness(() => {
      throw Object.assign(new Error('Transfer is not supported in this call.'), { code: 400, subCode: 46051 });
    });
    expect(await transfers.transfer('call-1', { to: 'participant', input: carol })).toEqual({ ok: true });
    expect(transfers.of(tracked).transfer).toMatchObject({ state: 'failed', failure: { reason: 'notSupported', code: 400, subCode: 46051 } });
  });

  it('a call that ends with the transferred reason before its Transfer says so still ends as transferred', async () => {
    let state: TransferStateLike = 'Transferring';
    const transfer = { get state() { return state; }, on: vi.fn(), off: vi.fn() } as unknown as TransferLike;
    const { transfers, tracked } = harness(() => transfer);
    await transfers.transfer('call-1', { to: 'participant', input: carol });
    expect(transfers.end(tracked, { code: 0, subCode: 7015 })).toEqual({ transferredTo: { rawId: carol, kind: 'acsUser', display: carol } });
    expect(transfers.of(tracked).transfer).toMatchObject({ state: 'transferred' });
    state = 'Transferred';
    expect(transfer.off).toHaveBeenCalledOnce();
  });

  it('a transfer still under way when the call ends otherwise is forgotten', async () => {
    const transfer = { state: 'Transferring', on: vi.fn(), off: vi.fn() } as unknown as TransferLike;
    const { transfers, tracked } = harness(() => transfer);
    await transfers.transfer('call-1', { to: 'participant', input: carol });
    expect(transfers.end(tracked, { code: 0, subCode: 0 })).toEqual({});
    expect(transfers.of(tracked)).toEqual({});
  });
});
