import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/main/ports';
import { createTokenProvider } from '../../../../electron/main/tokens/token-provider-factory';
import { FakeClock } from '../../../support/fake-clock';
import { recordingTokenFetch } from '../../../support/recording-token-fetch';

describe('createTokenProvider, token endpoint', () => {
  it('with a saved API key, asks the reference token service: POST with x-api-key', async () => {
    const { requests, fetchImpl } = recordingTokenFetch();
    const provider = createTokenProvider({ type: 'endpoint', url: 'https://tokens.example.com/token' }, { clock: new FakeClock(Date.now()), logger: silentLogger, fetch: fetchImpl, engine: 'sdk', endpointApiKey: 'key-123' });
    await provider.getToken({ forceRefresh: false });
    expect(requests).toEqual([{ method: 'POST', apiKey: 'key-123' }]);
  });

  it('without one, a plain GET as the ACS samples expect', async () => {
    const { requests, fetchImpl } = recordingTokenFetch();
    const provider = createTokenProvider({ type: 'endpoint', url: 'https://tokens.example.com/token' }, { clock: new FakeClock(Date.now()), logger: silentLogger, fetch: fetchImpl, engine: 'sdk' });
    await provider.getToken({ forceRefresh: false });
    expect(requests).toEqual([{ method: 'GET', apiKey: null }]);
  });
});
