import { mintSimulatedToken } from '../../shared/tokens/unsigned-token';

/** A token service that answers every request with a fresh token and records how it was asked (method, API key). */
export function recordingTokenFetch() {
  const requests: { method: string; apiKey: string | null }[] = [];
  const fetchImpl = (async (_url: string | URL | Request, init?: RequestInit) => {
    requests.push({ method: init?.method ?? 'GET', apiKey: new Headers(init?.headers).get('x-api-key') });
    const expiresOn = Date.now() + 3_600_000;
    return new Response(JSON.stringify({ token: mintSimulatedToken({ user: 'u', kind: 'acs', scopes: ['voip'], expiresOn }), expiresOn }), {
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
  return { requests, fetchImpl };
}
