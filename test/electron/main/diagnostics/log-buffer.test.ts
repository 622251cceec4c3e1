import { describe, expect, it } from 'vitest';
import { LogBuffer } from '../../../../electron/main/diagnostics/log-buffer';
import { CapturingLogger } from '../../../support/capturing-logger';
import { FakeClock } from '../../../support/fake-clock';
import { accessKeyOf, acsConnectionString, realLookingAcsToken } from '../../../support/secrets';

const token = realLookingAcsToken();
const connection = acsConnectionString();

function buffer(capacity?: number) {
  const clock = new FakeClock();
  const next = new CapturingLogger();
  const logs = new LogBuffer({ clock, next, ...(capacity ? { capacity } : {}) });
  return { clock, next, logs };
}

describe('LogBuffer', () => {
  it('keeps entries with their time, level and facts, oldest first', () => {
    const { clock, logs } = buffer();
    logs.info('sign-in phase', { window: 'w1', phase: 'creatingAgent' });
    clock.advance(1_000);
    logs.warn('createCallAgent attempt failed', { attempt: 1, error: '408/40104' });
    expect(logs.entries()).toEqual([
      { at: Date.UTC(2025, 0, 1, 12), level: 'info', message: 'sign-in phase', fields: { window: 'w1', phase: 'creatingAgent' } },
      { at: Date.UTC(2025, 0, 1, 12) + 1_000, level: 'warn', message: 'createCallAgent attempt failed', fields: { attempt: 1, error: '408/40104' } },
    ]);
  });

  it('lets no token, key or connection string into what it keeps or passes on, however it was logged', () => {
    const { logs, next } = buffer();
    logs.error(`token endpoint answered ${token}`);
    logs.warn('request failed', { token, nested: { body: `{"accessToken":"${token}"}`, url: 'https://t.example/api?code=secret' }, config: connection });
    logs.info('env', { ACS_CONNECTION_STRING: connection, list: [token, 'ok'] });
    logs.debug(connection);

    for (const text of [JSON.stringify(logs.entries()), next.text()]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(token.split('.')[1]);
      expect(text).not.toContain(accessKeyOf(connection));
      expect(text).not.toContain('code=secret');
    }
    expect(logs.entries()[1]?.fields).toMatchObject({ token: '[redacted:field]', nested: { url: 'https://t.example/api?code=[redacted:param]' } });
  });

  it('passes each entry on to the next logger once, already redacted', () => {
    const { logs, next } = buffer();
    logs.warn(`with ${token}`, { attempt: 2 });
    expect(next.calls).toEqual([{ level: 'warn', message: 'with [redacted:jwt]', fields: { attempt: 2 } }]);
  });

  it('keeps only the newest entries once full', () => {
    const { logs } = buffer(3);
    for (let i = 1; i <= 5; i++) logs.info(`line ${i}`);
    expect(logs.entries().map((e) => e.message)).toEqual(['line 3', 'line 4', 'line 5']);
  });

  it('cuts an oversized message and oversized fields instead of keeping them whole', () => {
    const { logs } = buffer();
    logs.error('x'.repeat(10_000), { blob: 'y '.repeat(5_000) });
    const [entry] = logs.entries();
    expect(entry?.message.length).toBeLessThan(2_100);
    expect(entry?.message).toMatch(/more characters\)$/);
    expect(entry?.fields).toEqual({ truncated: expect.stringMatching(/characters of fields left out/) });
  });

  it('hands out copies: changing them does not change what is kept', () => {
    const { logs } = buffer();
    logs.info('a', { n: 1 });
    const copy = logs.entries();
    if (copy[0]?.fields) copy[0].fields.n = 2;
    copy.pop();
    expect(logs.entries()).toEqual([expect.objectContaining({ fields: { n: 1 } })]);
  });
});
