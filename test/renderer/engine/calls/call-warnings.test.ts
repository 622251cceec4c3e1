import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallDiagnosticListener, CallLike } from '../../../../renderer/src/engine/calling-backend';
import { CallWarnings } from '../../../../renderer/src/engine/calls/call-warnings';
import { systemClock } from '../../../../renderer/src/engine/clock';
import { FakeDiagnosticsIpc, settle } from '../support/signed-in-calls';

/** Only the identity of a call matters to the warnings; the backend's watcher is played by the test. */
const aCall = {} as CallLike;

function warnings(options: { alreadyRaised?: boolean } = {}) {
  const ipc = new FakeDiagnosticsIpc();
  const onChange = vi.fn();
  let emit: CallDiagnosticListener = () => undefined;
  const stopWatching = vi.fn();
  const watchDiagnostics = (_call: CallLike, listener: CallDiagnosticListener) => {
    emit = listener;
    if (options.alreadyRaised) listener({ kind: 'network', diagnostic: 'networkReconnect', value: 3 });
    return stopWatching;
  };
  const subject = new CallWarnings({ clock: systemClock, logger: { warn: vi.fn() }, watchDiagnostics, diagnosticsIpc: ipc, onChange });
  return { subject, ipc, onChange, stopWatching, emit: (...args: Parameters<CallDiagnosticListener>) => emit(...args) };
}

describe('call warnings (User Facing Diagnostics)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a call without raised diagnostics contributes no warnings', () => {
    const { subject } = warnings();
    subject.watch('call-1', aCall);
    expect(subject.of('call-1')).toBeUndefined();
  });

  it('diagnostics raised before the call was watched show at once', async () => {
    const { subject, ipc } = warnings({ alreadyRaised: true });
    subject.watch('call-1', aCall);
    await settle();
    expect(subject.of('call-1')).toMatchObject([{ diagnostic: 'networkReconnect', severity: 'error', value: 3 }]);
    expect(ipc.changes).toMatchObject([{ callId: 'call-1', diagnostic: 'networkReconnect', raised: true }]);
  });

  it('raise, clear and a clear of something never raised (getLatest reports those) are told apart', async () => {
    const { subject, ipc, onChange, emit } = warnings();
    subject.watch('call-1', aCall);
    emit({ kind: 'media', diagnostic: 'speakingWhileMicrophoneIsMuted', value: true });
    expect(Object.isFrozen(subject.of('call-1'))).toBe(true);
    emit({ kind: 'network', diagnostic: 'networkSendQuality', value: 1 });
    emit({ kind: 'media', diagnostic: 'speakingWhileMicrophoneIsMuted', value: false });
    await settle();
    expect(subject.of('call-1')).toBeUndefined();
    expect(ipc.changes.map((change) => [change.diagnostic, change.raised])).toEqual([
      ['speakingWhileMicrophoneIsMuted', true],
      ['speakingWhileMicrophoneIsMuted', false],
    ]);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('an ended call stops watching, reports every warning cleared, and ignores late events', async () => {
    const { subject, ipc, stopWatching, emit } = warnings();
    subject.watch('call-1', aCall);
    emit({ kind: 'network', diagnostic: 'networkReceiveQuality', value: 3 });
    subject.end('call-1');
    emit({ kind: 'network', diagnostic: 'networkRelaysNotReachable', value: true });
    subject.change('call-1', { kind: 'media', diagnostic: 'microphoneNotFunctioning', value: true });
    await settle();
    expect(stopWatching).toHaveBeenCalledOnce();
    expect(subject.of('call-1')).toBeUndefined();
    expect(ipc.changes.map((change) => [change.diagnostic, change.raised])).toEqual([
      ['networkReceiveQuality', true],
      ['networkReceiveQuality', false],
    ]);
  });

  it('the engine raises its own warnings in the same terms, without a backend watcher', () => {
    const subject = new CallWarnings({ clock: systemClock, logger: { warn: vi.fn() }, onChange: vi.fn() });
    subject.watch('call-1', aCall);
    subject.change('call-1', { kind: 'media', diagnostic: 'microphoneNotFunctioning', value: true });
    expect(subject.of('call-1')).toMatchObject([{ diagnostic: 'microphoneNotFunctioning', since: Date.now() }]);
  });
});
