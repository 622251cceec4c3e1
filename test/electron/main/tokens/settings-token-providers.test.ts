import { describe, expect, it } from 'vitest';
import { openMemoryPersistence } from '../../../../electron/main/persistence/open-persistence';
import { silentLogger } from '../../../../electron/main/ports';
import { SettingsTokenProviders } from '../../../../electron/main/tokens/settings-token-providers';
import { TokenManager } from '../../../../electron/main/tokens/token-manager';
import { FakeClock } from '../../../support/fake-clock';
import { recordingTokenFetch } from '../../../support/recording-token-fetch';

describe('SettingsTokenProviders', () => {
  const endpoint = { type: 'endpoint', url: 'https://tokens.example.com/token' } as const;

  it('reads Settings at each sign-in: a key saved after start applies to the next sign-in', async () => {
    const { settings } = openMemoryPersistence();
    const { requests, fetchImpl } = recordingTokenFetch();
    const providers = new SettingsTokenProviders({ clock: new FakeClock(Date.now()), logger: silentLogger, fetch: fetchImpl, settings });

    await providers.forSignIn(endpoint, 'sdk').getToken({ forceRefresh: false });
    expect(settings.update({ tokenEndpointApiKey: 'key-123' }).ok).toBe(true);
    await providers.forSignIn(endpoint, 'sdk').getToken({ forceRefresh: false });

    expect(requests).toEqual([
      { method: 'GET', apiKey: null },
      { method: 'POST', apiKey: 'key-123' },
    ]);
  });

  it('hands the supervisor the TokenManager itself, no wrapper around it', () => {
    const providers = new SettingsTokenProviders({ clock: new FakeClock(Date.now()), logger: silentLogger, fetch: recordingTokenFetch().fetchImpl });
    const provider = providers.forSignIn({ type: 'simulated', user: 'alice' }, 'simulator');
    expect(provider).toBeInstanceOf(TokenManager);
    expect(provider.kind).toBe('simulated');
  });
});
