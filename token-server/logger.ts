import { redactString, redactValue } from '../shared/diagnostics/redact';

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface TokenServerLogger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/**
 * One JSON line per event. Every line passes the app's redaction, so a token, key or
 * connection string that slipped into a field or a message is replaced before it is written.
 */
export function createJsonLineLogger(write: (line: string) => void, now: () => number = Date.now): TokenServerLogger {
  const log = (level: LogLevel, message: string, fields: LogFields = {}) => {
    // Fields first, so a field named like one of ours cannot overwrite the time or level.
    const record = { ...(redactValue(fields) as LogFields), time: new Date(now()).toISOString(), level, message: redactString(message) };
    write(JSON.stringify(record));
  };
  return {
    info: (message, fields) => log('info', message, fields),
    warn: (message, fields) => log('warn', message, fields),
    error: (message, fields) => log('error', message, fields),
  };
}

export const silentTokenServerLogger: TokenServerLogger = { info() {}, warn() {}, error() {} };
