import { describe, expect, it } from 'vitest';
import { rendererLocation } from '../../../../electron/main/renderer-location';
import { installPermissionPolicy, isPermissionGranted, type PermissionSession } from '../../../../electron/main/security/permission-policy';

const built = rendererLocation({ devServerUrl: undefined, allowDevServer: false, indexPath: '/app/out/renderer/index.html' });
const dev = rendererLocation({ devServerUrl: 'http://localhost:5173/', allowDevServer: true, indexPath: '/x' });
const ours = { requestingUrl: `${built.url}#/dialer`, isMainFrame: true };

describe('isPermissionGranted', () => {
  it('gives our page the microphone, camera and speaker choice it needs for calls', () => {
    expect(isPermissionGranted({ ...ours, permission: 'media', mediaTypes: ['audio'] }, built)).toBe(true);
    expect(isPermissionGranted({ ...ours, permission: 'media', mediaTypes: ['audio', 'video'] }, built)).toBe(true);
    expect(isPermissionGranted({ ...ours, permission: 'speaker-selection' }, built)).toBe(true);
    expect(isPermissionGranted({ ...ours, permission: 'clipboard-sanitized-write' }, built)).toBe(true);
    expect(isPermissionGranted({ permission: 'media', requestingUrl: 'http://localhost:5173/', isMainFrame: true }, dev)).toBe(true);
  });

  it('refuses everything else, even to our page', () => {
    for (const permission of ['geolocation', 'notifications', 'openExternal', 'clipboard-read', 'display-capture', 'midiSysex', 'hid', 'unknown', '__proto__', 'toString']) {
      expect(isPermissionGranted({ ...ours, permission }, built), permission).toBe(false);
    }
    expect(isPermissionGranted({ ...ours, permission: 'media', mediaTypes: ['audio', 'screen'] }, built)).toBe(false);
  });

  it('refuses other pages and frames', () => {
    expect(isPermissionGranted({ permission: 'media', requestingUrl: 'https://evil.example/', isMainFrame: true }, built)).toBe(false);
    expect(isPermissionGranted({ permission: 'media', requestingUrl: 'file:///tmp/other.html', isMainFrame: true }, built)).toBe(false);
    expect(isPermissionGranted({ ...ours, permission: 'media', isMainFrame: false }, built)).toBe(false);
    expect(isPermissionGranted({ permission: 'media', requestingUrl: 'http://localhost:6000/', isMainFrame: true }, dev)).toBe(false);
  });
});

describe('installPermissionPolicy', () => {
  it('answers requests and silent checks the same way', () => {
    let request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
    let check: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | undefined;
    installPermissionPolicy({ setPermissionRequestHandler: (h) => (request = h), setPermissionCheckHandler: (h) => (check = h) }, built);
    const answers: boolean[] = [];
    const page = { getURL: () => built.url };
    request?.(page, 'media', (granted) => answers.push(granted), { requestingUrl: built.url, isMainFrame: true, mediaTypes: ['audio'] });
    request?.(page, 'geolocation', (granted) => answers.push(granted), { requestingUrl: built.url, isMainFrame: true });
    expect(answers).toEqual([true, false]);
    expect(check?.(page, 'media', 'file://', { isMainFrame: true, mediaType: 'audio' })).toBe(true);
    expect(check?.(page, 'media', 'https://evil.example', { isMainFrame: true, mediaType: 'audio' })).toBe(false);
  });
});
