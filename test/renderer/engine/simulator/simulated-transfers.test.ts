import { createIdentifierFromRawId, getIdentifierRawId } from '@azure/communication-common';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../../../renderer/src/engine/clock';
import { SimulatedCall } from '../../../../renderer/src/engine/simulator/simulated-call';
import { SimulatedTransfers } from '../../../../renderer/src/engine/simulator/simulated-transfers';

const bob = '8:acs:resource_bob';
const carol = '8:acs:resource_carol';

function connected(id: string, rawId: string): SimulatedCall {
  const call = new SimulatedCall(id, 'Outgoing', { identifier: createIdentifierFromRawId(rawId) }, { muted: false });
  call.connect();
  return call;
}

function desk(options: { teams?: boolean } = {}) {
  const calls: SimulatedCall[] = [connected('sim-call-1', bob)];
  const transfers = new SimulatedTransfers({
    clock: systemClock,
    delayMs: () => 1_000,
    liveCall: (id) => calls.find((call) => call.id === id && !call.ended),
    isTeams: () => options.teams === true,
    placeTargetCall: (_from, target) => {
      const call = new SimulatedCall(`sim-call-${calls.length + 1}`, 'Outgoing', { identifier: createIdentifierFromRawId(getIdentifierRawId(target)) }, { muted: false });
      calls.push(call);
      return call;
    },
  });
  const first = calls[0] as SimulatedCall;
  return { transfers, calls, first, feature: transfers.featureOf(first) };
}

describe('transfers in the simulator', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a blind transfer is Transferring, then Transferred, and the call ends as transferred (0/7015)', async () => {
    const { feature, first } = desk();
    const transfer = feature.transfer({ targetParticipant: createIdentifierFromRawId(carol) });
    const changed = vi.fn();
    transfer.on('stateChanged', changed);
    expect(transfer.state).toBe('Transferring');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(transfer.state).toBe('Transferred');
    expect(changed).toHaveBeenCalledOnce();
    expect(first.callEndReason).toEqual({ code: 0, subCode: 7015 });
  });

  it('QA makes the next transfer fail with a code; the call carries on', async () => {
    const { transfers, feature, first } = desk();
    expect(() => transfers.failNext(4.5, 0)).toThrow(/integer codes/);
    transfers.failNext(603, 0);
    const transfer = feature.transfer({ targetParticipant: createIdentifierFromRawId(carol) });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(transfer).toMatchObject({ state: 'Failed', error: { code: 603, subCode: 0 } });
    expect(first.state).toBe('Connected');
    // Only the next one.
    const again = feature.transfer({ targetParticipant: createIdentifierFromRawId(carol) });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(again.state).toBe('Transferred');
  });

  it('to another call: both calls end, the target call first', async () => {
    const { feature, first, calls } = desk();
    const second = connected('sim-call-2', carol);
    calls.push(second);
    const order: string[] = [];
    first.onEnded(() => order.push(first.id));
    second.onEnded(() => order.push(second.id));
    feature.transfer({ targetCallId: 'sim-call-2' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(order).toEqual(['sim-call-2', 'sim-call-1']);
  });

  it('refuses at once, as the SDK does: a call not up, an unknown target call, voicemail without Teams', async () => {
    const { feature, first } = desk();
    expect(() => feature.transfer({ targetCallId: 'sim-call-9' })).toThrow(expect.objectContaining({ code: 400, subCode: 46052 }));
    expect(() => feature.transfer({ targetParticipantVoicemail: { microsoftTeamsUserId: '45ab2481-1c1c-4005-be24-0ffb879b1130' } })).toThrow(
      expect.objectContaining({ code: 400, subCode: 46053 }),
    );
    await first.hangUp();
    expect(() => feature.transfer({ targetParticipant: createIdentifierFromRawId(carol) })).toThrow(/Cannot transfer while the call is Disconnected/);
  });

  it('a Teams user transfers to voicemail', async () => {
    const { feature } = desk({ teams: true });
    const transfer = feature.transfer({ targetParticipantVoicemail: { microsoftTeamsUserId: '45ab2481-1c1c-4005-be24-0ffb879b1130' } });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(transfer.state).toBe('Transferred');
  });

  it('the remote side transfers us: transferAccepted names the call to the target, then the call ends', () => {
    const { transfers, feature, first, calls } = desk();
    const accepted = vi.fn();
    feature.on('transferAccepted', accepted);
    expect(() => transfers.transferAway(first, '  ')).toThrow(/raw id/);
    const id = transfers.transferAway(first, carol);
    expect(accepted).toHaveBeenCalledWith({ targetCall: calls[1] });
    expect(id).toBe(calls[1]?.id);
    expect(first.callEndReason).toEqual({ code: 0, subCode: 7015 });
  });
});
