import { shellText, type ShellWords } from '../../../shared/shell/shell-text';
import type { Clock, Logger } from '../ports';
import type { Core } from '../core/softphone-core';
import { IncomingCallNotifier, type Notifier, type WindowState } from './notifications';
import { QuitGuard, waitUntilIdle } from './quit-guard';

type CallsCore = Pick<Core, 'isInCall' | 'onCallActivity' | 'requestHangUpAll'>;

/** The part of Electron's `dialog` the quit question uses (a fake in tests). */
export interface QuestionDialog {
  showMessageBox(options: { type: 'question'; message: string; buttons: string[]; defaultId: number; cancelId: number }): Promise<{ response: number }>;
}

/**
 * "Hang up and quit?" before a window closes or the app quits during a call, asked in a native
 * dialog; main-windows.ts decides when to ask.
 */
export function createQuitGuard(options: { core: CallsCore; clock: Clock; logger: Logger; dialog: QuestionDialog; words(): ShellWords }): QuitGuard {
  const { core, clock, logger, dialog } = options;
  return new QuitGuard({
    isInCall: () => core.isInCall(),
    confirm: async () => {
      const words = options.words();
      const { response } = await dialog.showMessageBox({
        type: 'question',
        message: shellText(words, 'quitDuringCall'),
        buttons: [shellText(words, 'quitHangUp'), shellText(words, 'quitCancel')],
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
}

/** OS notifications for calls ringing in a window the user cannot see (notifications.ts decides which). */
export function notifyIncomingCalls(options: {
  core: Pick<Core, 'onCallActivity'>;
  notifier: Notifier;
  windows: { visibility(windowId: string): WindowState | undefined; bringForward(windowId: string): void };
}): void {
  const notifications = new IncomingCallNotifier({
    notifier: options.notifier,
    windowState: (windowId) => options.windows.visibility(windowId),
    bringForward: (windowId) => options.windows.bringForward(windowId),
  });
  options.core.onCallActivity((windowId, activity) => notifications.update(windowId, activity));
}
