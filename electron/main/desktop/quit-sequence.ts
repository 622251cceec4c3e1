import type { Clock, Logger } from '../core/ports';

/** A cancellable Electron event: `defaultPrevented` says an earlier listener is holding it. */
export interface CancellableEvent {
  preventDefault(): void;
  readonly defaultPrevented: boolean;
}

/** The parts of Electron's `app` the quit sequence uses (a fake in tests). */
export interface QuitApp {
  on(event: 'before-quit', listener: (event: CancellableEvent) => void): unknown;
  quit(): void;
}

/** Disposing the agent takes a round trip to the page; a hung page must not keep the app alive. */
export const disposeTimeoutMs = 3_000;

export interface QuitSequence {
  /** True from the moment the app is really leaving (past the "hang up and quit?" question). */
  readonly quitting: boolean;
}

/**
 * The last step of quitting: os/quit-guard.ts has already asked about a call and hung up (its
 * before-quit listener runs first and holds the event while it asks). Then the core signs out
 * and disposes every agent while the windows still exist to do it, so the service sees a clean
 * goodbye, and only then, or after the timeout, does the app exit.
 */
export function disposeBeforeQuit(options: { app: QuitApp; dispose(): Promise<void>; clock: Pick<Clock, 'setTimeout' | 'clearTimeout'>; logger: Logger }): QuitSequence {
  let state: 'running' | 'disposing' | 'done' = 'running';
  options.app.on('before-quit', (event) => {
    if (event.defaultPrevented || state === 'done') return;
    event.preventDefault();
    if (state === 'disposing') return;
    state = 'disposing';
    void disposeWithin(options).then(() => {
      state = 'done';
      options.app.quit();
    });
  });
  return {
    get quitting() {
      return state !== 'running';
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
      options.logger.warn('dispose before quit failed', { error: error instanceof Error ? error.message : String(error) });
      return 'failed' as const;
    },
  );
  const outcome = await Promise.race([disposed, timedOut]);
  if (timer !== undefined) options.clock.clearTimeout(timer);
  if (outcome === 'timedOut') options.logger.warn('agents not disposed before quitting; leaving anyway', { timeoutMs: disposeTimeoutMs });
}
