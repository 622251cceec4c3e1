import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger, systemClock } from '../../../../../electron/main/ports';
import { createSoftphoneCore } from '../../../../../electron/main/core/softphone-core';
import { openMemoryPersistence } from '../../../../../electron/main/persistence/open-persistence';
import { createTeamsTokenSource, teamsExchangeUrl, type TeamsSignInConfig } from '../../../../../electron/main/tokens/teams/teams-sign-in-setup';
import type { EngineCommand } from '../../../../../shared/ipc/contract';
import type { SessionView } from '../../../../../shared/session/state';
import type { EngineKind } from '../../../../../shared/session/state';
import { readTokenClaims } from '../../../../../shared/tokens/claims';
import { FakeClock } from '../../../../support/fake-clock';
import { RunningTokenServer, testApiKey } from '../../../../token-server/support/running-token-server';
import { EntraStandIn, tenantId } from './support/entra-stand-in';

const clientId = '0c5b3a9e-1f2d-4e6a-8b7c-9d0e1f2a3b4c';
const windowId = 'w1';

describe('what a Teams sign-in needs before it starts', () => {
  const deps = { logger: silentLogger, fetch: globalThis.fetch, clock: systemClock };
  const ports = { openBrowser: () => Promise.resolve() };
  const complete: TeamsSignInConfig = { clientId, tenant: undefined, tokenEndpointUrl: 'https://tokens.example.com/token', apiKey: 'key' };

  it('names the setting that is missing', () => {
    expect(() => createTeamsTokenSource({ ...complete, clientId: undefined }, ports, deps)).toThrow(expect.objectContaining({ reason: 'teamsNeedsClientId', message: expect.stringMatching(/application \(client\) id .* Settings/) }));
    expect(() => createTeamsTokenSource({ ...complete, tokenEndpointUrl: undefined }, ports, deps)).toThrow(expect.objectContaining({ reason: 'teamsNeedsTokenEndpoint', message: expect.stringMatching(/token endpoint URL .* Settings/) }));
    expect(() => createTeamsTokenSource(complete, undefined, deps)).toThrow(expect.objectContaining({ reason: 'teamsNeedsBrowser' }));
    expect(createTeamsTokenSource(complete, ports, deps).kind).toBe('teams');
  });

  it.each([
    ['https://tokens.example.com/token', 'https://tokens.example.com/token/teams'],
    ['https://tokens.example.com/api/token/', 'https://tokens.example.com/api/token/teams'],
    // Azure Functions keep their key in the query: it stays.
    ['https://fn.example.net/api/token?code=abc', 'https://fn.example.net/api/token/teams?code=abc'],
  ])('exchanges at the token service: %s → %s', (endpoint, exchange) => {
    expect(teamsExchangeUrl(endpoint)).toBe(exchange);
  });
});

describe('signing a Teams user in through the core', () => {
  let server: RunningTokenServer | undefined;
  afterEach(() => server?.stop());

  async function setUp(options: { engine?: EngineKind; teamsClientId?: string | null } = {}) {
    server = new RunningTokenServer();
    await server.start();
    const entra = new EntraStandIn();
    const persistence = openMemoryPersistence();
    const saved = persistence.settings.update({
      tokenEndpointUrl: server.url('/token'),
      tokenEndpointApiKey: testApiKey,
      teamsClientId: options.teamsClientId === undefined ? clientId : options.teamsClientId,
      teamsTenant: tenantId,
    });
    expect(saved.ok).toBe(true);
    const sent: { channel: string; payload: unknown }[] = [];
    const opened: string[] = [];
    const core = createSoftphoneCore({
      clock: new FakeClock(Date.now()),
      transport: { send: (_windowId, channel, payload) => sent.push({ channel, payload }) },
      logger: silentLogger,
      host: 'headless',
      engine: options.engine ?? 'sdk',
      engineReason: 'test',
      appVersion: '0.0.0-test',
      qa: false,
      random: () => 0.5,
      ...persistence,
      teamsSignIn: {
        openBrowser: (url) => {
          opened.push(url);
          return entra.openBrowser(url);
        },
        networkClient: entra,
      },
    });
    core.attachWindow(windowId);
    const phases = () => sent.filter((m) => m.channel === 'session.state').map((m) => (m.payload as SessionView).phase);
    const signIn = () => core.handle(windowId, 'session.signIn', { source: { type: 'teams' }, agentKind: 'teams', skipPreflight: false });
    return { core, sent, phases, opened, entra, signIn };
  }

  it('opens the browser, exchanges the Entra token, and asks the engine for a TeamsCallAgent', async () => {
    const { sent, phases, opened, signIn } = await setUp();
    expect(await signIn()).toEqual({ ok: true, value: {} });
    await vi.waitFor(() => expect(phases().at(-1)?.name).toBe('creatingAgent'));
    expect(phases()[0]).toEqual({ name: 'gettingToken', attempt: 1, inBrowser: true });
    expect(opened).toHaveLength(1);
    expect(new URL(opened[0]!).hostname).toBe('login.microsoftonline.com');
    const create = sent.map((m) => m.payload as EngineCommand).find((command) => command.type === 'createAgent');
    expect(create).toMatchObject({ type: 'createAgent', agentKind: 'teams' });
    expect(create?.type === 'createAgent' && readTokenClaims(create.token)).toMatchObject({ ok: true, claims: { kind: 'teams' } });
    const view = sent.filter((m) => m.channel === 'session.state').at(-1)?.payload as SessionView;
    expect(view.identity).toMatchObject({ agentKind: 'teams', tokenSource: 'teams' });
  });

  it('shows a sign-in cancelled in the browser as something the user has to redo, without retrying', async () => {
    const { phases, entra, signIn } = await setUp();
    entra.browserError = 'access_denied';
    await signIn();
    await vi.waitFor(() => expect(phases().at(-1)?.name).toBe('needsFix'));
    expect(phases().at(-1)).toMatchObject({ error: { id: 'app:teams-sign-in', category: 'ExpectedError', message: expect.stringContaining('access_denied') } });
  });

  it('stops waiting for the browser when the user signs out', async () => {
    const { core, phases, entra, signIn } = await setUp();
    entra.browserAbandoned = true;
    await signIn();
    await vi.waitFor(() => expect(entra.authorizeUrls).toHaveLength(1));
    await core.handle(windowId, 'session.signOut', {});
    expect(phases().at(-1)?.name).toBe('signedOut');
    expect(server?.acs.requests).toEqual([]);
  });

  it.each([
    ['the simulator', { engine: 'simulator' as const }, /simulator has no Teams sign-in/, 'teamsNeedsSdk'],
    ['no Entra app registration', { teamsClientId: null }, /application \(client\) id/, 'teamsNeedsClientId'],
  ])('refuses to start with %s and says why, with a reason the window words itself', async (_name, options, message, reason) => {
    const { opened, signIn } = await setUp(options);
    expect(await signIn()).toEqual({ ok: false, error: { code: 'failed', message: expect.stringMatching(message), reason } });
    expect(opened).toEqual([]);
  });
});
