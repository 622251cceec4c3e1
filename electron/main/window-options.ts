import type { BrowserWindowConstructorOptions } from 'electron';

/** The smallest the main window may be; a restored placement is never smaller either. */
export const mainWindowMinimumSize = { minWidth: 360, minHeight: 560 } as const;

/**
 * The main window's options, kept pure so tests can assert the security settings. The
 * engine (and with it any live call) runs in this window, so it must keep running when
 * hidden or minimised: background throttling is off.
 */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 440,
    height: 760,
    ...mainWindowMinimumSize,
    title: 'ACS Softphone',
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      backgroundThrottling: false,
      // The ringtone (Web Audio) must sound for a call that rings in before the user has clicked anything.
      autoplayPolicy: 'no-user-gesture-required',
    },
  };
}
