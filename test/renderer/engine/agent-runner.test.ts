import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentedErrors } from '../../../shared/errors/catalog';
import type { EngineCommand } from '../../../shared/ipc/contract';
import { AgentRunner } from '../../../renderer/src/engine/agent-runner';
import { systemClock } from '../../../renderer/src/engine/clock';
import { SimulatorBackend } from '../../../renderer/src/engine/simulator/simulator-backend';
import type { SimulatorDelays } from '../../../renderer/src/engine/simulator/simulated-service';
import { FakeEngineIpc } from './support/fake-engine-ipc';
import { acsToken, teamsToken } from './support/tokens';
import { currentAgent } from './support/current-agent';

const leaseId = 'lease-1';
const graceMs = 5_000;
const deadlines = { createMs: 20_000, connectMs: 10_000 };

function setup(delays: Partial<SimulatorDelays> = { createMs: 0, connectMs: 0 }) {
  const api = new FakeEngineIpc();
  const backend = new SimulatorBackend({ clock: systemClock, delays });
  const runner = new AgentRunner({ api, backend, clock: systemClock, connectionGraceMs: graceMs });
  return { api, backend, runner, simulator: backend.controls };
}

function create(attempt: number, overrides: Partial<Extract<EngineCommand, { type: 'createAgent' }>> = {}): EngineCommand {
  return { type: 'createAgent', leaseId, attempt, agentKind: 'acs', token: acsToken(), deadlines, ...overrides };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('AgentRunner with the simulator', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports created, then connected once the agent connects', async () => {
    const { api, runner } = setup({ createMs: 300, connectMs: 200 });
    api.send(create(1));
    await vi.advanceTimersByTimeAsync(300);
    expect(api.timeline).toEqual(['1:created']);
    expect(currentAgent(runner)?.connectionState).toBe('Disconnected');
    await vi.advanceTimersByTimeAsync(200);
    expect(api.timeline).toEqual(['1:created', '1:connected']);
    expect(api.reports.every((report) => report.leaseId === leaseId)).toBe(true);
    expect(currentAgent(runner)?.connectionState).toBe('Connected');
  });

  it.each(documentedErrors.map((entry) => [`${entry.code}/${entry.subCode}`, entry] as const))(
    'an injected %s surfaces as a failed report with its code, subCode and category',
    async (_id, entry) => {
      const { api, simulator } = setup();
      simulator.inject(`${entry.code}/${entry.subCode}`);
      api.send(create(1));
      await settle();
      expect(api.reports).toHaveLength(1);
      expect(api.reports[0]?.event).toMatchObject({
        type: 'failed',
        error: { name: 'CallingCommunicationError', code: entry.code, subCode: entry.subCode, resultCategories: [entry.category] },
      });
      expect(simulator.snapshot()).toMatchObject({ agents: [], liveCallClients: 0 });
    },
  );

  it('40104x2 fails the first two attempts, then the third connects', async () => {
    const { api, simulator } = setup();
    simulator.inject('40104x2');
    for (const attempt of [1, 2, 3]) {
      api.send(create(attempt));
      await settle();
    }
    expect(api.timeline).toEqual(['1:failed:40104', '2:failed:40104', '3:created', '3:connected']);
    expect(simulator.snapshot().agents).toHaveLength(1);
  });

  it('offline: the agent is created but never connects, so the connect deadline reports timedOut{connect}', async () => {
    const { api, simulator } = setup({ createMs: 0, connectMs: 0, offlineCreateMs: 15_000 });
    simulator.setOnline(false);
    api.send(create(1, { deadlines: { createMs: 20_000, connectMs: 10_000 } }));
    await vi.advanceTimersByTimeAsync(15_000);
    expect(api.timeline).toEqual(['1:created']);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(api.timeline).toEqual(['1:created']);
    await vi.advanceTimersByTimeAsync(1);
    expect(api.timeline).toEqual(['1:created', '1:timedOut:connect']);
  });

  it('a createCallAgent that outlives its deadline reports timedOut{create} and the late agent is disposed', async () => {
    const { api, simulator } = setup({ createMs: 0, connectMs: 0, offlineCreateMs: 15_000 });
    simulator.setOnline(false);
    api.send(create(1, { deadlines: { createMs: 5_000, connectMs: 10_000 } }));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(api.timeline).toEqual(['1:timedOut:create']);
    expect(simulator.snapshot().agents).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(api.timeline).toEqual(['1:timedOut:create']);
    expect(simulator.snapshot()).toMatchObject({ agents: [], liveCallClients: 0 });
  });

  it('disposeAgent disposes the agent and its CallClient, then reports disposed', async () => {
    const { api, runner, simulator } = setup();
    api.send(create(1));
    await settle();
    api.send({ type: 'disposeAgent', leaseId, reason: 'signOut' });
    await settle();
    expect(api.timeline).toEqual(['1:created', '1:connected', '1:disposed']);
    expect(simulator.snapshot()).toMatchObject({ agents: [], liveCallClients: 0 });
    expect(currentAgent(runner)).toBeUndefined();
  });

  it('disposeAgent for a lease it does not hold still reports disposed and leaves the live agent alone', async () => {
    const { api, simulator } = setup();
    api.send(create(2));
    await settle();
    api.send({ type: 'disposeAgent', leaseId: 'old-lease', reason: 'beforeRetry' });
    await settle();
    expect(api.reports.at(-1)).toEqual({ leaseId: 'old-lease', attempt: 1, event: { type: 'disposed' } });
    expect(simulator.snapshot().agents).toHaveLength(1);
  });

  it('reports connectionLost only when the agent stays disconnected past the grace period', async () => {
    const { api, simulator } = setup();
    api.send(create(1));
    await settle();
    simulator.dropConnection();
    await vi.advanceTimersByTimeAsync(graceMs - 1);
    simulator.restoreConnection();
    await vi.advanceTimersByTimeAsync(graceMs);
    expect(api.timeline).toEqual(['1:created', '1:connected']);

    simulator.dropConnection();
    await vi.advanceTimersByTimeAsync(graceMs);
    expect(api.timeline).toEqual(['1:created', '1:connected', '1:connectionLost']);
    simulator.restoreConnection();
    await settle();
    expect(api.timeline).toEqual(['1:created', '1:connected', '1:connectionLost', '1:connected']);
  });

  it('a newer createAgent disposes the previous agent before creating, so the SDK rules never trip', async () => {
    const { api, simulator } = setup();
    api.send(create(1));
    await settle();
    const first = simulator.snapshot().agents;
    api.send(create(2));
    await settle();
    expect(api.timeline).toEqual(['1:created', '1:connected', '2:created', '2:connected']);
    expect(simulator.snapshot()).toMatchObject({ agents: [{ connectionState: 'Connected' }], liveCallClients: 1 });
    expect(first).toHaveLength(1);
  });

  it('a newer createAgent supersedes one still in flight: no reports for the old attempt, its agent is cleaned up', async () => {
    const { api, runner, simulator } = setup({ createMs: 1_000, connectMs: 0 });
    api.send(create(1));
    await vi.advanceTimersByTimeAsync(500);
    api.send(create(2));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(api.timeline).toEqual(['2:created', '2:connected']);
    expect(simulator.snapshot().agents).toHaveLength(1);
    expect(currentAgent(runner)?.connectionState).toBe('Connected');
    api.send({ type: 'disposeAgent', leaseId, reason: 'signOut' });
    await settle();
    expect(simulator.snapshot()).toMatchObject({ agents: [], liveCallClients: 0 });
  });

  it('creates a Teams agent with createTeamsCallAgent and passes a display name through for QA', async () => {
    const { api } = setup();
    api.send(create(1, { agentKind: 'teams', token: teamsToken(), displayName: 'Ann' }));
    await settle();
    expect(api.reports[0]?.event).toMatchObject({ type: 'failed', error: { code: 400, subCode: 40214 } });
    api.send(create(2, { agentKind: 'teams', token: teamsToken() }));
    await settle();
    expect(api.timeline.slice(1)).toEqual(['2:created', '2:connected']);
  });

  it('a token of the wrong kind fails with the SDK error, not a timeout', async () => {
    const { api } = setup();
    api.send(create(1, { token: teamsToken() }));
    await settle();
    expect(api.reports[0]?.event).toMatchObject({ type: 'failed', error: { code: 403, subCode: 40229, resultCategories: ['ExpectedError'] } });
  });

  it('asks main for a fresh token when the token it was given has expired', async () => {
    const { api } = setup();
    const fresh = acsToken();
    api.tokenReply = () => ({ ok: true, value: { token: fresh, expiresOn: Date.now() + 3_600_000 } });
    api.send(create(1, { token: acsToken({ expiresInS: -60 }) }));
    await settle();
    expect(api.tokenRequests).toEqual([{ leaseId, forceRefresh: false }]);
    expect(api.timeline).toEqual(['1:created', '1:connected']);
  });

  it('asks again with forceRefresh when main answers with the token the credential already has', async () => {
    const { api } = setup();
    const stale = acsToken({ expiresInS: -60 });
    const fresh = acsToken();
    api.tokenReply = ({ forceRefresh }) => ({ ok: true, value: { token: forceRefresh ? fresh : stale, expiresOn: 0 } });
    api.send(create(1, { token: stale }));
    await settle();
    expect(api.tokenRequests.map((request) => request.forceRefresh)).toEqual([false, true]);
    expect(api.timeline).toEqual(['1:created', '1:connected']);
  });

  it('when main refuses a token, the attempt fails with 401/44110 as the SDK reports it', async () => {
    const { api } = setup();
    api.tokenReply = () => ({ ok: false, error: { code: 'failed', message: 'token endpoint unreachable' } });
    api.send(create(1, { token: acsToken({ expiresInS: -60 }) }));
    await settle();
    expect(api.reports[0]?.event).toMatchObject({ type: 'failed', error: { code: 401, subCode: 44110, resultCategories: ['UnexpectedClientError'] } });
  });

  it('dispose() stops listening, disposes the agent and tells main', async () => {
    const { api, runner, simulator } = setup();
    api.send(create(1));
    await settle();
    await runner.dispose();
    await settle();
    expect(api.listenerCount).toBe(0);
    expect(api.timeline.at(-1)).toBe('1:disposed');
    expect(simulator.snapshot()).toMatchObject({ agents: [], liveCallClients: 0 });
  });
});
