import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSoftphoneCore } from '../../electron/main/core/softphone-core';
import { openMemoryPersistence } from '../../electron/main/persistence/open-persistence';
import { silentLogger } from '../../electron/main/ports';
import { EndpointTokenSource } from '../../electron/main/tokens/endpoint-token-source';
import { TokenError } from '../../electron/main/tokens/token-source';
import type { EngineCommand } from '../../shared/ipc/contract';
import type { SessionView } from '../../shared/session/state';
import { FakeClock } from '../support/fake-clock';
import { RunningTokenServer, testApiKey } from './support/running-token-server';

/*
 * The app's own endpoint token source, and the core's sign-in above it, against the real token
 * server in front of the stand-in ACS: what a user sees when each part of the chain fails.
 */

let running: RunningTokenServer;

afterEach(() => running.stop());

async function startServer(): Promise<RunningTokenServer> {
  running = new RunningTokenServer();
  await running.start();
  return running;
}

function endpointSource(s: RunningTokenServer, apiKey = testApiKey): EndpointTokenSource {
  return new EndpointTokenSource({ url: s.url('/token'), method: 'POST', apiKey, fetch: globalThis.fetch, clock: new FakeClock(Date.now()) });
}

async function fetchError(source: EndpointTokenSource): Promise<TokenError> {
  const error: unknown = await source.fetchToken(new AbortController().signal).catch((caught: unknown) => caught);
  if (!(error instanceof TokenError)) throw new Error(`expected a TokenError, got ${String(error)}`);
  return error;
}

describe('the endpoint token source against the token server', () => {
  it('gets a token for a new user, then keeps asking for the same user', async () => {
    const s = await startServer();
    const source = endpointSource(s);
    await source.fetchToken(new AbortController().signal);
    const user = source.communicationUserId;
    expect(user).toMatch(/^8:acs:/);
    const second = await source.fetchToken(new AbortController().signal);
    expect(second.expiresOn).toBeGreaterThan(Date.now());
    expect(source.communicationUserId).toBe(user);
    expect(s.acs.users.size).toBe(1);
    expect(s.acs.requests.map((r) => r.path)).toEqual(['/identities', `/identities/${encodeURIComponent(user!)}/:issueAccessToken`]);
  });

  it('starts from a user remembered from an earlier sign-in', async () => {
    const s = await startServer();
    await endpointSource(s).fetchToken(new AbortController().signal);
    const [user] = [...s.acs.users];
    const source = new EndpointTokenSource({ url: s.url('/token'), method: 'POST', apiKey: testApiKey, communicationUserId: user, fetch: globalThis.fetch, clock: new FakeClock(Date.now()) });
    await source.fetchToken(new AbortController().signal);
    expect(s.acs.users.size).toBe(1);
    expect(s.acs.requests.at(-1)?.path).toBe(`/identities/${encodeURIComponent(user!)}/:issueAccessToken`);
  });

  it('says the API key is wrong when the server refuses it', async () => {
    const s = await startServer();
    const error = await fetchError(endpointSource(s, 'not-the-api-key-0000'));
    expect(error.message).toContain('answered HTTP 401');
    expect(error.message).toContain('unauthorized');
    expect(error.message).toContain('API key');
    expect(error.message).not.toContain('not-the-api-key-0000');
  });

  it("passes on how long ACS asks to wait when it throttles", async () => {
    const s = await startServer();
    s.acs.failure = { status: 429, retryAfter: '30' };
    const error = await fetchError(endpointSource(s));
    expect(error).toMatchObject({ kind: 'endpoint', retryable: true });
    expect(error.message).toContain('HTTP 429');
    expect(error.message).toContain('retry after 30 s');
  });

  it('reports an ACS failure as a retryable service failure', async () => {
    const s = await startServer();
    s.acs.failure = { status: 503 };
    const error = await fetchError(endpointSource(s));
    expect(error).toMatchObject({ kind: 'endpoint', retryable: true });
    expect(error.message).toContain('HTTP 502');
    expect(error.message).toContain('acs-unavailable');
  });
});

describe('signing in through the core with the token server', () => {
  const windowId = 'w1';

  /** The app's own wiring (createSoftphoneCore): the API key and the remembered user come from the settings. */
  function coreFor(s: RunningTokenServer, apiKey = testApiKey, persistence = openMemoryPersistence()) {
    const clock = new FakeClock(Date.now());
    const sent: { channel: string; payload: unknown }[] = [];
    expect(persistence.settings.update({ tokenEndpointUrl: s.url('/token'), tokenEndpointApiKey: apiKey }).ok).toBe(true);
    const core = createSoftphoneCore({
      clock,
      transport: { send: (_windowId, channel, payload) => sent.push({ channel, payload }) },
      logger: silentLogger,
      host: 'headless',
      engine: 'sdk',
      engineReason: 'test',
      appVersion: '0.0.0-test',
      qa: true,
      random: () => 0.5,
      ...persistence,
    });
    const view = () => sent.filter((m) => m.channel === 'session.state').at(-1)?.payload as SessionView;
    const signIn = async () => {
      core.attachWindow(windowId);
      await core.handle(windowId, 'session.signIn', { source: { type: 'endpoint', url: s.url('/token') }, agentKind: 'auto', skipPreflight: false });
      await vi.waitFor(() => expect(view().phase.name).not.toBe('gettingToken'));
      return view();
    };
    return { core, sent, signIn, clock, settings: persistence.settings };
  }

  it('gets a token and asks the engine to create the agent for that user', async () => {
    const s = await startServer();
    const { sent, signIn } = coreFor(s);
    const view = await signIn();
    expect(view.phase.name).toBe('creatingAgent');
    const create = sent.map((m) => m.payload as EngineCommand).find((command) => command.type === 'createAgent');
    expect(create).toBeDefined();
    const [user] = [...s.acs.users];
    expect(user?.endsWith(view.identity!.label.slice(-8))).toBe(true);
  });

  it.each([
    ['ACS throttling', { status: 429, retryAfter: '30' } as const, testApiKey, /retry after 30 s/],
    ['an ACS outage', { status: 500 } as const, testApiKey, /HTTP 502.*acs-unavailable/],
  ])('shows %s as a token service failure with a retry countdown', async (_name, failure, apiKey, message) => {
    const s = await startServer();
    s.acs.failure = failure;
    const { signIn } = coreFor(s, apiKey);
    const view = await signIn();
    expect(view.phase).toMatchObject({ name: 'waitingToRetry', error: { id: 'app:token-endpoint', message: expect.stringMatching(message) } });
  });

  it('waits at least as long as a throttling service asked before trying again', async () => {
    const s = await startServer();
    s.acs.failure = { status: 429, retryAfter: '30' };
    const { signIn, clock } = coreFor(s);
    const { phase } = await signIn();
    // The first backoff step would be 1 s; the token service passed on ACS's Retry-After of 30 s.
    expect(phase.name === 'waitingToRetry' && phase.retryAt - clock.now()).toBe(30_000);
  });

  it('signs in as the same ACS user next time, even after a restart', async () => {
    const s = await startServer();
    const persistence = openMemoryPersistence();
    const first = coreFor(s, testApiKey, persistence);
    await first.signIn();
    const [user] = [...s.acs.users];
    expect(first.settings.get().tokenEndpointUser).toEqual({ endpoint: s.url('/token'), communicationUserId: user });
    first.core.detachWindow(windowId, 'closed');

    // A new core over the same settings: what the next launch of the app does.
    const second = coreFor(s, testApiKey, persistence);
    const view = await second.signIn();
    expect(view.phase.name).toBe('creatingAgent');
    expect(s.acs.users.size).toBe(1);
    expect(s.acs.requests.at(-1)?.path).toBe(`/identities/${encodeURIComponent(user!)}/:issueAccessToken`);
  });

  it('starts over with a new user when the service no longer knows the remembered one', async () => {
    const s = await startServer();
    const persistence = openMemoryPersistence();
    expect(persistence.settings.update({ tokenEndpointUser: { endpoint: s.url('/token'), communicationUserId: '8:acs:11111111-2222-4333-8444-555555555555_0000-dead-beef' } }).ok).toBe(true);
    const { signIn, settings } = coreFor(s, testApiKey, persistence);
    const view = await signIn();
    expect(view.phase).toMatchObject({ name: 'waitingToRetry', error: { message: expect.stringMatching(/no longer knows the user/) } });
    expect(settings.get().tokenEndpointUser).toBeUndefined();
  });

  it('shows a wrong API key as something to fix, with no retry countdown', async () => {
    const s = await startServer();
    const { signIn } = coreFor(s, 'not-the-api-key-0000');
    const view = await signIn();
    expect(view.phase).toMatchObject({ name: 'needsFix', error: { id: 'app:token-endpoint-refused', category: 'ExpectedError', message: expect.stringMatching(/API key/) } });
  });
});
