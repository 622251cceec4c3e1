import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import afterSign, { signingWarnings } from '../../build/after-sign.mjs';

describe('afterSign: signing and notarization from the environment', () => {
  it('warns, without failing, when a macOS build has neither a certificate nor notarization credentials', async () => {
    const warn = vi.fn();
    await afterSign({ electronPlatformName: 'darwin' }, {}, warn);
    expect(warn.mock.calls.map(([message]) => message)).toEqual([expect.stringMatching(/not code-signed: CSC_LINK, CSC_KEY_PASSWORD/), expect.stringMatching(/not notarized/)]);
  });

  it('is quiet when the certificate and either set of Apple credentials are there', () => {
    const cert = { CSC_LINK: 'base64…', CSC_KEY_PASSWORD: 'pw' };
    expect(signingWarnings('darwin', { ...cert, APPLE_ID: 'a', APPLE_APP_SPECIFIC_PASSWORD: 'b', APPLE_TEAM_ID: 'c' })).toEqual([]);
    expect(signingWarnings('darwin', { ...cert, APPLE_API_KEY: 'k', APPLE_API_KEY_ID: 'i', APPLE_API_ISSUER: 'j' })).toEqual([]);
    expect(signingWarnings('win32', cert)).toEqual([]);
  });

  it('on Windows only the certificate matters', () => {
    expect(signingWarnings('win32', {})).toEqual([expect.stringMatching(/not code-signed/)]);
  });

  it('is the afterSign hook electron-builder.yml names', () => {
    const config = load(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as { afterSign?: string };
    expect(config.afterSign).toBe('build/after-sign.mjs');
  });
});
