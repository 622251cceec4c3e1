import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../../../electron/main/ports';
import { TeamsEntraSignIn } from '../../../../../electron/main/tokens/teams/teams-entra-sign-in';
import { createTeamsMsalApp } from '../../../../../electron/main/tokens/teams/teams-msal-app';
import { teamsCommunicationScopes } from '../../../../../electron/main/tokens/teams/teams-scopes';
import { TeamsTokenSource } from '../../../../../electron/main/tokens/teams/teams-token-source';
import { TokenError } from '../../../../../electron/main/tokens/token-source';
import { readTokenClaims } from '../../../../../shared/tokens/claims';
import { FakeClock } from '../../../../support/fake-clock';
import { RunningTokenServer, testApiKey } from '../../../../token-server/support/running-token-server';
import { answerJson, answerRedirect, RecordingHttpServer } from '../../../../support/recording-http-server';
import { EntraStandIn, tenantId } from './support/entra-stand-in';

const clientId = '0c5b3a9e-1f2d-4e6a-8b7c-9d0e1f2a3b4c';

let server: RunningTokenServer;
afterEach(() => server.stop());

async function setUp(configure: (entra: EntraStandIn) => void = () => {}, exchangeUrl?: string) {
  server = new RunningTokenServer();
  await server.start();
  const entra = new EntraStandIn();
  configure(entra);
  const msal = createTeamsMsalApp({ clientId, tenant: tenantId, logger: silentLogger, networkClient: entra });
  const source = new TeamsTokenSource({
    signIn: new TeamsEntraSignIn({ msal, openBrowser: entra.openBrowser }),
    clientId,
    exchangeUrl: exchangeUrl ?? server.url('/token/teams'),
    apiKey: testApiKey,
    fetch: globalThis.fetch,
    clock: new FakeClock(Date.now()),
  });
  return { entra, source };
}

async function failure(work: Promise<unknown>): Promise<TokenError> {
  const error: unknown = await work.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof TokenError)) throw new Error(`expected a TokenError, got ${String(error)}`);
  return error;
}

const signal = () => new AbortController().signal;

describe('Teams sign-in through MSAL and the token service', () => {
  it('signs in in the browser with PKCE, then exchanges the Entra token for an ACS token for a TeamsCallAgent', async () => {
    const { entra, source } = await setUp();
    const account = await source.signIn();
    expect(account.username).toBe('adele@contoso.example');

    const authorize = entra.authorizeUrls[0]!;
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('response_mode')).toBe('form_post');
    expect(authorize.searchParams.get('redirect_uri')).toMatch(/^http:\/\/localhost:\d+/);
    expect(authorize.searchParams.get('scope')?.split(' ')).toEqual(expect.arrayContaining([...teamsCommunicationScopes]));
    // The stand-in refuses a code whose verifier does not match the challenge, so this is PKCE done right.
    expect(entra.tokenRequests).toEqual([expect.objectContaining({ grant_type: 'authorization_code', code_verifier: expect.any(String) })]);

    const token = await source.fetchToken(signal());
    expect(readTokenClaims(token.token)).toMatchObject({ ok: true, claims: { kind: 'teams' } });
    const exchange = server.acs.requests.at(-1);
    expect(exchange?.path).toBe('/teamsUser/:exchangeAccessToken');
    expect(exchange?.body).toMatchObject({ appId: clientId, userId: entra.user.objectId, token: expect.stringMatching(/^eyJ/) });
  });

  it('keeps the ACS token fresh through the Entra refresh token, without the browser', async () => {
    // Shorter than MSAL's five-minute refresh margin, so every silent call goes to Entra.
    const { entra, source } = await setUp((e) => (e.accessTokenLifetimeSeconds = 120));
    await source.signIn();
    await source.fetchToken(signal());
    await source.fetchToken(signal());
    expect(entra.authorizeUrls).toHaveLength(1);
    expect(entra.tokenRequests.map((r) => r.grant_type)).toEqual(['authorization_code', 'refresh_token']);
    const [first, second] = server.acs.requests.map((r) => (r.body as { token: string }).token);
    expect(second).not.toBe(first);
  });

  it('asks the user to sign in again once Entra revokes the refresh token', async () => {
    const { entra, source } = await setUp((e) => (e.accessTokenLifetimeSeconds = 120));
    await source.signIn();
    await source.fetchToken(signal());
    entra.revokeAll();
    const error = await failure(source.fetchToken(signal()));
    expect(error).toMatchObject({ kind: 'signInAgain', retryable: false, endsSignIn: true, failureId: 'teams-sign-in' });
    expect(error.message).toContain('Sign in with Teams again');
    expect(entra.authorizeUrls).toHaveLength(1);
  });

  it('reports a sign-in the user cancelled in the browser', async () => {
    const { source } = await setUp((e) => (e.browserError = 'access_denied'));
    const error = await failure(source.signIn());
    expect(error.kind).toBe('signInAgain');
    expect(error.message).toContain('access_denied');
    expect(server.acs.requests).toEqual([]);
  });

  it('opens the browser for the first token of a sign-in, and never again from a refresh', async () => {
    const { entra, source } = await setUp((e) => (e.accessTokenLifetimeSeconds = 120));
    const first = await source.fetchToken(signal());
    expect(readTokenClaims(first.token)).toMatchObject({ ok: true, claims: { kind: 'teams' } });
    expect(entra.authorizeUrls).toHaveLength(1);
    entra.revokeAll();
    const error = await failure(source.fetchToken(signal()));
    expect(error.kind).toBe('signInAgain');
    expect(entra.authorizeUrls).toHaveLength(1);
  });

  it('stops waiting for the browser when the sign-in is abandoned in the app', async () => {
    const { entra, source } = await setUp((e) => (e.browserAbandoned = true));
    const controller = new AbortController();
    const pending = source.fetchToken(controller.signal);
    await vi.waitFor(() => expect(entra.authorizeUrls).toHaveLength(1));
    controller.abort(new DOMException('The token manager was stopped.', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.acs.requests).toEqual([]);
  });

  it('passes the token service refusing the exchange on as a token service failure', async () => {
    const { source } = await setUp();
    await source.signIn();
    server.acs.failure = { status: 429, retryAfter: '20' };
    const error = await failure(source.fetchToken(signal()));
    expect(error).toMatchObject({ kind: 'endpoint', retryable: true });
    expect(error.message).toContain('retry after 20 s');
  });

  it('never sends the Entra token or the API key to another origin the exchange redirects to', async () => {
    const other = new RecordingHttpServer((_request, response) => answerJson(response, {}));
    const redirecting = new RecordingHttpServer((_request, response) => answerRedirect(response, 307, `${other.origin}/token/teams`));
    try {
      await other.listen();
      const { source } = await setUp(undefined, `${await redirecting.listen()}/token/teams`);
      const error = await failure(source.fetchToken(signal()));
      expect(error).toMatchObject({ kind: 'redirected', failureId: 'token-endpoint-redirect' });
      expect(redirecting.requests[0]?.body).toContain('entraToken');
      expect(other.requests).toEqual([]);
    } finally {
      await Promise.all([other.close(), redirecting.close()]);
    }
  });
});
