import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActiveAgent } from '../../../renderer/src/engine/agent-runner';
import { AgentRunner } from '../../../renderer/src/engine/agent-runner';
import { systemClock } from '../../../renderer/src/engine/clock';
import { SimulatorBackend } from '../../../renderer/src/engine/simulator/simulator-backend';
import type { EngineCommand } from '../../../shared/ipc/contract';
import { FakeEngineIpc } from './support/fake-engine-ipc';
import { acsToken } from './support/tokens';

const create = (attempt: number): EngineCommand => ({
  type: 'createAgent',
  leaseId: 'lease-1',
  attempt,
  agentKind: 'acs',
  token: acsToken(),
  deadlines: { createMs: 20_000, connectMs: 10_000 },
});

describe('AgentRunner.onAgentChanged', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tells calls about each created agent and about its end, with the client that holds it', async () => {
    const api = new FakeEngineIpc();
    const runner = new AgentRunner({ api, backend: new SimulatorBackend({ clock: systemClock, delays: { createMs: 0, connectMs: 0 } }), clock: systemClock, connectionGraceMs: 5_000 });
    const seen: (ActiveAgent | undefined)[] = [];
    runner.onAgentChanged((active) => seen.push(active));
    expect(seen).toEqual([undefined]);

    api.send(create(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toHaveLength(2);
    expect(seen[1]?.agent.connectionState).toBe('Connected');
    expect(await seen[1]?.callClient.getDeviceManager()).toBeDefined();

    api.send({ type: 'disposeAgent', leaseId: 'lease-1', reason: 'signOut' });
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toHaveLength(3);
    expect(seen[2]).toBeUndefined();
  });

  it('a failed create never publishes an agent', async () => {
    const api = new FakeEngineIpc();
    const backend = new SimulatorBackend({ clock: systemClock, delays: { createMs: 0, connectMs: 0 } });
    backend.controls.inject('40104');
    const runner = new AgentRunner({ api, backend, clock: systemClock, connectionGraceMs: 5_000 });
    const listener = vi.fn();
    runner.onAgentChanged(listener);
    api.send(create(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(listener.mock.calls).toEqual([[undefined]]);
  });
});
