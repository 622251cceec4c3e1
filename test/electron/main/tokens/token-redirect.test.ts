import { afterEach, describe, expect, it } from 'vitest';
import { EndpointTokenSource } from '../../../../electron/main/tokens/endpoint-token-source';
import { decideRedirect, maxTokenRedirects } from '../../../../electron/main/tokens/token-redirect';
import { TokenError } from '../../../../electron/main/tokens/token-source';
import { mintSimulatedToken } from '../../../../shared/tokens/unsigned-token';
import { FakeClock } from '../../../support/fake-clock';
import { answerJson, answerRedirect, RecordingHttpServer } from '../../../support/recording-http-server';

const apiKey = 'redirect-test-api-key-7f3a9c';
const clock = new FakeClock(Date.now());
const token = mintSimulatedToken({ user: 'alice', kind: 'acs', scopes: ['voip'], expiresOn: clock.now() + 3_600_000 });
const signal = () => new AbortController().signal;

let servers: RecordingHttpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function start(server: RecordingHttpServer): Promise<string> {
  servers.push(server);
  return server.listen();
}

/** Another origin that would happily issue tokens: it must never be asked. */
async function otherOrigin(): Promise<{ server: RecordingHttpServer; origin: string }> {
  const server = new RecordingHttpServer((_request, response) => answerJson(response, { token, expiresOn: clock.now() + 3_600_000 }));
  return { server, origin: await start(server) };
}

function source(url: string, method: 'GET' | 'POST' = 'POST'): EndpointTokenSource {
  return new EndpointTokenSource({ url, method, apiKey, communicationUserId: '8:acs:kept-user', fetch: globalThis.fetch, clock });
}

async function failure(work: Promise<unknown>): Promise<TokenError> {
  const error: unknown = await work.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof TokenError)) throw new Error(`expected a TokenError, got ${String(error)}`);
  return error;
}

describe('decideRedirect', () => {
  const https = new URL('https://tokens.example.test/api/token?code=k');

  it('follows a redirect within the same origin, keeping the method and body only on 307/308', () => {
    expect(decideRedirect(https, 'POST', 307, '/v2/token')).toEqual({ kind: 'follow', url: new URL('https://tokens.example.test/v2/token'), method: 'POST', keepsBody: true });
    expect(decideRedirect(https, 'POST', 308, 'https://tokens.example.test/v2')).toMatchObject({ kind: 'follow', method: 'POST', keepsBody: true });
    expect(decideRedirect(https, 'POST', 302, '/v2/token')).toMatchObject({ kind: 'follow', method: 'GET', keepsBody: false });
    expect(decideRedirect(https, 'GET', 301, '/v2/token')).toMatchObject({ kind: 'follow', method: 'GET', keepsBody: false });
  });

  it('refuses another host, another port, and credentials in the target', () => {
    expect(decideRedirect(https, 'POST', 302, 'https://evil.example.test/collect')).toEqual({ kind: 'refuse', reason: 'crossOrigin', targetOrigin: 'https://evil.example.test' });
    expect(decideRedirect(https, 'GET', 307, 'https://tokens.example.test:8443/')).toMatchObject({ kind: 'refuse', reason: 'crossOrigin', targetOrigin: 'https://tokens.example.test:8443' });
    expect(decideRedirect(https, 'GET', 307, 'https://user:pw@tokens.example.test/')).toMatchObject({ kind: 'refuse', reason: 'crossOrigin' });
    expect(decideRedirect(new URL('http://localhost:7071/api'), 'GET', 302, 'https://localhost:7071/api')).toMatchObject({ kind: 'refuse', reason: 'crossOrigin' });
  });

  it('refuses https to plain http, even on the same host, and names it a downgrade', () => {
    expect(decideRedirect(https, 'POST', 307, 'http://tokens.example.test/api/token')).toEqual({ kind: 'refuse', reason: 'downgrade', targetOrigin: 'http://tokens.example.test' });
  });

  it('names only the origin of the target, never its path or query', () => {
    const decision = decideRedirect(https, 'GET', 302, 'https://other.example.test/path?code=secret-in-location');
    expect(JSON.stringify(decision)).not.toContain('secret-in-location');
  });

  it('leaves other answers alone, and calls a redirect without a usable Location broken', () => {
    expect(decideRedirect(https, 'GET', 200, null)).toEqual({ kind: 'none' });
    expect(decideRedirect(https, 'GET', 304, '/x')).toEqual({ kind: 'none' });
    expect(decideRedirect(https, 'GET', 302, null)).toEqual({ kind: 'broken' });
    expect(decideRedirect(https, 'GET', 302, 'http://[broken')).toEqual({ kind: 'broken' });
  });
});

describe('a token endpoint that redirects', () => {
  for (const status of [302, 307]) {
    it(`${status} to another origin: the other origin gets nothing, and the sign-in stops with a fix-first failure naming it`, async () => {
      const other = await otherOrigin();
      const endpoint = new RecordingHttpServer((_request, response) => answerRedirect(response, status, `${other.origin}/steal?x=1`));
      const url = `${await start(endpoint)}/api/token?code=function-key-secret`;

      const error = await failure(source(url).fetchToken(signal()));

      expect(other.server.requests).toHaveLength(0);
      expect(endpoint.requests).toHaveLength(1);
      expect(error).toMatchObject({ kind: 'redirected', failureId: 'token-endpoint-redirect', retryable: false });
      expect(error.message).toContain(`HTTP ${status}`);
      expect(error.message).toContain(`to another origin, ${other.origin}`);
      expect(error.message).not.toContain('function-key-secret');
    });
  }

  it('307 within its own origin: followed with the key and the body, and the token is used', async () => {
    const endpoint = new RecordingHttpServer((request, response) => {
      if (request.path.startsWith('/old')) answerRedirect(response, 307, '/new/token');
      else answerJson(response, { token, expiresOn: clock.now() + 3_600_000 });
    });
    const origin = await start(endpoint);

    expect(await source(`${origin}/old/token`).fetchToken(signal())).toMatchObject({ token });

    expect(endpoint.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /old/token', 'POST /new/token']);
    expect(endpoint.requests[1]?.headers['x-api-key']).toBe(apiKey);
    expect(JSON.parse(endpoint.requests[1]?.body ?? '')).toEqual({ communicationUserId: '8:acs:kept-user' });
  });

  it('302 within its own origin: a POST becomes a GET without the body, as fetch does', async () => {
    const endpoint = new RecordingHttpServer((request, response) => {
      if (request.path === '/old') answerRedirect(response, 302, '/new');
      else answerJson(response, { token, expiresOn: clock.now() + 3_600_000 });
    });
    await source(`${await start(endpoint)}/old`).fetchToken(signal());
    expect(endpoint.requests.map((r) => `${r.method} ${r.path} ${r.body}`)).toEqual(['POST /old {"communicationUserId":"8:acs:kept-user"}', 'GET /new ']);
  });

  it('a redirect loop within its own origin ends after a few hops as a retryable failure', async () => {
    const endpoint = new RecordingHttpServer((request, response) => answerRedirect(response, 307, request.path === '/a' ? '/b' : '/a'));
    const error = await failure(source(`${await start(endpoint)}/a`).fetchToken(signal()));
    expect(error).toMatchObject({ kind: 'endpoint', retryable: true });
    expect(error.message).toMatch(/redirected more than 3 times/);
    expect(endpoint.requests).toHaveLength(maxTokenRedirects + 1);
  });

  it('https to plain http: refused before anything is sent over http', async () => {
    const asked: string[] = [];
    const fakeFetch = (async (input: string | URL | Request) => {
      asked.push(String(input));
      return new Response(null, { status: 307, headers: { location: 'http://tokens.example.test/api/token' } });
    }) as typeof fetch;
    const https = new EndpointTokenSource({ url: 'https://tokens.example.test/api/token', method: 'POST', apiKey, fetch: fakeFetch, clock });

    const error = await failure(https.fetchToken(signal()));

    expect(asked).toEqual(['https://tokens.example.test/api/token']);
    expect(error).toMatchObject({ kind: 'redirected', failureId: 'token-endpoint-redirect' });
    expect(error.message).toContain('from HTTPS to plain HTTP (http://tokens.example.test)');
  });

  it('asks fetch not to follow redirects itself', async () => {
    const inits: (RequestInit | undefined)[] = [];
    const fakeFetch = (async (_input: string | URL | Request, init?: RequestInit) => {
      inits.push(init);
      return Response.json({ token, expiresOn: clock.now() + 3_600_000 });
    }) as typeof fetch;
    await new EndpointTokenSource({ url: 'https://tokens.example.test/t', fetch: fakeFetch, clock }).fetchToken(signal());
    expect(inits[0]?.redirect).toBe('manual');
  });
});
