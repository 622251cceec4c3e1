import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../electron/main/ports';
import { createSoftphoneCore, type Core } from '../../electron/main/core/softphone-core';
import type { EngineCommand, EventChannel } from '../../shared/ipc/contract';
import type { SessionView } from '../../shared/session/state';
import { FakeClock } from '../support/fake-clock';
import { acsToken } from '../support/tokens';
import { answerJson, RecordingHttpServer } from '../support/recording-http-server';
import { FaultyTokenEndpoint, type EndpointFault } from './faulty-token-endpoint';

/*
 * The real core and token manager against a real HTTP token service on 127.0.0.1 that fails
 * on demand. Timeouts and backoff run on a fake clock; only the HTTP exchange is real, so
 * the test waits for it (bounded) rather than for time to pass.
 */

const W = 'window-1';
let clock: FakeClock;
let endpoint: FaultyTokenEndpoint;
let url: string;
let core: Core;
let views: SessionView[];
let commands: EngineCommand[];

beforeEach(async () => {
  clock = new FakeClock();
  endpoint = new FaultyTokenEndpoint(() => ({ token: acsToken('endpoint-user'), expiresOn: clock.now() + 3_600_000 }), () => clock.now());
  url = await endpoint.listen();
  views = [];
  commands = [];
  core = createSoftphoneCore({
    clock,
    transport: {
      send: (windowId: string, channel: EventChannel, payload: unknown) => {
        if (windowId !== W) return;
        if (channel === 'session.state') views.push(payload as SessionView);
        if (channel !== 'engine.command') return;
        const command = payload as EngineCommand;
        commands.push(command);
        // A healthy engine confirms disposal, as the real one does once the agent is gone.
        if (command.type === 'disposeAgent') {
          const attempt = commands.findLast((c) => c.type === 'createAgent' && c.leaseId === command.leaseId);
          const report = { leaseId: command.leaseId, attempt: attempt?.type === 'createAgent' ? attempt.attempt : 1, event: { type: 'disposed' } };
          queueMicrotask(() => void core.handle(W, 'engine.report', report));
        }
      },
    },
    logger: silentLogger,
    host: 'headless',
    engine: 'simulator',
    engineReason: 'token endpoint faults',
    appVersion: '0.0.0-test',
    qa: false,
    random: () => 0.5,
    fetch: globalThis.fetch.bind(globalThis),
  });
  core.attachWindow(W);
});

afterEach(async () => {
  await core.dispose();
  await endpoint.close();
});

const phase = () => views[views.length - 1]?.phase;

/** Real I/O is involved: polls (bounded) until `done`, without moving the fake clock. */
async function waitFor(done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (done()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`gave up waiting for ${what}; phase ${JSON.stringify(phase())}, ${endpoint.requests} requests`);
}

async function signIn(): Promise<void> {
  const result = await core.handle(W, 'session.signIn', { source: { type: 'endpoint', url }, agentKind: 'auto', skipPreflight: false });
  expect(result.ok).toBe(true);
}

/** Plays the engine: the agent is created and connects. */
async function engineSucceeds(): Promise<void> {
  const create = commands.findLast((c): c is Extract<EngineCommand, { type: 'createAgent' }> => c.type === 'createAgent');
  if (!create) throw new Error('no createAgent command');
  await core.handle(W, 'engine.report', { leaseId: create.leaseId, attempt: create.attempt, event: { type: 'created' } });
  await core.handle(W, 'engine.report', { leaseId: create.leaseId, attempt: create.attempt, event: { type: 'connected' } });
}

/** The failure the user sees while the endpoint misbehaves, and how the message reads. */
const expectations: Record<Exclude<EndpointFault, 'ok' | 'status401' | 'redirectElsewhere'>, RegExp> = {
  hang: /timed out after 10 s/,
  reset: /could not be reached/,
  status500: /answered HTTP 500/,
  malformedJson: /not JSON/,
  slowDrip: /timed out after 10 s/,
};

describe('sign-in against a misbehaving token endpoint', () => {
  for (const [fault, message] of Object.entries(expectations) as [Exclude<EndpointFault, 'ok' | 'status401' | 'redirectElsewhere'>, RegExp][]) {
    it(`${fault}: shows a retry with a clear reason, then signs in by itself once the endpoint heals`, async () => {
      endpoint.fault = fault;
      await signIn();
      await waitFor(() => endpoint.requests === 1, 'the first request');
      if (fault === 'hang' || fault === 'slowDrip') clock.advance(10_000);
      await waitFor(() => phase()?.name === 'waitingToRetry', 'the retry countdown');

      const waiting = phase();
      if (waiting?.name !== 'waitingToRetry') throw new Error('not waiting');
      expect(waiting.error.id).toBe('app:token-endpoint');
      expect(waiting.error.message).toMatch(message);
      expect(JSON.stringify(views)).not.toContain('fault-endpoint-function-key');
      expect(commands.filter((c) => c.type === 'createAgent')).toHaveLength(0);

      endpoint.fault = 'ok';
      clock.advance(waiting.retryAt - clock.now());
      await waitFor(() => phase()?.name === 'creatingAgent', 'a create after the endpoint healed');
      await engineSucceeds();
      expect(phase()).toEqual({ name: 'ready' });
      expect(endpoint.requests).toBe(2);
    });
  }

  it('status401: a refused key is for the user to fix: no countdown and no more requests, however long', async () => {
    endpoint.fault = 'status401';
    await signIn();
    await waitFor(() => phase()?.name === 'needsFix', 'the fix-first state');
    expect(phase()).toMatchObject({ name: 'needsFix', error: { id: 'app:token-endpoint-refused', message: expect.stringMatching(/answered HTTP 401/) } });
    clock.advance(30 * 60_000);
    expect(endpoint.requests).toBe(1);
    expect(JSON.stringify(views)).not.toContain('fault-endpoint-function-key');
  });

  it('redirectElsewhere: a redirect to another origin is for the user to fix, names the origin, and nothing reaches it', async () => {
    const other = new RecordingHttpServer((_request, response) => answerJson(response, { token: acsToken('thief'), expiresOn: clock.now() + 3_600_000 }));
    endpoint.redirectTo = `${await other.listen()}/collect`;
    endpoint.fault = 'redirectElsewhere';
    try {
      await signIn();
      await waitFor(() => phase()?.name === 'needsFix', 'the fix-first state');
      expect(phase()).toMatchObject({ name: 'needsFix', error: { id: 'app:token-endpoint-redirect', message: expect.stringContaining(`to another origin, ${other.origin}`) } });
      clock.advance(30 * 60_000);
      expect(endpoint.requests).toBe(1);
      expect(other.requests).toHaveLength(0);
      expect(commands.filter((c) => c.type === 'createAgent')).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it('a failing endpoint is asked with growing pauses, not in a storm: a bounded number of requests, then a pause until the user retries', async () => {
    endpoint.fault = 'status500';
    await signIn();
    const end = clock.now() + 10 * 60_000;
    while (clock.now() < end) {
      const before = endpoint.requests;
      await waitFor(() => phase()?.name === 'waitingToRetry' || phase()?.name === 'retryPaused', 'the next retry to be scheduled');
      const current = phase();
      if (current?.name !== 'waitingToRetry') break;
      clock.advance(Math.max(1, current.retryAt - clock.now()));
      await waitFor(() => endpoint.requests > before || phase()?.name !== 'waitingToRetry', 'the retry request');
    }

    const gaps = endpoint.arrivals.slice(1).map((at, i) => at - (endpoint.arrivals[i] ?? at));
    expect(endpoint.requests).toBeGreaterThan(2);
    expect(endpoint.requests).toBeLessThanOrEqual(12);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1] ?? 0);

    // Retries stop after a bounded number; the endpoint is left alone until the user asks.
    expect(phase()?.name).toBe('retryPaused');
    const asked = endpoint.requests;
    clock.advance(30 * 60_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(endpoint.requests).toBe(asked);

    endpoint.fault = 'ok';
    await core.handle(W, 'session.retryNow', {});
    await waitFor(() => phase()?.name === 'creatingAgent', 'a create after the endpoint healed');
    await engineSucceeds();
    expect(phase()).toEqual({ name: 'ready' });
  });
});
