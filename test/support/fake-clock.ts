import type { Clock, TimerHandle } from '../../electron/main/ports';

interface FakeTimer {
  id: number;
  at: number;
  callback: () => void;
}

/**
 * A Clock that only moves when a test says so. advance() runs due timers in time order (ties in
 * the order they were set), with now() reading each timer's due time while it runs, and also
 * runs timers that those callbacks set within the advanced window.
 */
export class FakeClock implements Clock {
  private current: number;
  private nextId = 1;
  private timers: FakeTimer[] = [];

  constructor(startMs = Date.UTC(2025, 0, 1, 12, 0, 0)) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  setTimeout(callback: () => void, ms: number): TimerHandle {
    const timer = { id: this.nextId++, at: this.current + Math.max(0, ms), callback };
    this.timers.push(timer);
    return { fakeTimerId: timer.id };
  }

  clearTimeout(handle: TimerHandle): void {
    const id = (handle as { fakeTimerId?: unknown }).fakeTimerId;
    this.timers = this.timers.filter((timer) => timer.id !== id);
  }

  /** Moves time forward by `ms`, running every timer that falls due on the way. */
  advance(ms: number): void {
    const target = this.current + ms;
    for (let timer = this.nextDue(target); timer; timer = this.nextDue(target)) {
      this.timers = this.timers.filter((pending) => pending !== timer);
      this.current = timer.at;
      timer.callback();
    }
    this.current = target;
  }

  /**
   * Like advance(), but lets promise chains settle after each timer, for code that awaits
   * between timers (a fetch started by a timer, then a retry timer set when it fails).
   */
  async advanceAsync(ms: number): Promise<void> {
    const target = this.current + ms;
    await flushPromises();
    for (let timer = this.nextDue(target); timer; timer = this.nextDue(target)) {
      this.timers = this.timers.filter((pending) => pending !== timer);
      this.current = timer.at;
      timer.callback();
      await flushPromises();
    }
    this.current = target;
    await flushPromises();
  }

  /** Number of timers set and not yet run or cleared. */
  get pendingCount(): number {
    return this.timers.length;
  }

  /** Due times of the pending timers, soonest first. */
  pendingDueTimes(): number[] {
    return this.timers.map((timer) => timer.at).sort((a, b) => a - b);
  }

  private nextDue(target: number): FakeTimer | undefined {
    let next: FakeTimer | undefined;
    for (const timer of this.timers) {
      if (timer.at <= target && (!next || timer.at < next.at || (timer.at === next.at && timer.id < next.id))) next = timer;
    }
    return next;
  }
}

/** Settles every promise chain that is waiting only on other promises (not on real I/O or timers). */
export function flushPromises(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
