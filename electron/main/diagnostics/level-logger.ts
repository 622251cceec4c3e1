import type { LogFields, Logger } from '../ports';

export type LoggerLevel = keyof Logger;

/** A Logger whose four levels all go through one `log` method. */
export abstract class LevelLogger implements Logger {
  debug(message: string, fields?: LogFields): void {
    this.log('debug', message, fields);
  }

  info(message: string, fields?: LogFields): void {
    this.log('info', message, fields);
  }

  warn(message: string, fields?: LogFields): void {
    this.log('warn', message, fields);
  }

  error(message: string, fields?: LogFields): void {
    this.log('error', message, fields);
  }

  protected abstract log(level: LoggerLevel, message: string, fields: LogFields | undefined): void;
}
