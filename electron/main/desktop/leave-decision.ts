import type { UpdateState } from '../../../shared/updates/update-state';
import type { QuitPhase } from './quit-sequence';
import { closeHidesWindow, type TrayActivity } from './tray-state';

/**
 * Everything that decides what closing a window or quitting does, read from the pure parts at
 * the moment of the event: the quit sequence (quit-sequence.ts), the call question (QuitGuard),
 * the tray (tray-state.ts) and the update controller.
 */
export interface LeaveFacts {
  quit: QuitPhase;
  /** The update controller's state; undefined when this build does not update itself. */
  update: UpdateState['name'] | undefined;
  /** A call is up and the user has not yet agreed to end it (QuitGuard.mustAsk). */
  callNeedsAnswer: boolean;
  /** The "keep running in the tray when closed" setting. */
  closeToTray: boolean;
  activity: TrayActivity;
  /** False on desktops without a tray: nothing to come back from. */
  trayShown: boolean;
}

/** What a click on a window's close button does. */
export type CloseDecision = 'hide' | 'askAboutCall' | 'close';

/** What a request to quit (menu, tray, Cmd+Q, the last window on Windows and Linux) does. */
export type QuitDecision = 'askAboutCall' | 'dispose' | 'wait' | 'exit';

/**
 * Hiding to the tray comes first, so a call goes on in a hidden window without a question.
 * While the app is really leaving (past the quit question, or an update's quitAndInstall,
 * which closes every window before before-quit), windows close instead of hiding; a call
 * still up is asked about before its window goes.
 */
export function decideClose(facts: LeaveFacts): CloseDecision {
  const quitting = facts.quit !== 'running' || facts.update === 'installing';
  if (closeHidesWindow({ quitting, closeToTray: facts.closeToTray, activity: facts.activity, trayShown: facts.trayShown })) return 'hide';
  return facts.callNeedsAnswer ? 'askAboutCall' : 'close';
}

/**
 * "Hang up and quit?" comes first; once answered (or with no call), the agents are disposed
 * while the windows still exist, and only the quit that the finished sequence asks for exits.
 */
export function decideQuit(facts: Pick<LeaveFacts, 'quit' | 'callNeedsAnswer'>): QuitDecision {
  if (facts.callNeedsAnswer) return 'askAboutCall';
  switch (facts.quit) {
    case 'running':
      return 'dispose';
    case 'disposing':
      return 'wait';
    case 'done':
      return 'exit';
  }
}

/** Closing the last window quits, except on macOS, where apps stay in the Dock until Cmd+Q. */
export function quitsWhenAllClosed(platform: NodeJS.Platform): boolean {
  return platform !== 'darwin';
}
