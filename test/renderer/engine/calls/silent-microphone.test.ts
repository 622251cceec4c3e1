import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AgentRunner } from '../../../../renderer/src/engine/agent-runner';
import { AgentCallController } from '../../../../renderer/src/engine/calls/call-controller';
import type { MicrophoneLevelMeter } from '../../../../renderer/src/engine/calls/microphone-level';
import { SilentMicrophoneWatch, silenceAfterMs } from '../../../../renderer/src/engine/calls/silent-microphone';
import { systemClock } from '../../../../renderer/src/engine/clock';
import { SimulatorBackend } from '../../../../renderer/src/engine/simulator/simulator-backend';
import { FakeEngineIpc } from '../support/fake-engine-ipc';
import { FakeHistoryIpc, bob, settle } from '../support/signed-in-calls';
import { acsToken } from '../support/tokens';

/** A microphone whose level the test sets; it reports every 100 ms, as the real meter does. */
class SettableMeter implements MicrophoneLevelMeter {
  current = 0.3;
  start(_deviceId: string | undefined, onLevel: (level: number) => void) {
    const timer = setInterval(() => onLevel(this.current), 100);
    onLevel(this.current);
    return { stop: () => clearInterval(timer) };
  }
}

async function callWithMeter() {
  const api = new FakeEngineIpc();
  const backend = new SimulatorBackend({ clock: systemClock, delays: { createMs: 0, connectMs: 0 } });
  const runner = new AgentRunner({ api, backend, clock: systemClock, connectionGraceMs: 60_000 });
  const meter = new SettableMeter();
  const controller = new AgentCallController({ agents: runner, clock: systemClock, getSettings: () => ({}), history: new FakeHistoryIpc(), levelMeter: meter });
  api.send({ type: 'createAgent', leaseId: 'lease-1', attempt: 1, agentKind: 'acs', token: acsToken(), deadlines: { createMs: 20_000, connectMs: 10_000 } });
  await settle();
  await controller.startCall(bob);
  await vi.advanceTimersByTimeAsync(1_300);
  const call = () => controller.snapshot().calls[0];
  expect(call()?.state).toBe('Connected');
  const warned = () => (call()?.warnings ?? []).some((warning) => warning.diagnostic === 'microphoneNotFunctioning');
  return { controller, meter, call, warned };
}

describe('a microphone that sends only silence', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is reported on the call after 8 s of nothing, and cleared by the first sound', async () => {
    const { meter, warned } = await callWithMeter();
    meter.current = 0;
    await vi.advanceTimersByTimeAsync(silenceAfterMs - 500);
    expect(warned()).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(warned()).toBe(true);
    meter.current = 0.25;
    await vi.advanceTimersByTimeAsync(200);
    expect(warned()).toBe(false);
  });

  it('is not reported while the user is muted, and muting clears a warning already shown', async () => {
    const { controller, meter, call, warned } = await callWithMeter();
    meter.current = 0;
    await controller.setMuted(call()!.id, true);
    await vi.advanceTimersByTimeAsync(silenceAfterMs * 2);
    expect(warned()).toBe(false);
    await controller.setMuted(call()!.id, false);
    await vi.advanceTimersByTimeAsync(silenceAfterMs + 500);
    expect(warned()).toBe(true);
    await controller.setMuted(call()!.id, true);
    await settle();
    expect(warned()).toBe(false);
  });

  it('normal speech with pauses shorter than the limit never warns', () => {
    const changes: boolean[] = [];
    const watch = new SilentMicrophoneWatch(systemClock, (silent) => changes.push(silent));
    for (let second = 0; second < 60; second++) {
      vi.advanceTimersByTime(1_000);
      if (second % 5 === 0) watch.level(0.2);
    }
    watch.stop();
    expect(changes).toEqual([]);
  });
});
