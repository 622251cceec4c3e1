import { describe, expect, it } from 'vitest';
import { isSensitiveName, redactString, redactValue, withoutSecretFields } from '../../../shared/diagnostics/redact';
import { accessKeyOf, acsConnectionString, randomBytes, realLookingAcsToken, seeded } from '../../support/secrets';
import { acsToken } from '../../support/tokens';

const token = realLookingAcsToken();
const payloadOf = (jwt: string) => jwt.split('.')[1] ?? '';

describe('redactString', () => {
  it('replaces an access token, signed or not, and keeps the words around it', () => {
    expect(redactString(`signing in with ${token} now`)).toBe('signing in with [redacted:jwt] now');
    const unsigned = acsToken('alice');
    expect(redactString(`token=${unsigned}`)).not.toContain(payloadOf(unsigned));
  });

  it('replaces a whole ACS connection string, key included', () => {
    const connection = acsConnectionString();
    const text = redactString(`ACS_CONNECTION_STRING="${connection}" was set`);
    expect(text).toBe('ACS_CONNECTION_STRING="[redacted:connection-string]" was set');
    expect(text).not.toContain(accessKeyOf(connection));
  });

  it('replaces secret query parameters and keeps the rest of the URL readable', () => {
    expect(redactString('GET https://tokens.contoso.example/api/token?code=secret&user=bob')).toBe(
      'GET https://tokens.contoso.example/api/token?code=[redacted:param]&user=bob',
    );
    expect(redactString('https://x.blob.core.windows.net/c/b?sv=2024-01-01&sig=abc%2Bdef&se=2025')).toBe(
      'https://x.blob.core.windows.net/c/b?sv=2024-01-01&sig=[redacted:param]&se=2025',
    );
    expect(redactString('https://api.example/x?key=k1&api_key=k2&access_token=t3')).toBe(
      'https://api.example/x?key=[redacted:param]&api_key=[redacted:param]&access_token=[redacted:param]',
    );
  });

  it('replaces secrets written as assignments in free text', () => {
    expect(redactString('config accesskey=abc123 password=hunter2 token=xyz')).toBe(
      'config accesskey=[redacted:param] password=[redacted:param] token=[redacted:param]',
    );
  });

  it('replaces header-style secrets in free text, whichever way they are written', () => {
    const key = 'Q2hhbmdlTWVQbGVhc2UtZnVuY3Rpb25zLWtleQ';
    const lines = [
      `curl -H "x-functions-key: ${key}" https://contoso.azurewebsites.net/api/token`,
      `x-api-key=${key}`,
      `Ocp-Apim-Subscription-Key: ${key}`,
      `subscription-key: ${key}`,
      `headers { 'api-key': '${key}', accept: 'application/json' }`,
      `apikey: ${key}`,
      `APIM_SUBSCRIPTION_KEY=${key} npm start`,
      `client_secret: ${key}`,
      `GET /api/token?subscription-key=${key}&api-key=${key}`,
    ];
    for (const line of lines) expect(redactString(line), line).not.toContain(key);
    expect(redactString(`x-functions-key: ${key}`)).toBe('x-functions-key: [redacted:param]');
    expect(redactString(`headers { 'api-key': '${key}', accept: 'application/json' }`)).toBe("headers { 'api-key': '[redacted:param]', accept: 'application/json' }");
  });

  it('keeps header-style lines whose names are not secrets, and prose with a colon', () => {
    for (const line of ['content-type: application/json', 'x-request-id: 5f1c2a', 'sign-in phase: gettingToken', 'token: refreshed', 'retry-after=30', 'x-ms-useragent: acs-softphone/1.0']) {
      expect(redactString(line)).toBe(line);
    }
  });

  it('replaces the credential of an Authorization header, keeping its scheme', () => {
    expect(redactString('Authorization: Bearer abc.def')).toBe('Authorization: Bearer [redacted:authorization]');
    expect(redactString('Authorization=Basic dXNlcjpwYXNz next')).toBe('Authorization=Basic [redacted:authorization] next');
    // Written as JSON, the field rule takes the whole value.
    expect(redactString('{"authorization":"Basic dXNlcjpwYXNz"}')).toBe('{"authorization":"[redacted:field]"}');
    expect(redactString('curl -H "Authorization: HMAC-SHA256 SignedHeaders=x-ms-date;host&Signature=Zm9v"')).not.toContain('Zm9v');
    expect(redactString('retrying with bearer 0123456789abcdefABCDEF0123')).toBe('retrying with bearer [redacted:authorization]');
  });

  it('replaces the password in a URL and keeps the user name', () => {
    expect(redactString('proxy https://alice:hunter2@proxy.contoso.example:8080/')).toBe('proxy https://alice:[redacted:url-password]@proxy.contoso.example:8080/');
  });

  it('replaces sensitively named fields inside JSON written into a string', () => {
    expect(redactString('answered {"token":"abc","expiresOn":"2025-01-01T00:00:00Z","user":{"communicationUserId":"8:acs:x_y"}}')).toBe(
      'answered {"token":"[redacted:field]","expiresOn":"2025-01-01T00:00:00Z","user":{"communicationUserId":"8:acs:x_y"}}',
    );
  });

  it('replaces a long encoded key on its own', () => {
    const key = Buffer.from(randomBytes(seeded(3), 48)).toString('base64');
    expect(redactString(`key material ${key} end`)).toBe('key material [redacted:base64] end');
  });

  it.each([
    ['an ordinary sentence about secrets and tokens', 'The secret is to keep the token out of logs; reset your password soon.'],
    ['an error code written as code=', 'createCallAgent failed code=408 subCode=40104 category=UnexpectedClientError'],
    ['an ACS user id', 'identity 8:acs:1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000010-f3a7-b4a5-3ef0-8b3a0d00a1b2'],
    ['a Teams user id', 'user 8:orgid:2f1c7e0a-9a4f-4b8e-a3c1-5d6e7f8a9b0c'],
    ['a phone number', 'calling +14255550123 from +18005550100'],
    ['an error id and an app failure id', '408/40104 then app:connect-timeout then raw:500/-'],
    ['a token endpoint URL with no secret', 'https://contoso.azurewebsites.net/api/GetTokenForUserFunction/v2/identities'],
    ['the word bearer in prose', 'the bearer of bad news'],
    ['a field named like a token source', 'tokenSource=pasted tokenEndpointUrl="https://t.example/x" monkey=1'],
    ['a GUID and a timestamp', '0f8fad5b-d9cb-469f-a165-70867728950e at 2025-01-31T10:20:30.123Z'],
    ['a stack trace line', 'at CallAgentSupervisor.handleFailure (/work/main/electron/main/agent/call-agent-supervisor.ts:314:20)'],
    ['an ordinary key= outside a URL', 'settings key=ringtone changed'],
  ])('leaves %s alone', (_name, text) => {
    expect(redactString(text)).toBe(text);
  });

  it('is idempotent: redacting twice changes nothing more', () => {
    const once = redactString(`${token} ${acsConnectionString()} https://x/y?code=abc Authorization: Bearer zzz`);
    expect(redactString(once)).toBe(once);
  });

  it('never lets a generated token or connection string through, whatever text surrounds it', () => {
    const random = seeded(42);
    const words = ['sign-in', 'failed', 'code=408', '8:acs:1b5c_00a1', '+14255550123', '{"a":1}', 'token', 'secret', '(', ')', '"', "'", '=', ';', ',', '\n', 'https://x.example/p?a=1&'];
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    for (let i = 0; i < 300; i++) {
      const jwt = realLookingAcsToken(random, `user${i}`);
      const connection = acsConnectionString(random, `res${i}`);
      const noise = () => Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(words)).join(pick([' ', '', '=', ':', '&']));
      const text = `${noise()}${pick(['', ' ', '"', '=', '?token=', ':'])}${jwt}${pick(['', ' ', '"', ';', '&'])}${noise()} ${connection}${pick(['', ';', '"', ' '])}${noise()}`;
      const redacted = redactString(text);
      expect(redacted, text).not.toContain(jwt);
      expect(redacted, text).not.toContain(payloadOf(jwt));
      expect(redacted, text).not.toContain(jwt.split('.')[2]);
      expect(redacted, text).not.toContain(accessKeyOf(connection));
    }
  });
});

describe('redactValue', () => {
  it('redacts sensitively named fields whatever they hold, at any depth', () => {
    const value = { accessToken: 42, nested: { client_secret: { a: 1 }, Password: ['x'], Authorization: 'Bearer x', apiKey: 'k', key: 'k' } };
    expect(redactValue(value)).toEqual({
      accessToken: '[redacted:field]',
      nested: { client_secret: '[redacted:field]', Password: '[redacted:field]', Authorization: '[redacted:field]', apiKey: '[redacted:field]', key: '[redacted:field]' },
    });
  });

  it('keeps fields that only look related and redacts secrets inside their values', () => {
    expect(redactValue({ tokenSource: 'pasted', tokenEndpointUrl: 'https://t.example/api?code=abc', expiresOn: 1, monkey: 'banana' })).toEqual({
      tokenSource: 'pasted',
      tokenEndpointUrl: 'https://t.example/api?code=[redacted:param]',
      expiresOn: 1,
      monkey: 'banana',
    });
  });

  it('turns errors, dates and cycles into plain data without secrets', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    expect(redactValue({ error: new Error(`bad token ${token}`), at: new Date(0), cyclic, fn: () => 1 })).toEqual({
      error: { name: 'Error', message: 'bad token [redacted:jwt]' },
      at: '1970-01-01T00:00:00.000Z',
      cyclic: { name: 'loop', self: '[circular]' },
    });
  });

  it('keeps a value shared by two fields (only a real cycle is cut)', () => {
    const shared = { id: 'x' };
    expect(redactValue({ a: shared, b: shared })).toEqual({ a: { id: 'x' }, b: { id: 'x' } });
  });
});

describe('isSensitiveName and withoutSecretFields', () => {
  it.each(['token', 'accessToken', 'access_token', 'refresh-token', 'secret', 'clientSecret', 'password', 'key', 'apiKey', 'accessKey', 'authorization', 'connectionString', 'sig', 'cookie'])(
    '%s is sensitive',
    (name) => expect(isSensitiveName(name)).toBe(true),
  );

  it.each(['tokenSource', 'tokenEndpointUrl', 'expiresOn', 'displayName', 'monkey', 'keyboard', 'signIn', 'code', 'subCode'])('%s is not', (name) =>
    expect(isSensitiveName(name)).toBe(false),
  );

  it('drops secret fields entirely and redacts the rest', () => {
    expect(withoutSecretFields({ displayName: 'Ada', apiKey: 'k', tokenEndpointUrl: 'https://t.example/x?code=abc' })).toEqual({
      displayName: 'Ada',
      tokenEndpointUrl: 'https://t.example/x?code=[redacted:param]',
    });
  });
});
