import { describe, expect, it } from 'vitest';
import { isTrustedSenderUrl, rendererLocation } from '../../../electron/main/renderer-location';

const indexPath = '/opt/ACS Softphone/resources/app.asar/out/renderer/index.html';
const built = rendererLocation({ devServerUrl: undefined, allowDevServer: false, indexPath });
const dev = rendererLocation({ devServerUrl: 'http://localhost:5173', allowDevServer: true, indexPath });

describe('rendererLocation', () => {
  it('loads the built index.html as a file: URL when there is no dev server', () => {
    expect(built).toEqual({ kind: 'file', indexPath, url: 'file:///opt/ACS%20Softphone/resources/app.asar/out/renderer/index.html' });
  });

  it('uses the electron-vite dev server only when allowed and only on loopback', () => {
    expect(dev).toEqual({ kind: 'dev', url: 'http://localhost:5173/' });
    expect(rendererLocation({ devServerUrl: 'http://localhost:5173', allowDevServer: false, indexPath }).kind).toBe('file');
    expect(rendererLocation({ devServerUrl: 'https://evil.example', allowDevServer: true, indexPath }).kind).toBe('file');
    expect(rendererLocation({ devServerUrl: 'not a url', allowDevServer: true, indexPath }).kind).toBe('file');
  });
});

describe('isTrustedSenderUrl', () => {
  it('trusts our index.html, whatever route hash or query it shows', () => {
    expect(isTrustedSenderUrl(built.url, built)).toBe(true);
    expect(isTrustedSenderUrl(`${built.url}#/call?x=1`, built)).toBe(true);
  });

  it('distrusts other files, other schemes and garbage', () => {
    expect(isTrustedSenderUrl('file:///tmp/evil.html', built)).toBe(false);
    expect(isTrustedSenderUrl('file://remote-host/opt/ACS%20Softphone/resources/app.asar/out/renderer/index.html', built)).toBe(false);
    expect(isTrustedSenderUrl('https://evil.example/index.html', built)).toBe(false);
    expect(isTrustedSenderUrl('about:blank', built)).toBe(false);
    expect(isTrustedSenderUrl('', built)).toBe(false);
  });

  it('in dev, trusts exactly the dev server origin', () => {
    expect(isTrustedSenderUrl('http://localhost:5173/#/settings', dev)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedSenderUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isTrustedSenderUrl(built.url, dev)).toBe(false);
  });
});
