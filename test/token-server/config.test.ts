import { describe, expect, it } from 'vitest';
import { ConfigError, readTokenServerConfig } from '../../token-server/config';

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
});
