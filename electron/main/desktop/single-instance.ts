import { findProtocolLink } from './protocol-link';

/** The parts of Electron's `app` the single-instance rule uses (a fake in tests). */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown;
  on(event: 'open-url', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
}

export interface SingleInstanceOptions {
  app: SingleInstanceApp;
  /** Shows, restores and focuses the main window (opening one if there is none). */
  showMainWindow(): void;
  /** A tel:/callto: link to dial: parsed and routed later, so a bad one is reported, not dropped. */
  openLink(link: string): void;
}

/**
 * One running app per user: two instances would each sign in, fight over the lease and ring
 * twice. A second launch hands its command line to the first and quits; a link it carried
 * (Windows and Linux pass it in argv) is dialled by the first. macOS never starts a second
 * instance for a link: it sends `open-url`, possibly before the app is ready.
 * Returns false when another instance already runs: this one has been told to quit.
 */
export function claimSingleInstance(options: SingleInstanceOptions): boolean {
  const { app } = options;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv) => {
    options.showMainWindow();
    const link = findProtocolLink(argv);
    if (link !== undefined) options.openLink(link);
  });
  app.on('open-url', (event, url) => {
    // Without preventDefault macOS treats the URL as unhandled.
    event.preventDefault();
    options.showMainWindow();
    options.openLink(url);
  });
  return true;
}
