import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/main/ports';
import { createTokenProvider } from '../../../../electron/main/tokens/token-provider-factory';
import { mintSimulatedToken } from '../../../../shared/tokens/unsigned-token';
import { FakeClock } from '../../../support/fake-clock';

function recordingFetch() {
  const requests: { method: string; apiKey: string | null }[] = [];
  const fetchImpl = (async (_url: string | URL | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    requests.push({ method: init?.method ?? 'GET', apiKey: headers.get('x-api-key') });
    const expiresOn = Date.now() + 3_600_000;
    return new Response(JSON.stringify({ token: mintSimulatedToken({ user: 'u', kind: 'acs', scopes: ['voip'], expiresOn }), expiresOn }), {
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
  return { requests, fetchImpl };
}

describe('createTokenProvider, token endpoint', () => {
  it('with a saved API key, asks the reference token service: POST with x-api-key', async () => {
    const { requests, fetchImpl } = recordingFetch();
    const provider = createTokenProvider({ type: 'endpoint', url: 'https://tokens.example.com/token' }, { clock: new FakeClock(Date.now()), logger: silentLogger, fetch: fetchImpl, engine: 'sdk', endpointApiKey: 'key-123' });
    await provider.getToken({ forceRefresh: false });
    expect(requests).toEqual([{ method: 'POST', apiKey: 'key-123' }]);
  });

  it('without one, a plain GET as the ACS samples expect', async () => {
    const { requests, fetchImpl } = recordingFetch();
    const provider = createTokenProvider({ type: 'endpoint', url: 'https://tokens.example.com/token' }, { clock: new FakeClock(Date.now()), logger: silentLogger, fetch: fetchImpl, engine: 'sdk' });
    await provider.getToken({ forceRefresh: false });
    expect(requests).toEqual([{ method: 'GET', apiKey: null }]);
  });
});
