import { describe, expect, it } from 'vitest';
import { checkTokenService } from '../../../../electron/main/tokens/token-service-check';
import { tokenServiceCheckSchema } from '../../../../shared/ipc/contract';
import { mintSimulatedToken } from '../../../../shared/tokens/unsigned-token';
import { FakeClock } from '../../../support/fake-clock';

const url = 'https://tokens.example.test/token';
const clock = new FakeClock();
const expiresOn = clock.now() + 3_600_000;
const token = mintSimulatedToken({ user: 'alice', kind: 'acs', scopes: ['voip'], expiresOn });

function fakeFetch(respond: () => Response | Promise<Response>) {
  const requests: RequestInit[] = [];
  const fetchImpl = (async (_input: string | URL | Request, init?: RequestInit) => {
    requests.push(init ?? {});
    return respond();
  }) as typeof fetch;
  return { fetchImpl, requests };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function check(respond: () => Response | Promise<Response>, apiKey?: string) {
  const { fetchImpl, requests } = fakeFetch(respond);
  const result = await checkTokenService({ url, apiKey }, { fetch: fetchImpl, clock });
  // Whatever happened, the reply fits the contract and never carries the token.
  expect(tokenServiceCheckSchema.parse(result)).toEqual(result);
  expect(JSON.stringify(result)).not.toContain(token);
  return { result, requests };
}

describe('checkTokenService ("Test connection")', () => {
  it('makes one request, the way sign-in would with a key (POST with x-api-key), and names the user masked', async () => {
    const { result, requests } = await check(() => json({ token, expiresOn, user: { communicationUserId: '8:acs:resource_0123456789abcd' } }), 'the-key');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe('POST');
    expect((requests[0]?.headers as Record<string, string>)['x-api-key']).toBe('the-key');
    expect(result).toEqual({ result: 'ok', user: '…abcd' });
  });

  it("falls back to the token's own identity when the service names no user", async () => {
    const { result } = await check(() => json({ token, expiresOn }));
    expect(result).toMatchObject({ result: 'ok', user: expect.stringMatching(/^….{4}$/) });
  });

  it.each([
    ['a wrong key (401)', () => json({ error: { code: 'bad-key' } }, 401), 'wrongKey'],
    ['a refused key (403)', () => new Response('no', { status: 403 }), 'wrongKey'],
    ['a service error (500)', () => new Response('oops', { status: 500 }), 'serviceError'],
    ['an HTML page instead of JSON', () => new Response('<html>login</html>', { status: 200, headers: { 'content-type': 'text/html' } }), 'badAnswer'],
    ['JSON of the wrong shape', () => json({ accessToken: 'x' }), 'badAnswer'],
    ['a redirect to another host', () => new Response(null, { status: 307, headers: { location: 'https://elsewhere.example.com/token' } }), 'redirected'],
    ['a token that is not an ACS token', () => json({ token: 'not-a-jwt', expiresOn }), 'badAnswer'],
    [
      'an unreachable host',
      () => {
        throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
      },
      'unreachable',
    ],
  ] as const)('tells %s apart', async (_name, respond, expected) => {
    const { result, requests } = await check(respond, 'the-key');
    expect(requests).toHaveLength(1);
    expect(result).toMatchObject({ result: expected, detail: expect.any(String) });
    expect(JSON.stringify(result)).not.toContain('the-key');
  });
});
