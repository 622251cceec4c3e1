import { describe, expect, it } from 'vitest';
import { checkUpgrade } from '../../../electron/web-host/upgrade-guard';

const expected = { port: 5174, isCredential: (credential: string | null) => credential === 's3cret-value' };
const good = { url: '/ipc?session=s3cret-value', headers: { origin: 'http://localhost:5174', host: 'localhost:5174' } };

describe('checkUpgrade', () => {
  it('lets the web shell page in from localhost, 127.0.0.1 or [::1] with its session credential', () => {
    expect(checkUpgrade(good, expected)).toEqual({ ok: true });
    expect(checkUpgrade({ ...good, headers: { origin: 'http://127.0.0.1:5174', host: '127.0.0.1:5174' } }, expected)).toEqual({ ok: true });
    expect(checkUpgrade({ ...good, headers: { origin: 'http://[::1]:5174', host: '[::1]:5174' } }, expected)).toEqual({ ok: true });
  });

  it.each([
    ['no credential', { ...good, url: '/ipc' }],
    ['a wrong credential of the same length', { ...good, url: '/ipc?session=s3cret-valuX' }],
    ['another web site', { ...good, headers: { ...good.headers, origin: 'https://evil.example' } }],
    ['another local port', { ...good, headers: { ...good.headers, origin: 'http://localhost:3000' } }],
    ['no Origin (not a browser page)', { ...good, headers: { host: 'localhost:5174' } }],
    ['a rebinding host name', { ...good, headers: { ...good.headers, host: 'evil.example:5174' } }],
  ])('refuses %s with 403', (_name, request) => {
    expect(checkUpgrade(request, expected)).toMatchObject({ ok: false, status: 403 });
  });

  it('answers 404 for sockets at other paths', () => {
    expect(checkUpgrade({ ...good, url: '/other?session=s3cret-value' }, expected)).toMatchObject({ ok: false, status: 404 });
  });
});
