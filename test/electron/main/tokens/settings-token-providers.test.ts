import { describe, expect, it } from 'vitest';
import { openMemoryPersistence } from '../../../../electron/main/persistence/open-persistence';
import { silentLogger } from '../../../../electron/main/ports';
import { SettingsTokenProviders } from '../../../../electron/main/tokens/settings-token-providers';
import { TokenManager } from '../../../../electron/main/tokens/token-manager';
import { mintSimulatedToken } from '../../../../shared/tokens/unsigned-token';
import { FakeClock } from '../../../support/fake-clock';

function recordingFetch() {
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

describe('SettingsTokenProviders', () => {
  const endpoint = { type: 'endpoint', url: 'https://tokens.example.com/token' } as const;

  it('reads Settings at each sign-in: a key saved after start applies to the next sign-in', async () => {
    const { settings } = openMemoryPersistence();
    const { requests, fetchImpl } = recordingFetch();
    const providers = new SettingsTokenProviders({ clock: new FakeClock(Date.now()), logger: silentLogger, fetch: fetchImpl, engine: 'sdk', settings });

    await providers.forSignIn(endpoint).getToken({ forceRefresh: false });
    expect(settings.update({ tokenEndpointApiKey: 'key-123' }).ok).toBe(true);
    await providers.forSignIn(endpoint).getToken({ forceRefresh: false });

    expect(requests).toEqual([
      { method: 'GET', apiKey: null },
      { method: 'POST', apiKey: 'key-123' },
    ]);
  });

  it('hands the supervisor the TokenManager itself, no wrapper around it', () => {
    const providers = new SettingsTokenProviders({ clock: new FakeClock(Date.now()), logger: silentLogger, fetch: recordingFetch().fetchImpl, engine: 'simulator' });
    const provider = providers.forSignIn({ type: 'simulated', user: 'alice' });
    expect(provider).toBeInstanceOf(TokenManager);
    expect(provider.kind).toBe('simulated');
  });
});
