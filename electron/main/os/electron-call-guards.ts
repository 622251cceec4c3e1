import { app, dialog, type BrowserWindow } from 'electron';
import type { Clock, Logger } from '../core/ports';
import type { Core } from '../core/softphone-core';
import { electronNotifier } from './electron-notifier';
import { IncomingCallNotifier } from './notifications';
import { QuitGuard, waitUntilIdle } from './quit-guard';

type CallsCore = Pick<Core, 'isInCall' | 'onCallActivity' | 'requestHangUpAll'>;

/**
 * Electron's side of calls in main: OS notifications for calls ringing in a window the user
 * cannot see, and "hang up and quit?" before closing a window or quitting during a call.
 * Returns `guardWindow`, to call for each main window as it opens.
 */
export function installCallGuards(options: {
  core: CallsCore;
  clock: Clock;
  logger: Logger;
  windowFor(windowId: string): BrowserWindow | undefined;
}): { guardWindow(window: BrowserWindow): void } {
  const { core, clock, logger, windowFor } = options;
  const notifications = new IncomingCallNotifier({
    notifier: electronNotifier,
    windowState: (windowId) => {
      const window = windowFor(windowId);
      if (!window || window.isDestroyed()) return undefined;
      return { visible: window.isVisible() && !window.isMinimized(), focused: window.isFocused() };
    },
    bringForward: (windowId) => {
      const window = windowFor(windowId);
      if (!window || window.isDestroyed()) return;
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    },
  });
  core.onCallActivity((windowId, activity) => notifications.update(windowId, activity));

  const guard = new QuitGuard({
    isInCall: () => core.isInCall(),
    confirm: async () => {
      const { response } = await dialog.showMessageBox({
        type: 'question',
        message: 'A call is in progress. Hang up and quit?',
        buttons: ['Hang up', 'Cancel'],
        defaultId: 0,
        cancelId: 1,
      });
      return response === 0;
    },
    requestHangUp: () => core.requestHangUpAll(),
    waitUntilIdle: async (timeoutMs) => {
      const outcome = await waitUntilIdle(core, clock, timeoutMs);
      if (outcome === 'timedOut') logger.warn('calls did not end before quitting', { timeoutMs });
      return outcome;
    },
  });
  app.on('before-quit', (event) => {
    if (guard.holdLeave(() => app.quit())) event.preventDefault();
  });

  return {
    guardWindow(window) {
      window.on('close', (event) => {
        // Already held by an earlier listener: the window is only being hidden to the tray, the call goes on.
        if (event.defaultPrevented) return;
        if (guard.holdLeave(() => window.close())) event.preventDefault();
      });
      // The page's own leave prompt (beforeunload during a call) would silently keep the window open.
      window.webContents.on('will-prevent-unload', (event) => {
        if (guard.leaving) event.preventDefault();
      });
    },
  };
}
