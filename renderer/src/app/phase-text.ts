import type { Phase } from '../../../shared/session/state';
import { missingCase } from '../../../shared/util/missing-case';
import type { Translate } from '../i18n/translate';

/** The words the status bar uses for each phase. */
export function describePhase(phase: Phase, t: Translate): string {
  switch (phase.name) {
    case 'signedOut':
      return t('phase.signedOut');
    case 'gettingToken':
      return phase.inBrowser ? t('signIn.teamsWaiting') : t('phase.gettingToken', { attempt: phase.attempt });
    case 'creatingAgent':
      return t('phase.creatingAgent', { attempt: phase.attempt });
    case 'connecting':
      return t('phase.connecting', { attempt: phase.attempt });
    case 'ready':
      return t('phase.ready');
    case 'waitingToRetry':
      return phase.refreshToken ? t('phase.refreshingThenRetrying') : t('phase.waitingToRetry');
    case 'waitingForNetwork':
      return t('phase.waitingForNetwork');
    case 'retryPaused':
      return t('phase.retryPaused');
    case 'needsFix':
      return t('phase.needsFix');
    case 'activeElsewhere':
      return t('phase.activeElsewhere');
    case 'disposing':
      return t('phase.disposing');
    default:
      return missingCase(phase);
  }
}

/** Seconds left until `retryAt`, rounded up so the countdown never shows 0 before it fires. */
export function secondsUntil(retryAt: number, now: number): number {
  return Math.max(0, Math.ceil((retryAt - now) / 1000));
}
