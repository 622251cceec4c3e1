import type { Phase } from '../../../shared/session/state';
import { missingCase } from '../../../shared/util/missing-case';

/** The words the status bar uses for each phase. */
export function describePhase(phase: Phase): string {
  switch (phase.name) {
    case 'signedOut':
      return 'Signed out';
    case 'gettingToken':
      return `Getting a token (attempt ${phase.attempt})`;
    case 'creatingAgent':
      return `Creating the call agent (attempt ${phase.attempt})`;
    case 'connecting':
      return `Connecting (attempt ${phase.attempt})`;
    case 'ready':
      return 'Ready';
    case 'waitingToRetry':
      return phase.refreshToken ? 'Refreshing the token, then retrying' : 'Waiting to retry';
    case 'waitingForNetwork':
      return 'Waiting for the network';
    case 'retryPaused':
      return 'Stopped retrying';
    case 'needsFix':
      return 'Needs a fix';
    case 'activeElsewhere':
      return 'Signed in in another window';
    case 'disposing':
      return 'Signing out';
    default:
      return missingCase(phase);
  }
}

/** Seconds left until `retryAt`, rounded up so the countdown never shows 0 before it fires. */
export function secondsUntil(retryAt: number, now: number): number {
  return Math.max(0, Math.ceil((retryAt - now) / 1000));
}
