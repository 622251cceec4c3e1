import type { LogFields, Logger } from '../../electron/main/ports';

export interface LogCall {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields?: LogFields;
}

/** A Logger that keeps every call, so tests can check what was (and was not) logged. */
export class CapturingLogger implements Logger {
  readonly calls: LogCall[] = [];

  debug(message: string, fields?: LogFields): void {
    this.calls.push({ level: 'debug', message, fields });
  }
  info(message: string, fields?: LogFields): void {
    this.calls.push({ level: 'info', message, fields });
  }
  warn(message: string, fields?: LogFields): void {
    this.calls.push({ level: 'warn', message, fields });
  }
  error(message: string, fields?: LogFields): void {
    this.calls.push({ level: 'error', message, fields });
  }

  /** Everything logged, serialized, for "never contains X" checks. */
  text(): string {
    return JSON.stringify(this.calls);
  }
}
