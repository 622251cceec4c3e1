import { afterEach, describe, expect, it } from 'vitest';
import { tokenEndpointResponseSchema } from '../../electron/main/tokens/endpoint-token-source';
import { readTokenClaims } from '../../shared/tokens/claims';
import { TrustedProxies } from '../../token-server/client-address';
import { RunningTokenServer, testApiKey } from './support/running-token-server';

const appId = '11111111-2222-4333-8444-555555555555';
const userObjectId = '66666666-7777-4888-9999-aaaaaaaaaaaa';
/** Shaped like an Entra access token; the stand-in does not check it, the service would. */
const entraToken = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJvaWQiOiI2NjY2NjY2Ni03Nzc3LTQ4ODgtOTk5OS1hYWFhYWFhYWFhYWEifQ.c2lnbmF0dXJlLWJ5dGVz';

let running: RunningTokenServer;

type Limits = { burst: number; perMinute: number };

async function start(options: { limits?: Limits; failedKeyLimits?: Limits; accessKey?: string; trustedProxies?: TrustedProxies } = {}) {
  running = new RunningTokenServer(options.limits, options.failedKeyLimits);
  await running.start(options);
  return running;
}

function trusting(setting: string): TrustedProxies {
  const parsed = TrustedProxies.parse(setting);
  if (!parsed.ok || !parsed.value) throw new Error(`not a trust setting: ${setting}`);
  return parsed.value;
}

afterEach(() => running.stop());

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

describe('the token server with the real identity client, against a stand-in ACS', () => {
  it('creates a user and answers with a voip token in the JSON the app expects', async () => {
    const s = await start();
    const response = await s.post('/token');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = tokenEndpointResponseSchema.parse(await response.json());
    expect(body.user?.communicationUserId).toMatch(/^8:acs:/);
    const claims = readTokenClaims(body.token);
    expect(claims).toMatchObject({ ok: true, claims: { kind: 'acs', scopes: ['voip'], scopeCheck: 'ok' } });
    // The request reached ACS signed with the resource's key, as the real service demands.
    expect(s.acs.refusedSignatures).toEqual([]);
    expect(s.acs.requests).toEqual([{ method: 'POST', path: '/identities', apiVersion: expect.any(String), body: { createTokenWithScopes: ['voip'] } }]);
  });

  it('refreshes the token of an existing user, keeping the user', async () => {
    const s = await start();
    const created = tokenEndpointResponseSchema.parse(await (await s.post('/token')).json());
    const user = created.user!.communicationUserId;
    for (const [path, body] of [['/token/refresh', { communicationUserId: user }], ['/token', { communicationUserId: user }]] as const) {
      const response = await s.post(path, body);
      expect(response.status).toBe(200);
      expect(tokenEndpointResponseSchema.parse(await response.json()).user).toEqual({ communicationUserId: user });
    }
    expect(s.acs.requests.slice(1).map((r) => [r.path, r.body])).toEqual([
      [`/identities/${encodeURIComponent(user)}/:issueAccessToken`, { scopes: ['voip'] }],
      [`/identities/${encodeURIComponent(user)}/:issueAccessToken`, { scopes: ['voip'] }],
    ]);
    expect(s.acs.users.size).toBe(1);
  });

  it('refuses a malformed user id before asking ACS, and says which field', async () => {
    const s = await start();
    const response = await s.post('/token/refresh', { communicationUserId: 'alice' });
    expect(response.status).toBe(400);
    expect(await json(response)).toEqual({ error: { code: 'invalid-request', message: expect.stringContaining('communicationUserId') } });
    expect(s.acs.requests).toEqual([]);
  });

  it('answers 404 for a user ACS does not know', async () => {
    const s = await start();
    const response = await s.post('/token/refresh', { communicationUserId: '8:acs:00000000-0000-4000-8000-00000000ac50_00000000-0000-0000-0000-000000000000' });
    expect(response.status).toBe(404);
    expect(await json(response)).toMatchObject({ error: { code: 'unknown-user' } });
  });

  it("exchanges a Teams user's Entra token for an ACS token", async () => {
    const s = await start();
    const response = await s.post('/token/teams', { entraToken, appId, userObjectId });
    expect(response.status).toBe(200);
    const body = tokenEndpointResponseSchema.parse(await response.json());
    expect(readTokenClaims(body.token)).toMatchObject({ ok: true, claims: { kind: 'teams' } });
    expect(s.acs.requests).toEqual([{ method: 'POST', path: '/teamsUser/:exchangeAccessToken', apiVersion: expect.any(String), body: { token: entraToken, appId, userId: userObjectId } }]);
  });

  it('refuses a Teams exchange with missing or malformed fields without echoing the token', async () => {
    const s = await start();
    const response = await s.post('/token/teams', { entraToken: 'not a jwt', appId: 'app', extra: 1 });
    expect(response.status).toBe(400);
    const text = JSON.stringify(await json(response));
    for (const field of ['entraToken', 'appId', 'userObjectId', 'extra']) expect(text).toContain(field);
    expect(text).not.toContain('not a jwt');
    expect(s.acs.requests).toEqual([]);
  });

  it('refuses requests without the right API key and never reaches ACS', async () => {
    const s = await start();
    for (const headers of [{}, { 'x-api-key': 'wrong-key-wrong-key' }] as Record<string, string>[]) {
      const response = await s.post('/token', {}, headers);
      expect(response.status).toBe(401);
      expect(await json(response)).toMatchObject({ error: { code: 'unauthorized' } });
    }
    expect(s.acs.requests).toEqual([]);
  });

  it('answers 502 when ACS refuses the signature of a wrong access key', async () => {
    const s = await start({ accessKey: Buffer.from('not-the-resource-key-not-the-resource-key').toString('base64') });
    const response = await s.post('/token');
    expect(response.status).toBe(502);
    expect(await json(response)).toMatchObject({ error: { code: 'acs-credentials-rejected' } });
    expect(s.acs.refusedSignatures).toEqual(['signature does not match']);
  });

  it('passes ACS throttling on with its Retry-After', async () => {
    const s = await start();
    s.acs.failure = { status: 429, retryAfter: '30' };
    const response = await s.post('/token');
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await json(response)).toMatchObject({ error: { code: 'acs-throttled' } });
    // No retry inside the service: the app's token manager owns retries.
    expect(s.acs.requests).toHaveLength(1);
  });

  it('answers 502 when ACS fails', async () => {
    const s = await start();
    s.acs.failure = { status: 500 };
    const response = await s.post('/token');
    expect(response.status).toBe(502);
    expect(await json(response)).toMatchObject({ error: { code: 'acs-unavailable' } });
    expect(s.acs.requests).toHaveLength(1);
  });

  it('rate-limits each client and lets it back after the wait', async () => {
    const s = await start({ limits: { burst: 2, perMinute: 6 } });
    expect((await s.post('/token')).status).toBe(200);
    expect((await s.post('/token')).status).toBe(200);
    const throttled = await s.post('/token');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('10');
    expect(await json(throttled)).toMatchObject({ error: { code: 'rate-limited' } });
    s.now += 10_000;
    expect((await s.post('/token')).status).toBe(200);
  });

  it('throttles wrong keys in a bucket of their own, so a guesser behind the same address cannot lock out a valid client', async () => {
    const s = await start({ limits: { burst: 3, perMinute: 6 }, failedKeyLimits: { burst: 2, perMinute: 2 } });
    const guesses = [];
    for (let i = 0; i < 20; i++) guesses.push((await s.post('/token', {}, { 'x-api-key': `guess-${i}-guess-guess-guess` })).status);
    expect(guesses.slice(0, 2)).toEqual([401, 401]);
    expect(new Set(guesses.slice(2))).toEqual(new Set([429]));
    const throttled = await s.post('/token', {}, {});
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('30');
    expect(await json(throttled)).toMatchObject({ error: { code: 'rate-limited', message: expect.stringContaining('wrong or missing API key') } });
    // The valid client at the same address still has its whole burst.
    expect([(await s.post('/token')).status, (await s.post('/token')).status, (await s.post('/token')).status]).toEqual([200, 200, 200]);
    expect(s.acs.requests).toHaveLength(3);
  });

  it('ignores X-Forwarded-For unless TOKEN_SERVER_TRUST_PROXY names the proxy, so a client cannot pick a fresh bucket', async () => {
    const s = await start({ limits: { burst: 1, perMinute: 1 } });
    expect((await s.post('/token', {}, { 'x-api-key': testApiKey, 'x-forwarded-for': '203.0.113.1' })).status).toBe(200);
    expect((await s.post('/token', {}, { 'x-api-key': testApiKey, 'x-forwarded-for': '203.0.113.2' })).status).toBe(429);
    expect(s.logLines.map((line) => (JSON.parse(line) as { client: string }).client)).toEqual(['127.0.0.1', '127.0.0.1']);
  });

  it('behind a trusted proxy, limits each client by its address in X-Forwarded-For', async () => {
    const s = await start({ limits: { burst: 1, perMinute: 1 }, trustedProxies: trusting('loopback') });
    const from = (forwardedFor: string) => s.post('/token', {}, { 'x-api-key': testApiKey, 'x-forwarded-for': forwardedFor });
    expect((await from('203.0.113.1')).status).toBe(200);
    // Another client behind the same proxy has its own bucket.
    expect((await from('203.0.113.2')).status).toBe(200);
    // A client that puts a made-up address in front of the one the proxy appended is still itself.
    expect((await from('198.51.100.9, 203.0.113.1')).status).toBe(429);
    expect(s.logLines.map((line) => (JSON.parse(line) as { client: string }).client)).toEqual(['203.0.113.1', '203.0.113.2', '203.0.113.1']);
  });

  it('answers only POST on its three routes', async () => {
    const s = await start();
    const get = await fetch(s.url('/token'), { headers: { 'x-api-key': testApiKey } });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await s.post('/identities')).status).toBe(404);
  });

  it('logs each request without tokens, keys or the connection string', async () => {
    const s = await start();
    const created = tokenEndpointResponseSchema.parse(await (await s.post('/token')).json());
    await s.post('/token/teams', { entraToken, appId, userObjectId });
    await s.post('/token', {}, { 'x-api-key': 'wrong-key-wrong-key' });
    s.acs.failure = { status: 500 };
    await s.post('/token/refresh', { communicationUserId: created.user!.communicationUserId });
    const log = s.logLines.join('\n');
    expect(s.logLines.map((line) => (JSON.parse(line) as { status: number }).status)).toEqual([200, 200, 401, 502]);
    expect(log).toContain(created.user!.communicationUserId);
    for (const secret of [created.token, entraToken, testApiKey, 'wrong-key-wrong-key', s.acs.accessKey, s.acs.connectionString()]) {
      expect(log).not.toContain(secret);
    }
  });
});
