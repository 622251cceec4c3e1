import type { PhaseName } from '../../../shared/session/state';
import type { Clock, Logger } from '../ports';

/** The parts of Electron's powerMonitor used here (a fake in tests). */
export interface PowerEvents {
  on(event: 'resume' | 'unlock-screen', listener: () => void): unknown;
}

export interface WakeRecheckOptions {
  power: PowerEvents;
  clock: Pick<Clock, 'now'>;
  logger: Logger;
  /** Every window's sign-in phase (Core.phases). */
  phases(): readonly { windowId: string; phase: PhaseName }[];
  /** What the renderer last reported through network.setOnline. */
  isOnline(): boolean;
  /** The supervisor's own Retry now (Core.retryNow), so the retry policy stays in charge. */
  retryNow(windowId: string): void;
}

/** resume and unlock-screen usually come together: one check is enough. */
const quietMs = 5_000;

/**
 * After sleep or a locked screen, a sign-in that was waiting to retry goes now instead of when
 * its timer (frozen while asleep) finally fires. A ready agent is left alone: if its connection
 * died during sleep the SDK says so and the supervisor recovers it, and an expired token is
 * refreshed when the SDK asks for it. Network changes need nothing here: the page reports
 * online/offline (network.setOnline) and the supervisor already retries when it comes back.
 */
export function recheckSessionsOnWake(options: WakeRecheckOptions): void {
  let lastCheck = Number.NEGATIVE_INFINITY;
  const recheck = (trigger: 'resume' | 'unlock-screen') => {
    const now = options.clock.now();
    if (now - lastCheck < quietMs) return;
    lastCheck = now;
    const waiting = options.phases().filter(({ phase }) => phase === 'waitingToRetry' || (phase === 'waitingForNetwork' && options.isOnline()));
    options.logger.info('system woke: re-checking sign-ins', { trigger, retrying: waiting.length });
    for (const { windowId } of waiting) options.retryNow(windowId);
  };
  options.power.on('resume', () => recheck('resume'));
  options.power.on('unlock-screen', () => recheck('unlock-screen'));
}
