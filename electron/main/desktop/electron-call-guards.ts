import { shellText, type ShellWords } from '../../../shared/shell/shell-text';
import type { Clock, Logger } from '../ports';
import type { Core } from '../core/softphone-core';
import { dialableText, isWithheld } from '../../../shared/calls/callee';
import { IncomingCallNotifier, MissedCallNotifier, type Notifier, type WindowState } from './notifications';
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

interface NotifiedWindows {
  visibility(windowId: string): WindowState | undefined;
  bringForward(windowId: string): void;
}

/**
 * OS notifications for calls ringing in a window the user cannot see (notifications.ts decides
 * which), with Answer and Decline where the OS has buttons: the window's engine answers.
 */
export function notifyIncomingCalls(options: {
  core: Pick<Core, 'onCallActivity' | 'commandWindow'>;
  notifier: Notifier;
  windows: NotifiedWindows;
  words(): ShellWords;
}): void {
  const { core } = options;
  const notifications = new IncomingCallNotifier({
    notifier: options.notifier,
    windowState: (windowId) => options.windows.visibility(windowId),
    bringForward: (windowId) => options.windows.bringForward(windowId),
    words: () => {
      const words = options.words();
      return { title: shellText(words, 'incomingCallTitle'), unknownCaller: shellText(words, 'incomingCallUnknownCaller') };
    },
    answer: {
      labels: () => ({ answer: shellText(options.words(), 'notifyAnswer'), decline: shellText(options.words(), 'notifyDecline') }),
      accept: (windowId, callId) => core.commandWindow(windowId, { type: 'answerCall', callId }),
      decline: (windowId, callId) => core.commandWindow(windowId, { type: 'declineCall', callId }),
    },
  });
  core.onCallActivity((windowId, activity) => notifications.update(windowId, activity));
}

/**
 * "Missed call from …" while the window is hidden; a click shows it with the caller in the
 * dialer. Taken away once nothing is unseen (History was opened, or the user signed out).
 */
export function notifyMissedCalls(options: {
  core: Pick<Core, 'onMissedCalls' | 'commandWindow'>;
  notifier: Notifier;
  windows: NotifiedWindows;
  words(): ShellWords;
}): void {
  const { core } = options;
  const notifications = new MissedCallNotifier({
    notifier: options.notifier,
    windowState: (windowId) => options.windows.visibility(windowId),
    bringForward: (windowId) => options.windows.bringForward(windowId),
    fillDialer: (windowId, input) => core.commandWindow(windowId, { type: 'dial', input }),
    words: () => {
      const words = options.words();
      return { title: words.missedCallTitle, body: shellText(words, 'missedCallBody'), bodyWithheld: shellText(words, 'missedCallBodyWithheld') };
    },
  });
  core.onMissedCalls(({ unseen, added, windowId }) => {
    if (unseen === 0) notifications.clear();
    if (!added || windowId === undefined) return;
    const { peer } = added;
    const withheld = isWithheld(peer);
    notifications.missed({
      windowId,
      caller: withheld ? shellText(options.words(), 'missedCallWithheldCaller') : peer.display,
      // Nothing to call back: a withheld number, or an id the app could not classify.
      callBack: withheld || peer.kind === 'unknown' ? undefined : dialableText(peer),
    });
  });
}
