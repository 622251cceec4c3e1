import type { PhaseName } from '../../../shared/session/state';
import { shellText, type ShellTextKey, type ShellWords } from '../../../shared/shell/shell-text';
import { missingCase } from '../../../shared/util/missing-case';

/** What the tray tells at a glance; across windows, the most engaged one wins. */
export type TrayActivity = 'signedOut' | 'signingIn' | 'signedIn' | 'inCall';

export type TrayAction = 'show' | 'signOut' | 'quit';

export type TrayMenuItem = { kind: 'action'; action: TrayAction; label: string; enabled: boolean } | { kind: 'separator' };

export interface TrayModel {
  activity: TrayActivity;
  tooltip: string;
  /** Text beside the icon in the macOS menu bar; empty elsewhere and when there is nothing to say. */
  title: string;
  items: TrayMenuItem[];
}

const rank: Record<TrayActivity, number> = { signedOut: 0, signingIn: 1, signedIn: 2, inCall: 3 };

export function phaseActivity(phase: PhaseName): Exclude<TrayActivity, 'inCall'> {
  switch (phase) {
    case 'ready':
      return 'signedIn';
    // Still trying, or waiting to try again (or for the user to take over): not signed in yet, not given up.
    case 'gettingToken':
    case 'creatingAgent':
    case 'connecting':
    case 'waitingToRetry':
    case 'waitingForNetwork':
    case 'retryPaused':
    case 'activeElsewhere':
      return 'signingIn';
    case 'signedOut':
    case 'needsFix':
    case 'disposing':
      return 'signedOut';
    default:
      return missingCase(phase);
  }
}

/** The windows' phases and whether any has a call up, as one activity. */
export function trayActivity(phases: readonly PhaseName[], inCall: boolean): TrayActivity {
  if (inCall) return 'inCall';
  return phases.map(phaseActivity).reduce<TrayActivity>((best, next) => (rank[next] > rank[best] ? next : best), 'signedOut');
}

const statusKey: Record<TrayActivity, ShellTextKey> = {
  signedOut: 'traySignedOut',
  signingIn: 'traySigningIn',
  signedIn: 'traySignedIn',
  inCall: 'trayInCall',
};

/**
 * The tray icon's tooltip (with the unseen missed calls), menu-bar title and menu for one activity, in the user's language.
 * Sign out is offered only while signed in and no call is up: from a tray menu it would drop
 * the call without a word.
 */
export function trayModel(activity: TrayActivity, options: { appName: string; platform: NodeJS.Platform; words: ShellWords; missedCalls?: number }): TrayModel {
  const { appName, words } = options;
  const status = shellText(words, 'trayTooltip', { appName, status: shellText(words, statusKey[activity]) });
  // Unseen missed calls are worth a glance at the tray: they stay there until History is opened.
  const missed = options.missedCalls ? shellText(words, 'trayMissedCalls', { count: String(options.missedCalls) }) : '';
  return {
    activity,
    tooltip: missed ? `${status}\n${missed}` : status,
    title: options.platform === 'darwin' && activity === 'inCall' ? shellText(words, 'trayInCallTitle') : '',
    items: [
      { kind: 'action', action: 'show', label: shellText(words, 'trayShow', { appName }), enabled: true },
      { kind: 'action', action: 'signOut', label: shellText(words, 'traySignOut'), enabled: activity === 'signedIn' },
      { kind: 'separator' },
      { kind: 'action', action: 'quit', label: shellText(words, 'trayQuit'), enabled: true },
    ],
  };
}

/**
 * Whether closing the window only hides it. While signed in (or in a call) with the setting on,
 * the app stays in the tray so calls still ring and a call goes on; a quit always closes.
 */
export function closeHidesWindow(options: { quitting: boolean; closeToTray: boolean; activity: TrayActivity; trayShown: boolean }): boolean {
  if (options.quitting || !options.closeToTray || !options.trayShown) return false;
  return options.activity === 'signedIn' || options.activity === 'inCall';
}
