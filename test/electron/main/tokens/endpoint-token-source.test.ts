import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../../electron/main/ports';
import { EndpointTokenSource } from '../../../../electron/main/tokens/endpoint-token-source';
import { mintSimulatedToken } from '../../../../shared/tokens/unsigned-token';
import { TokenError } from '../../../../electron/main/tokens/token-source';
import { FakeClock, flushPromises } from '../../../support/fake-clock';

const url = 'https://tokens.example.test/api/token?code=function-key-secret';

interface Recorded {
  url: string;
  init: RequestInit | undefined;
}

function fakeFetch(respond: (request: Recorded) => Response | Promise<Response>) {
  const requests: Recorded[] = [];
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = { url: String(input), init };
    requests.push(request);
    return respond(request);
  }) as typeof fetch;
  return { fetchImpl, requests };
}

function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' }, ...init });
}

async function failure(promise: Promise<unknown>): Promise<TokenError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TokenError)) throw new Error(`expected a TokenError, got ${String(error)}`);
  return error;
}

const signal = () => new AbortController().signal;

describe('EndpointTokenSource with an injected fetch', () => {
  const clock = new FakeClock();
  const expiresOn = clock.now() + 3_600_000;
  const token = mintSimulatedToken({ user: 'alice', kind: 'acs', scopes: ['voip'], expiresOn });

  it('GETs the endpoint and accepts the ACS sample response (ISO 8601 expiresOn, user)', async () => {
    const { fetchImpl, requests } = fakeFetch(() =>
      json({ token, expiresOn: new Date(expiresOn).toISOString(), user: { communicationUserId: '8:acs:x_alice' } }),
    );
    const source = new EndpointTokenSource({ url, fetch: fetchImpl, clock });
    expect(source.kind).toBe('endpoint');
    expect(await source.fetchToken(signal())).toEqual({ token, expiresOn });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe(url);
    expect(requests[0]?.init?.method).toBe('GET');
    expect(requests[0]?.init?.body).toBeUndefined();
  });

  it('POSTs an empty JSON object when configured to, and accepts epoch-millisecond expiresOn', async () => {
    const { fetchImpl, requests } = fakeFetch(() => json({ token, expiresOn }));
    const source = new EndpointTokenSource({ url, fetch: fetchImpl, clock, method: 'POST' });
    expect(await source.fetchToken(signal())).toEqual({ token, expiresOn });
    expect(requests[0]?.init).toMatchObject({ method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
  });

  it("uses the token's own exp when the response claims a later expiry", async () => {
    const { fetchImpl } = fakeFetch(() => json({ token, expiresOn: expiresOn + 86_400_000 }));
    expect((await new EndpointTokenSource({ url, fetch: fetchImpl, clock }).fetchToken(signal())).expiresOn).toBe(expiresOn);
  });

  it.each([
    ['a server error', () => new Response('oops', { status: 500, statusText: 'Internal Server Error' }), 'answered HTTP 500 Internal Server Error.'],
    ['an HTML page', () => new Response('<html>login</html>', { headers: { 'content-type': 'text/html' } }), 'the response is not JSON (content-type: text/html)'],
    ['a JSON array', () => json([token]), 'the response is not a JSON object'],
    ['no token field', () => json({ expiresOn }), 'missing field token'],
    ['no token nor expiresOn', () => json({}), 'missing field token; missing field expiresOn'],
    ['an empty token', () => json({ token: '', expiresOn }), 'field token must be a non-empty string'],
    ['a date without a time zone', () => json({ token, expiresOn: '2025-01-01T13:00:00' }), 'field expiresOn must be an ISO 8601 date-time with a time zone, or epoch milliseconds'],
    ['a malformed user', () => json({ token, expiresOn, user: { communicationUserId: 7 } }), 'field user.communicationUserId must be a string'],
    ['expiresOn in seconds', () => json({ token, expiresOn: Math.floor(expiresOn / 1000) }), 'which looks like seconds; it must be epoch milliseconds'],
  ])('reports %s as an endpoint error that says what was wrong', async (_name, respond, expected) => {
    const { fetchImpl } = fakeFetch(respond);
    const error = await failure(new EndpointTokenSource({ url, fetch: fetchImpl, clock }).fetchToken(signal()));
    expect(error.kind).toBe('endpoint');
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('The token endpoint https://tokens.example.test/api/token');
    expect(error.message).toContain(expected);
    expect(error.message).not.toContain(token);
    expect(error.message).not.toContain('function-key-secret');
  });

  it.each([401, 403])('reports a %i (even one that echoes the token) as refused: the settings must change, so no retry', async (status) => {
    const { fetchImpl } = fakeFetch(() => new Response(token, { status }));
    const error = await failure(new EndpointTokenSource({ url, fetch: fetchImpl, clock }).fetchToken(signal()));
    expect(error).toMatchObject({ kind: 'refused', retryable: false, failureId: 'token-endpoint-refused' });
    expect(error.message).toContain(`answered HTTP ${status}.`);
    expect(error.message).not.toContain(token);
  });

  it('reports a token that already expired, saying when', async () => {
    const stale = mintSimulatedToken({ user: 'alice', kind: 'acs', scopes: ['voip'], expiresOn: clock.now() - 90_000 });
    const { fetchImpl } = fakeFetch(() => json({ token: stale, expiresOn: clock.now() - 90_000 }));
    const error = await failure(new EndpointTokenSource({ url, fetch: fetchImpl, clock }).fetchToken(signal()));
    expect(error.kind).toBe('endpoint');
    expect(error.message).toContain('answered with a token that already expired at 2025-01-01T11:58:30.000Z (90 s ago)');
    expect(error.message).not.toContain(stale);
  });

  it('reports a token whose claims cannot be read as invalid, without echoing it', async () => {
    const { fetchImpl } = fakeFetch(() => json({ token: 'opaque-secret-token', expiresOn }));
    const error = await failure(new EndpointTokenSource({ url, fetch: fetchImpl, clock }).fetchToken(signal()));
    expect(error).toMatchObject({ kind: 'invalid', retryable: false });
    expect(error.message).toMatch(/^The token from https:\/\/tokens\.example\.test\/api\/token is not an ACS access token/);
    expect(error.message).not.toContain('opaque-secret-token');
  });

  it('reports a network failure with its cause', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' }) });
    }) as typeof fetch;
    const error = await failure(new EndpointTokenSource({ url, fetch: fetchImpl, clock }).fetchToken(signal()));
    expect(error.kind).toBe('endpoint');
    expect(error.message).toBe('The token endpoint https://tokens.example.test/api/token could not be reached: fetch failed (ECONNREFUSED).');
  });

  it('times out after 10 s by default, even when fetch ignores the abort', async () => {
    const fakeClock = new FakeClock();
    const { fetchImpl, requests } = fakeFetch(() => new Promise<Response>(() => undefined));
    const pending = failure(new EndpointTokenSource({ url, fetch: fetchImpl, clock: fakeClock }).fetchToken(signal()));
    await flushPromises();
    fakeClock.advance(9_999);
    expect(requests[0]?.init?.signal?.aborted).toBe(false);
    fakeClock.advance(1);
    const error = await pending;
    expect(error.kind).toBe('endpoint');
    expect(error.message).toBe('The token endpoint https://tokens.example.test/api/token timed out after 10 s.');
    expect(requests[0]?.init?.signal?.aborted).toBe(true);
    expect(fakeClock.pendingCount).toBe(0);
  });

  it('leaves no timer behind after a successful fetch', async () => {
    const fakeClock = new FakeClock();
    const { fetchImpl } = fakeFetch(() => json({ token, expiresOn }));
    await new EndpointTokenSource({ url, fetch: fetchImpl, clock: fakeClock }).fetchToken(signal());
    expect(fakeClock.pendingCount).toBe(0);
  });

  it("rejects with the caller's abort reason, not a TokenError, when the caller aborts", async () => {
    const fakeClock = new FakeClock();
    const { fetchImpl } = fakeFetch(() => new Promise<Response>(() => undefined));
    const controller = new AbortController();
    const pending = new EndpointTokenSource({ url, fetch: fetchImpl, clock: fakeClock }).fetchToken(controller.signal).catch((e: unknown) => e);
    const reason = new DOMException('signed out', 'AbortError');
    controller.abort(reason);
    expect(await pending).toBe(reason);
    expect(fakeClock.pendingCount).toBe(0);
  });
});

describe('EndpointTokenSource against a real HTTP server', () => {
  let server: Server | undefined;

  afterEach(async () => {
    const running = server;
    server = undefined;
    if (!running) return;
    running.closeAllConnections();
    await new Promise((resolve) => running.close(resolve));
  });

  async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
    server = createServer(handler);
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('gets a token from a sample-shaped token service', async () => {
    const expiresOn = Date.now() + 3_600_000;
    const token = mintSimulatedToken({ user: 'alice', kind: 'acs', scopes: ['voip'], expiresOn });
    const seen: string[] = [];
    const base = await serve((request, response) => {
      seen.push(`${request.method} ${request.url} ${request.headers.accept}`);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ token, expiresOn: new Date(expiresOn).toISOString(), user: { communicationUserId: '8:acs:x' } }));
    });
    const source = new EndpointTokenSource({ url: `${base}/token`, fetch: globalThis.fetch, clock: systemClock });
    expect(await source.fetchToken(signal())).toEqual({ token, expiresOn: Math.floor(expiresOn / 1000) * 1000 });
    expect(seen).toEqual(['GET /token application/json']);
  });

  it('reports the status of a failing service', async () => {
    const base = await serve((_request, response) => {
      response.writeHead(503, 'Service Unavailable');
      response.end('down');
    });
    const error = await failure(new EndpointTokenSource({ url: `${base}/token`, fetch: globalThis.fetch, clock: systemClock }).fetchToken(signal()));
    expect(error.message).toBe(`The token endpoint ${base}/token answered HTTP 503 Service Unavailable. It is unavailable for now.`);
    expect(error.retryAfterMs).toBeUndefined();
  });

  it.each([
    ['429', '20', 20_000],
    ['503', '5', 5_000],
    // However long a service asks for, the person waits at most ten minutes (Retry now is always there).
    ['429', '86400', 600_000],
  ])('passes a %s Retry-After of %s s on as the shortest wait', async (status, header, expectedMs) => {
    const base = await serve((_request, response) => {
      response.writeHead(Number(status), { 'retry-after': header });
      response.end();
    });
    const error = await failure(new EndpointTokenSource({ url: `${base}/token`, fetch: globalThis.fetch, clock: systemClock }).fetchToken(signal()));
    expect(error).toMatchObject({ kind: 'endpoint', retryable: true, retryAfterMs: expectedMs });
    expect(error.message).toContain('asks to retry after');
  });

  it('reads a Retry-After given as an HTTP date', async () => {
    const clock = new FakeClock(Date.parse('2026-11-28T10:00:00Z'));
    const base = await serve((_request, response) => {
      response.writeHead(429, { 'retry-after': 'Sat, 28 Nov 2026 10:00:30 GMT' });
      response.end();
    });
    const error = await failure(new EndpointTokenSource({ url: `${base}/token`, fetch: globalThis.fetch, clock }).fetchToken(signal()));
    expect(error.retryAfterMs).toBe(30_000);
  });

  it('keeps asking for the user the service named, and says so whenever it changes', async () => {
    const bodies: unknown[] = [];
    let known = true;
    const base = await serve(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as { communicationUserId?: string };
      bodies.push(body);
      if (body.communicationUserId && !known) {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { code: 'unknown-user', message: 'gone' } }));
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      const user = body.communicationUserId ?? `8:acs:new-${bodies.length}`;
      const expiresOn = Date.now() + 3_600_000;
      response.end(JSON.stringify({ token: mintSimulatedToken({ user: 'bob', kind: 'acs', scopes: ['voip'], expiresOn }), expiresOn, user: { communicationUserId: user } }));
    });
    const changes: (string | undefined)[] = [];
    const source = new EndpointTokenSource({
      url: `${base}/token`,
      method: 'POST',
      apiKey: 'key',
      communicationUserId: '8:acs:saved',
      onUserChange: (user) => changes.push(user),
      fetch: globalThis.fetch,
      clock: systemClock,
    });
    await source.fetchToken(signal());
    expect(bodies).toEqual([{ communicationUserId: '8:acs:saved' }]);
    expect(changes).toEqual([]);

    // The identity was deleted on the service: the app says so, forgets it, and the next try makes a new one.
    known = false;
    const error = await failure(source.fetchToken(signal()));
    expect(error.message).toContain('no longer knows the user');
    expect(changes).toEqual([undefined]);
    await source.fetchToken(signal());
    expect(bodies.at(-1)).toEqual({});
    expect(changes).toEqual([undefined, '8:acs:new-3']);
  });

  it('times out a service that sends headers and then stalls the body', async () => {
    const base = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"token": "');
    });
    const error = await failure(
      new EndpointTokenSource({ url: `${base}/token`, fetch: globalThis.fetch, clock: systemClock, timeoutMs: 150 }).fetchToken(signal()),
    );
    expect(error.message).toBe(`The token endpoint ${base}/token timed out after 0.15 s.`);
  });

  it('reports a refused connection', async () => {
    const base = await serve(() => undefined);
    const closing = server;
    server = undefined;
    await new Promise((resolve) => closing?.close(resolve));
    const error = await failure(new EndpointTokenSource({ url: `${base}/token`, fetch: globalThis.fetch, clock: systemClock }).fetchToken(signal()));
    expect(error.message).toBe(`The token endpoint ${base}/token could not be reached: fetch failed (ECONNREFUSED).`);
  });
});
