import type { Clock } from '../ports';

export type IdleOutcome = 'idle' | 'timedOut';

export interface QuitGuardOptions {
  isInCall(): boolean;
  /** Asks the user "A call is in progress. Hang up and quit?"; true means hang up. */
  confirm(): Promise<boolean>;
  /** Tells the windows to hang up every call. */
  requestHangUp(): void;
  waitUntilIdle(timeoutMs: number): Promise<IdleOutcome>;
  /** How long to wait for calls to end before leaving anyway; 5 s by default. */
  hangUpTimeoutMs?: number;
}

const defaultHangUpTimeoutMs = 5_000;

/**
 * Closing the window or quitting during a call asks first and, if the user agrees, hangs up
 * cleanly (the other side hears the call end, not a dropped connection) before leaving. A call
 * that will not end within the timeout does not keep the app open.
 */
export class QuitGuard {
  private approved = false;
  private asking = false;

  constructor(private readonly options: QuitGuardOptions) {}

  /** True once the user chose to leave: the page's own "leave during a call?" prompt must not stop it. */
  get leaving(): boolean {
    return this.approved;
  }

  /**
   * For a cancellable close or quit event: true means cancel the event, because the user is
   * being asked; `proceed` runs (and should close or quit again) once they agreed and the
   * calls ended.
   */
  /** True while leaving needs the user's answer first: a call is up and they have not agreed to end it. */
  get mustAsk(): boolean {
    return !this.approved && this.options.isInCall();
  }

  holdLeave(proceed: () => void): boolean {
    if (!this.mustAsk) return false;
    // A second close while the question is open (quit after a window close) asks nothing new.
    if (!this.asking) {
      this.asking = true;
      void this.ask(proceed).finally(() => {
        this.asking = false;
      });
    }
    return true;
  }

  private async ask(proceed: () => void): Promise<void> {
    if (!(await this.options.confirm())) return;
    this.options.requestHangUp();
    await this.options.waitUntilIdle(this.options.hangUpTimeoutMs ?? defaultHangUpTimeoutMs);
    this.approved = true;
    proceed();
  }
}

export interface IdleSource {
  isInCall(): boolean;
  onCallActivity(listener: () => void): () => void;
}

/** Resolves when no call is up any more, or with 'timedOut' after `timeoutMs`. */
export function waitUntilIdle(source: IdleSource, clock: Clock, timeoutMs: number): Promise<IdleOutcome> {
  if (!source.isInCall()) return Promise.resolve('idle');
  return new Promise((resolve) => {
    const finish = (outcome: IdleOutcome) => {
      unsubscribe();
      clock.clearTimeout(timer);
      resolve(outcome);
    };
    const unsubscribe = source.onCallActivity(() => {
      if (!source.isInCall()) finish('idle');
    });
    const timer = clock.setTimeout(() => finish('timedOut'), timeoutMs);
  });
}
