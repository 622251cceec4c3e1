import type { Clock, TimerHandle } from '../../electron/main/ports';
import type { EngineClock } from '../../renderer/src/engine/clock';

interface VirtualTimer {
  id: number;
  at: number;
  callback: () => void;
}

/**
 * Time that moves only when the scenario driver says so, shared by the core and the engine,
 * so a run with 1+2+4+8+16 s of backoff finishes at once and replays the same way every time.
 */
export class VirtualClock implements Clock, EngineClock {
  private current: number;
  private nextId = 1;
  private timers: VirtualTimer[] = [];

  constructor(readonly startMs: number) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  /** Virtual milliseconds since the clock was made. */
  get elapsedMs(): number {
    return this.current - this.startMs;
  }

  setTimeout(callback: () => void, ms: number): TimerHandle {
    const delay = Number.isFinite(ms) ? Math.max(0, ms) : 0;
    const timer = { id: this.nextId++, at: this.current + delay, callback };
    this.timers.push(timer);
    return { virtualTimerId: timer.id };
  }

  clearTimeout(handle: TimerHandle): void {
    const id = (handle as { virtualTimerId?: unknown }).virtualTimerId;
    this.timers = this.timers.filter((timer) => timer.id !== id);
  }

  /** When the soonest pending timer falls due, or undefined when nothing is scheduled. */
  nextDueAt(): number | undefined {
    return this.soonest()?.at;
  }

  /** Jumps to the soonest timer and runs it (ties in the order they were set). False when none is pending. */
  runNext(): boolean {
    const timer = this.soonest();
    if (!timer) return false;
    this.timers = this.timers.filter((pending) => pending !== timer);
    this.current = Math.max(this.current, timer.at);
    timer.callback();
    return true;
  }

  /** Moves time forward without running anything; for stopping at a time limit. */
  jumpTo(at: number): void {
    this.current = Math.max(this.current, at);
  }

  private soonest(): VirtualTimer | undefined {
    let next: VirtualTimer | undefined;
    for (const timer of this.timers) {
      if (!next || timer.at < next.at || (timer.at === next.at && timer.id < next.id)) next = timer;
    }
    return next;
  }
}

/**
 * Resolves once every promise chain that waits only on other promises has run. Nothing in a
 * headless run does real I/O, so after a macrotask turn the system is idle until the next
 * virtual timer. Two turns cover a callback that itself defers with setImmediate.
 */
export async function settle(): Promise<void> {
  for (let turn = 0; turn < 2; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
}

export type RunUntilOutcome = 'done' | 'idle' | 'deadline';

/** A run that takes this many timer steps is looping, not progressing. */
const maxSteps = 200_000;

/**
 * Lets the system work, and whenever it is idle jumps to the next timer, until `isDone`
 * holds ('done'), nothing is scheduled ('idle'), or the next timer lies past `deadlineAt`
 * ('deadline'; the clock then stands at the deadline).
 */
export async function runUntil(clock: VirtualClock, isDone: () => boolean, deadlineAt: number): Promise<RunUntilOutcome> {
  for (let step = 0; step < maxSteps; step++) {
    await settle();
    if (isDone()) return 'done';
    const next = clock.nextDueAt();
    if (next === undefined) return 'idle';
    if (next > deadlineAt) {
      clock.jumpTo(deadlineAt);
      return 'deadline';
    }
    clock.runNext();
  }
  throw new Error(`The run did not settle after ${maxSteps} timer steps.`);
}
