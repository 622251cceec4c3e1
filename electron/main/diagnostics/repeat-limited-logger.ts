import type { Clock, LogFields, Logger, TimerHandle } from '../ports';
import { LevelLogger, type LoggerLevel } from './level-logger';

export interface RepeatLimit {
  /** Entries of one message let through per window; the rest are counted. */
  perWindow: number;
  windowMs: number;
}

export const defaultRepeatLimit: RepeatLimit = { perWindow: 10, windowMs: 1_000 };

const maxTrackedMessages = 200;

interface MessageWindow {
  startedAt: number;
  passed: number;
  suppressed: number;
  flush?: TimerHandle;
}

/**
 * Stops one message from flooding the log: a page sending thousands of bad requests a second
 * would otherwise write a line for each (and push everything useful out of the diagnostics
 * buffer). The same level and message — fields aside, as they vary with the payload — pass
 * `perWindow` times per window; the rest are summed into one "repeated N more times" line
 * when the window ends.
 */
export class RepeatLimitedLogger extends LevelLogger {
  private readonly windows = new Map<string, MessageWindow>();

  constructor(
    private readonly next: Logger,
    private readonly clock: Clock,
    private readonly limit: RepeatLimit = defaultRepeatLimit,
  ) {
    super();
  }

  protected log(level: LoggerLevel, message: string, fields: LogFields | undefined): void {
    const key = `${level} ${message}`;
    const now = this.clock.now();
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.limit.windowMs) {
      if (!window && this.windows.size >= maxTrackedMessages) this.forgetQuietMessages(now);
      window = { startedAt: now, passed: 0, suppressed: 0 };
      this.windows.set(key, window);
    }
    if (window.passed < this.limit.perWindow) {
      window.passed += 1;
      this.next[level](message, fields);
      return;
    }
    window.suppressed += 1;
    const current = window;
    current.flush ??= this.clock.setTimeout(() => this.summarise(key, level, message, current), current.startedAt + this.limit.windowMs - now);
  }

  /** Messages with variable text would otherwise pile up here over a day. */
  private forgetQuietMessages(now: number): void {
    for (const [key, window] of this.windows) {
      if (window.flush === undefined && now - window.startedAt >= this.limit.windowMs) this.windows.delete(key);
    }
  }

  private summarise(key: string, level: LoggerLevel, message: string, window: MessageWindow): void {
    if (this.windows.get(key) === window) this.windows.delete(key);
    this.next[level](`${message} (repeated ${window.suppressed} more times in ${this.limit.windowMs / 1000} s)`, { repeated: window.suppressed });
  }
}
