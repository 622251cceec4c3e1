import type { SoftphoneCore } from './core/core-api';

/** The BrowserWindow events that end or restart what a window holds (a fake in tests). */
export interface LifecycleWindow {
  once(event: 'closed', listener: () => void): unknown;
  readonly webContents: {
    on(event: 'did-start-navigation', listener: (details: { isMainFrame: boolean; isSameDocument: boolean }) => void): unknown;
    on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string }) => void): unknown;
  };
}

/**
 * Keeps the core's view of a window true: attached while its page lives; detached when it
 * closes, reloads or its renderer dies, so the lease it held is released at once instead
 * of waiting for a deadline. A reload attaches again for the fresh page.
 */
export function trackWindowLifecycle(
  window: LifecycleWindow,
  windowId: string,
  core: Pick<SoftphoneCore, 'attachWindow' | 'detachWindow'>,
  onClosed: () => void,
): void {
  let attached = true;
  let pageLoads = 0;
  core.attachWindow(windowId);

  window.webContents.on('did-start-navigation', (details) => {
    if (!details.isMainFrame || details.isSameDocument) return;
    pageLoads += 1;
    // The first main-frame navigation is the initial load of the page we just attached.
    if (pageLoads === 1 && attached) return;
    if (attached) core.detachWindow(windowId, 'reloaded');
    core.attachWindow(windowId);
    attached = true;
  });
  window.webContents.on('render-process-gone', () => {
    if (!attached) return;
    core.detachWindow(windowId, 'crashed');
    attached = false;
  });
  window.once('closed', () => {
    if (attached) core.detachWindow(windowId, 'closed');
    attached = false;
    onClosed();
  });
}
