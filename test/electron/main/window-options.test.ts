import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../electron/main/window-options';

describe('windowOptions', () => {
  const options = windowOptions('/app/out/preload/index.cjs');

  it('isolates and sandboxes the page, with no Node in it', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('keeps the engine running at full speed while the window is hidden, so calls still ring', () => {
    expect(options.webPreferences?.backgroundThrottling).toBe(false);
  });

  it('lets the ringtone play for a call that rings in before any click in the window', () => {
    expect(options.webPreferences?.autoplayPolicy).toBe('no-user-gesture-required');
  });
});
