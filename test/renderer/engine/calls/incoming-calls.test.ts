import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallHistoryReporter } from '../../../../renderer/src/engine/calls/call-history-report';
import { IncomingCalls } from '../../../../renderer/src/engine/calls/incoming-calls';
import { systemClock } from '../../../../renderer/src/engine/clock';
import { SimulatedIncomingCall, type IncomingCallHandler } from '../../../../renderer/src/engine/simulator/simulated-incoming-call';
import type { SimulatedCall } from '../../../../renderer/src/engine/simulator/simulated-call';
import { bob, FakeHistoryIpc, settle } from '../support/signed-in-calls';

/** The answered call is only handed over; its shape does not matter here. */
const answeredCall = {} as SimulatedCall;

function ringingFrom(handler: Partial<IncomingCallHandler> = {}): SimulatedIncomingCall {
  return new SimulatedIncomingCall('in-1', { identifier: { kind: 'communicationUser', communicationUserId: bob }, displayName: 'Bob' }, {
    accept: () => answeredCall,
    reject: (incoming) => incoming.end({ code: 603, subCode: 0 }),
    ...handler,
  });
}

function incomingCalls() {
  const history = new FakeHistoryIpc();
  const onChange = vi.fn();
  let next = 1;
  const subject = new IncomingCalls({ clock: systemClock, history: new CallHistoryReporter(history, { warn: vi.fn() }), nextId: () => `incoming-${next++}`, onChange });
  return { subject, history, onChange };
}

describe('incoming calls', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('rings with the caller, once however often the SDK reports it', () => {
    const { subject, onChange } = incomingCalls();
    const ringing = ringingFrom();
    subject.add(ringing);
    subject.add(ringing);
    expect(subject.views()).toEqual([{ id: 'incoming-1', caller: { rawId: bob, kind: 'acsUser', display: 'Bob' }, receivedAt: Date.now() }]);
    expect(Object.isFrozen(subject.views()[0])).toBe(true);
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('answering holds the call in progress first, then hands over the call without a history entry', async () => {
    const { subject, history } = incomingCalls();
    subject.add(ringingFrom());
    const order: string[] = [];
    const answered = await subject.answer('incoming-1', { muted: false }, async () => {
      order.push('held');
    });
    expect(order).toEqual(['held']);
    expect(answered).toMatchObject({ ok: true, call: answeredCall, caller: { display: 'Bob' } });
    expect(subject.views()).toEqual([]);
    await settle();
    expect(history.entries).toEqual([]);
    expect(await subject.answer('incoming-1', { muted: false }, async () => undefined)).toBeUndefined();
  });

  it('an answer that fails says why and leaves a failed incoming call in history', async () => {
    const { subject, history } = incomingCalls();
    subject.add(
      ringingFrom({
        accept: () => {
          throw new Error('The call was answered on another device.');
        },
      }),
    );
    const answered = await subject.answer('incoming-1', { muted: false }, async () => undefined);
    expect(answered).toEqual({ ok: false, detail: 'The call was answered on another device.' });
    await settle();
    expect(history.entries).toMatchObject([{ direction: 'incoming', outcome: 'failed', durationMs: 0 }]);
  });

  it('declined here, missed when the caller gives up, missed when signed out', async () => {
    const { subject, history } = incomingCalls();
    subject.add(ringingFrom());
    await subject.decline('incoming-1');
    const givesUp = ringingFrom();
    subject.add(givesUp);
    givesUp.end({ code: 487, subCode: 0 });
    subject.add(ringingFrom());
    subject.endAll();
    await settle();
    expect(subject.views()).toEqual([]);
    expect(history.entries.map((entry) => [entry.outcome, entry.endReason.code])).toEqual([
      ['declined', 603],
      ['missed', 487],
      ['missed', 0],
    ]);
  });

  it('a reject the SDK never confirms with callEnded is still a declined call', async () => {
    const { subject, history } = incomingCalls();
    subject.add(ringingFrom({ reject: () => undefined }));
    await subject.decline('incoming-1');
    await settle();
    expect(subject.views()).toEqual([]);
    expect(history.entries.map((entry) => entry.outcome)).toEqual(['declined']);
  });
});
