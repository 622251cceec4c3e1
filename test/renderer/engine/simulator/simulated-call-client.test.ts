import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../../../renderer/src/engine/clock';
import { SimulatorBackend } from '../../../../renderer/src/engine/simulator/simulator-backend';
import type { CallAgentLike, CallClientLike, ConnectionStateChangedArgs } from '../../../../renderer/src/engine/calling-backend';
import { acsToken, makeToken, teamsToken } from '../support/tokens';

function simulator(delays = { createMs: 0, connectMs: 0 }): SimulatorBackend {
  return new SimulatorBackend({ clock: systemClock, delays });
}

async function credentialFor(backend: SimulatorBackend, token: string) {
  return backend.createCredential({ token, tokenRefresher: () => Promise.reject(new Error('no refresh in this test')) });
}

async function createAcs(backend: SimulatorBackend, token = acsToken(), client?: CallClientLike): Promise<CallAgentLike> {
  const callClient = client ?? (await backend.createCallClient());
  return callClient.createCallAgent(await credentialFor(backend, token));
}

async function rejectionOf(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, 'expected a rejection').toBeInstanceOf(Error);
  return error as Record<string, unknown>;
}

describe('simulated CallClient: the SDK rules it enforces', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('creates a connected agent when the service is reachable', async () => {
    const backend = simulator();
    const agent = await createAcs(backend);
    expect(agent.connectionState).toBe('Connected');
    expect(backend.controls.snapshot().agents).toEqual([{ identity: 'acs:resource_user-a', kind: 'acs', connectionState: 'Connected' }]);
  });

  it('refuses a second agent for another identity on one CallClient with 400/40008', async () => {
    const backend = simulator();
    const client = await backend.createCallClient();
    await createAcs(backend, acsToken(), client);
    const error = await rejectionOf(createAcs(backend, acsToken({ user: 'acs:resource_user-b' }), client));
    expect(error).toMatchObject({ name: 'CallingCommunicationError', code: 400, subCode: 40008, resultCategories: ['ExpectedError'] });
  });

  it('hands back the same agent when one CallClient is asked twice for one identity, as the SDK does', async () => {
    const backend = simulator();
    const client = await backend.createCallClient();
    const first = await createAcs(backend, acsToken(), client);
    expect(await createAcs(backend, acsToken(), client)).toBe(first);
  });

  it('fails the loser of two CallClients racing for one identity with 409/40228', async () => {
    const backend = simulator();
    const results = await Promise.allSettled([createAcs(backend), createAcs(backend)]);
    expect(results[0]?.status).toBe('fulfilled');
    expect(results[1]).toMatchObject({ status: 'rejected', reason: { code: 409, subCode: 40228, resultCategories: ['ExpectedError'] } });
    expect(backend.controls.snapshot().agents).toHaveLength(1);
  });

  it('fails the loser of two CallClients racing for one Teams identity with 409/40230', async () => {
    const backend = simulator();
    const createTeams = async () => (await backend.createCallClient()).createTeamsCallAgent(await credentialFor(backend, teamsToken()));
    const results = await Promise.allSettled([createTeams(), createTeams()]);
    expect(results[1]).toMatchObject({ status: 'rejected', reason: { code: 409, subCode: 40230 } });
  });

  it('accepts a token with neither scope nor resourceId, as the SDK does', async () => {
    const agent = await createAcs(simulator(), makeToken({ oid: 'entra-object', exp: 4_102_444_800 }));
    expect(agent.connectionState).toBe('Connected');
  });

  it('gives a later CallClient the live agent for the identity until it is disposed', async () => {
    const backend = simulator();
    const first = await createAcs(backend);
    expect(await createAcs(backend)).toBe(first);
    await first.dispose();
    const fresh = await createAcs(backend);
    expect(fresh).not.toBe(first);
    expect(backend.controls.snapshot().agents).toHaveLength(1);
  });

  it('disposing a CallClient disposes its agent and frees the identity', async () => {
    const backend = simulator();
    const client = await backend.createCallClient();
    await createAcs(backend, acsToken(), client);
    await client.dispose();
    expect(backend.controls.snapshot()).toMatchObject({ agents: [], liveCallClients: 0 });
    const error = await rejectionOf(createAcs(backend, acsToken(), client));
    expect(error).toMatchObject({ code: 404, subCode: 40012 });
  });

  it.each([
    ['a scope that is not a string', acsToken({ scope: ['voip'] }), 401, 44114, 'ExpectedError'],
    ['a scope without voip', acsToken({ scope: 'chat' }), 401, 44113, 'ExpectedError'],
    ['"chat, voip" (the SDK splits on commas only)', acsToken({ scope: 'chat, voip' }), 401, 44113, 'ExpectedError'],
    ['a token with no payload segment', 'not-a-jwt', 401, 44111, 'ExpectedError'],
    ['a payload that is not base64 JSON', 'header.%%%.signature', 401, 44117, 'UnexpectedClientError'],
    ['no resource id for an ACS user', makeToken({ skypeid: 'acs:x', acsScope: 'voip', exp: 4_102_444_800 }), 401, 44115, 'ExpectedError'],
    ['a resourceId but no scope', makeToken({ skypeid: 'acs:x', resourceId: 'r', exp: 4_102_444_800 }), 401, 44114, 'ExpectedError'],
    ['no user id', makeToken({ acsScope: 'voip', resourceId: 'r', exp: 4_102_444_800 }), 401, 44116, 'ExpectedError'],
    ['a user id without a cloud prefix', makeToken({ skypeid: 'nocolon', acsScope: 'voip', resourceId: 'r', exp: 4_102_444_800 }), 409, 44012, 'ExpectedError'],
    ['a payload that is JSON null', `h.${btoa('null')}.s`, 401, 44112, 'ExpectedError'],
    ['a Teams token for createCallAgent', teamsToken(), 403, 40229, 'ExpectedError'],
  ])('rejects %s like the SDK', async (_case, token, code, subCode, category) => {
    const error = await rejectionOf(createAcs(simulator(), token));
    expect(error).toMatchObject({ code, subCode, resultCategories: [category] });
  });

  it('rejects an ACS token for createTeamsCallAgent with 403/40231', async () => {
    const backend = simulator();
    const client = await backend.createCallClient();
    const error = await rejectionOf(client.createTeamsCallAgent(await credentialFor(backend, acsToken())));
    expect(error).toMatchObject({ code: 403, subCode: 40231, message: 'TeamsCallAgent must be created only with Teams token' });
  });

  it('rejects a display name for a Teams agent with the SDK 2.0 code 400/40214', async () => {
    const backend = simulator();
    const client = await backend.createCallClient();
    const error = await rejectionOf(client.createTeamsCallAgent(await credentialFor(backend, teamsToken()), { displayName: 'Ann' }));
    expect(error).toMatchObject({ code: 400, subCode: 40214, resultCategories: ['ExpectedError'] });
    expect(backend.controls.snapshot().agents).toEqual([]);
  });

  it('creates a Teams agent for a Teams token without a display name', async () => {
    const backend = simulator();
    const client = await backend.createCallClient();
    await client.createTeamsCallAgent(await credentialFor(backend, teamsToken()));
    expect(backend.controls.snapshot().agents).toMatchObject([{ kind: 'teams', connectionState: 'Connected' }]);
  });
});

describe('simulated service: reachability and delays', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('offline: createCallAgent resolves only after the offline delay and the agent stays Disconnected until the network returns', async () => {
    const backend = simulator({ createMs: 0, connectMs: 0 });
    backend.controls.setDelays({ offlineCreateMs: 15_000 });
    backend.controls.setOnline(false);
    let agent: CallAgentLike | undefined;
    void createAcs(backend).then((created) => (agent = created));
    await vi.advanceTimersByTimeAsync(14_999);
    expect(agent).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(agent?.connectionState).toBe('Disconnected');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(agent?.connectionState).toBe('Disconnected');

    backend.controls.setOnline(true);
    expect(agent?.connectionState).toBe('Connected');
  });

  it('passes through Disconnected for connectMs before Connected', async () => {
    const backend = simulator({ createMs: 300, connectMs: 200 });
    const created = createAcs(backend);
    await vi.advanceTimersByTimeAsync(300);
    const agent = await created;
    expect(agent.connectionState).toBe('Disconnected');
    await vi.advanceTimersByTimeAsync(200);
    expect(agent.connectionState).toBe('Connected');
  });

  it('dropConnection disconnects live agents with reason connectionIssue; restoreConnection reconnects them', async () => {
    const backend = simulator();
    const agent = await createAcs(backend);
    const changes: ConnectionStateChangedArgs[] = [];
    agent.on('connectionStateChanged', (args) => changes.push(args));
    backend.controls.dropConnection();
    expect(agent.connectionState).toBe('Disconnected');
    backend.controls.restoreConnection();
    expect(changes).toEqual([
      { newValue: 'Disconnected', oldValue: 'Connected', reason: 'connectionIssue' },
      { newValue: 'Connected', oldValue: 'Disconnected' },
    ]);
  });

  it('inject() refuses a bad plan and keeps the queue as it was', () => {
    const backend = simulator();
    backend.controls.inject('40104x2');
    expect(() => backend.controls.inject('40104,12345')).toThrow(/not a known error/);
    expect(backend.controls.snapshot().pendingPlan).toBe('40104x2');
  });

  it('injected failures hit the next createCallAgent calls in order, then creation succeeds', async () => {
    const backend = simulator();
    backend.controls.inject('40104x2,408/40114');
    const outcomes: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const client = await backend.createCallClient();
      await createAcs(backend, acsToken(), client).then(
        async (agent) => {
          outcomes.push('created');
          await agent.dispose();
        },
        (error: { subCode: number }) => outcomes.push(String(error.subCode)),
      );
    }
    expect(outcomes).toEqual(['40104', '40104', '40114', 'created']);
    expect(backend.controls.snapshot().pendingPlan).toBe('');
  });

  it('an injected failure with a delay fails only after that delay, then the next one uses the normal create time', async () => {
    const backend = simulator({ createMs: 100, connectMs: 0 });
    backend.controls.inject('408/40104@5s,40216');
    const settledAt: Record<string, number> = {};
    const started = Date.now();
    const first = rejectionOf(createAcs(backend)).then((error) => (settledAt[String(error.subCode)] = Date.now() - started));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(settledAt).toEqual({});
    await vi.advanceTimersByTimeAsync(1);
    await first;
    expect(settledAt).toEqual({ 40104: 5_000 });

    const again = Date.now();
    const second = rejectionOf(createAcs(backend)).then((error) => (settledAt[String(error.subCode)] = Date.now() - again));
    await vi.advanceTimersByTimeAsync(100);
    await second;
    expect(settledAt['40216']).toBe(100);
  });
});
