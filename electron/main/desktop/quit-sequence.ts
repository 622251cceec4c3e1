import type { Clock, Logger } from '../ports';
import { errorMessage } from '../../../shared/util/error-message';

/** Disposing the agent takes a round trip to the page; a hung page must not keep the app alive. */
export const disposeTimeoutMs = 3_000;

/** Where quitting stands: not begun, signing out and disposing, or done (the next quit exits). */
export type QuitPhase = 'running' | 'disposing' | 'done';

export interface QuitSequence {
  readonly phase: QuitPhase;
  /** True from the moment the app is really leaving (past the "hang up and quit?" question). */
  readonly quitting: boolean;
  /** Disposes (once), then calls `exit`, which quits again: the phase is then 'done'. */
  begin(exit: () => void): void;
}

/**
 * The last step of quitting, once nobody needs asking about a call any more: the core signs
 * out and disposes every agent while the windows still exist to do it, so the service sees a
 * clean goodbye, and only then, or after the timeout, does the app exit. When to begin is the
 * main window module's decision (main-windows.ts, leave-decision.ts).
 */
export function disposeBeforeQuit(options: { dispose(): Promise<void>; clock: Pick<Clock, 'setTimeout' | 'clearTimeout'>; logger: Logger }): QuitSequence {
  let phase: QuitPhase = 'running';
  return {
    get phase() {
      return phase;
    },
    get quitting() {
      return phase !== 'running';
    },
    begin(exit) {
      if (phase !== 'running') return;
      phase = 'disposing';
      void disposeWithin(options).then(() => {
        phase = 'done';
        exit();
      });
    },
  };
}

async function disposeWithin(options: { dispose(): Promise<void>; clock: Pick<Clock, 'setTimeout' | 'clearTimeout'>; logger: Logger }): Promise<void> {
  let timer: ReturnType<typeof options.clock.setTimeout> | undefined;
  const timedOut = new Promise<'timedOut'>((resolve) => {
    timer = options.clock.setTimeout(() => resolve('timedOut'), disposeTimeoutMs);
  });
  const disposed = options.dispose().then(
    () => 'disposed' as const,
    (error: unknown) => {
      options.logger.warn('dispose before quit failed', { error: errorMessage(error) });
      return 'failed' as const;
    },
  );
  const outcome = await Promise.race([disposed, timedOut]);
  if (timer !== undefined) options.clock.clearTimeout(timer);
  if (outcome === 'timedOut') options.logger.warn('agents not disposed before quitting; leaving anyway', { timeoutMs: disposeTimeoutMs });
}
