import { safeExternalUrl } from './external-links';

/** The parts of Electron's WebContents the guard uses (a fake in tests). */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (details: { url: string; preventDefault(): void }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * The window holds the preload's API, so it must only ever show our own page: every
 * navigation and new window is refused. https links go to the system browser instead,
 * after validation; anything else (file:, javascript:, custom schemes) is dropped.
 * Reloads are not navigations to another page and still work.
 */
export function guardNavigation(contents: GuardedContents, openExternal: (url: string) => void): void {
  const openIfSafe = (url: string): void => {
    const safe = safeExternalUrl(url);
    if (safe) openExternal(safe);
  };
  contents.on('will-navigate', (details) => {
    details.preventDefault();
    openIfSafe(details.url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openIfSafe(url);
    return { action: 'deny' };
  });
}
