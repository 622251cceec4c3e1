/*
 * One clock for every call timer on screen. Each timer used to run its own one-second
 * interval, started whenever its call connected, so two calls changed the page at two moments
 * a second (two layouts). This ticker wakes once at each whole second of the wall clock and
 * tells every timer together, so the page changes once; with nobody listening it holds no timer.
 */

export interface TickerTimers {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

export class SecondTicker {
  private readonly listeners = new Set<(now: number) => void>();
  private timer: number | undefined;

  constructor(
    private readonly timers: TickerTimers,
    private readonly now: () => number,
  ) {}

  /** Calls `listener` with the time just after each whole second, until the returned function is called. */
  subscribe(listener: (now: number) => void): () => void {
    this.listeners.add(listener);
    this.schedule();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0 || this.timer === undefined) return;
      this.timers.clearTimeout(this.timer);
      this.timer = undefined;
    };
  }

  private schedule(): void {
    if (this.timer !== undefined || this.listeners.size === 0) return;
    // Browsers fire timers at or after their time, never before: the tick lands in the new second.
    const wait = 1000 - (this.now() % 1000);
    this.timer = this.timers.setTimeout(() => this.tick(), wait);
  }

  private tick(): void {
    this.timer = undefined;
    const now = this.now();
    for (const listener of [...this.listeners]) listener(now);
    this.schedule();
  }
}

/** The window's ticker, shared by every call timer in it. */
let shared: SecondTicker | undefined;
export function windowSecondTicker(): SecondTicker {
  shared ??= new SecondTicker(
    { setTimeout: (callback, ms) => window.setTimeout(callback, ms), clearTimeout: (handle) => window.clearTimeout(handle) },
    () => Date.now(),
  );
  return shared;
}
