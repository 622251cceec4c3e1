export type ConsoleLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LineStream {
  write(text: string): unknown;
}

export interface DeferredConsoleOptions {
  out: LineStream;
  err: LineStream;
  /** Runs `flush` once the current task is over (setImmediate in the app). */
  defer(flush: () => void): void;
}

/*
 * Writing to stdout is synchronous when it is a pipe or a file, and on a busy machine one
 * write costs a fraction of a millisecond. The bench's profile found these writes were most of
 * main's time between a sign-in click and "ready": each phase change logged a line before its
 * state reached the window. Lines are therefore collected and written together after the task
 * that logged them, so the IPC reply or state push goes first. An error is written at once,
 * with everything before it, because it may be the last thing the process says.
 */
export class DeferredConsole {
  private out: string[] = [];
  private err: string[] = [];
  private scheduled = false;

  constructor(private readonly options: DeferredConsoleOptions) {}

  write(level: ConsoleLevel, line: string): void {
    (level === 'warn' || level === 'error' ? this.err : this.out).push(line);
    if (level === 'error') {
      this.flush();
      return;
    }
    if (this.scheduled) return;
    this.scheduled = true;
    this.options.defer(() => this.flush());
  }

  /** Writes whatever is waiting; also called when the process exits. */
  flush(): void {
    this.scheduled = false;
    const out = this.out;
    const err = this.err;
    this.out = [];
    this.err = [];
    if (out.length > 0) this.options.out.write(`${out.join('\n')}\n`);
    if (err.length > 0) this.options.err.write(`${err.join('\n')}\n`);
  }
}

let processConsole: DeferredConsole | undefined;

/** The process's own stdout/stderr, flushed on exit so the last lines are not lost. */
export function processDeferredConsole(): DeferredConsole {
  if (!processConsole) {
    const deferred = new DeferredConsole({ out: process.stdout, err: process.stderr, defer: (flush) => setImmediate(flush) });
    process.once('exit', () => deferred.flush());
    processConsole = deferred;
  }
  return processConsole;
}
