import { describe, expect, it } from 'vitest';
import { configWarnings, ConfigError, readTokenServerConfig } from '../../token-server/config';
import { apiKeyWeakness } from '../../token-server/key-strength';

const accessKey = 'c2VjcmV0LWFjY2Vzcy1rZXktZm9yLXRlc3RzLW9ubHk=';
const connectionString = `endpoint=https://contoso.communication.azure.com/;accesskey=${accessKey}`;
const apiKey = 'a-long-enough-api-key';

function problemsOf(env: Record<string, string>): string {
  try {
    readTokenServerConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('readTokenServerConfig', () => {
  it('listens on 127.0.0.1:7071 unless told otherwise', () => {
    expect(readTokenServerConfig({ ACS_CONNECTION_STRING: connectionString, TOKEN_SERVER_API_KEY: apiKey })).toMatchObject({
      acsConnectionString: connectionString,
      apiKey,
      host: '127.0.0.1',
      port: 7071,
    });
    expect(readTokenServerConfig({ ACS_CONNECTION_STRING: connectionString, TOKEN_SERVER_API_KEY: apiKey, PORT: '8080', HOST: '0.0.0.0' })).toMatchObject({ host: '0.0.0.0', port: 8080 });
  });

  it('names every missing variable at once', () => {
    const message = problemsOf({});
    expect(message).toContain('ACS_CONNECTION_STRING is not set');
    expect(message).toContain('TOKEN_SERVER_API_KEY is not set');
  });

  it('refuses a malformed connection string without quoting it', () => {
    const message = problemsOf({ ACS_CONNECTION_STRING: `endpoint=contoso;key=${accessKey}`, TOKEN_SERVER_API_KEY: apiKey });
    expect(message).toContain('ACS_CONNECTION_STRING is not an ACS connection string');
    expect(message).not.toContain(accessKey);
  });

  it('accepts plain http only for a local stand-in', () => {
    const remote = problemsOf({ ACS_CONNECTION_STRING: `endpoint=http://contoso.example.com/;accesskey=${accessKey}`, TOKEN_SERVER_API_KEY: apiKey });
    expect(remote).toContain('must have an https:// endpoint');
    expect(remote).not.toContain(accessKey);
    const local = `endpoint=http://127.0.0.1:4000/;accesskey=${accessKey}`;
    expect(readTokenServerConfig({ ACS_CONNECTION_STRING: local, TOKEN_SERVER_API_KEY: apiKey }).acsConnectionString).toBe(local);
  });

  it('refuses a short API key and a bad port without echoing them', () => {
    const message = problemsOf({ ACS_CONNECTION_STRING: connectionString, TOKEN_SERVER_API_KEY: 'short-key', PORT: 'eighty' });
    expect(message).toContain('TOKEN_SERVER_API_KEY is too short');
    expect(message).toContain('PORT must be a whole number');
    expect(message).not.toContain('short-key');
  });

  it('refuses a key with little entropy, however long, without echoing it', () => {
    for (const weak of ['a'.repeat(16), 'x'.repeat(64), 'ab'.repeat(16), 'aaaaaaaaaaaaaaab', 'abcabcabcabcabcabc']) {
      const message = problemsOf({ ACS_CONNECTION_STRING: connectionString, TOKEN_SERVER_API_KEY: weak });
      expect(message, weak).toContain('TOKEN_SERVER_API_KEY is too easy to guess');
      expect(message).not.toContain(weak);
    }
  });

  it('accepts random keys of the lengths people generate', () => {
    for (const strong of [apiKey, 'k7Qv2pXr9mWz4tLs', 'c2f1a9e07b3d4e58', '3f2504e0-4f89-11d3-9a0c-0305e82c3301', 'Zt0yq8_1mH4vRk2cW9sLx3pN6bQe7uJa5dFg0hTiY2o']) {
      expect(apiKeyWeakness(strong), strong).toBeUndefined();
    }
  });

  it('keeps the rate limits for wrong keys apart, and reads the trusted proxies', () => {
    const base = { ACS_CONNECTION_STRING: connectionString, TOKEN_SERVER_API_KEY: apiKey };
    expect(readTokenServerConfig(base)).toMatchObject({ rateLimitBurst: 10, rateLimitPerMinute: 30, failedKeyBurst: 5, failedKeyPerMinute: 10, trustedProxies: undefined });
    const config = readTokenServerConfig({ ...base, TOKEN_SERVER_FAILED_KEY_BURST: '3', TOKEN_SERVER_FAILED_KEY_PER_MINUTE: '4', TOKEN_SERVER_TRUST_PROXY: 'loopback' });
    expect(config).toMatchObject({ failedKeyBurst: 3, failedKeyPerMinute: 4 });
    expect(config.trustedProxies?.trusts('127.0.0.1')).toBe(true);
    expect(problemsOf({ ...base, TOKEN_SERVER_TRUST_PROXY: 'true', TOKEN_SERVER_FAILED_KEY_BURST: '0' })).toMatch(/TOKEN_SERVER_FAILED_KEY_BURST must be a whole number[\s\S]*TOKEN_SERVER_TRUST_PROXY must name the proxies/);
  });

  it('warns when it would serve plain HTTP beyond this machine', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1']) expect(configWarnings({ host }), host).toEqual([]);
    for (const host of ['0.0.0.0', '::', '192.0.2.10']) expect(configWarnings({ host }), host).toEqual([expect.stringContaining(`HOST=${host} serves plain HTTP beyond this machine`)]);
  });
});
