import type { LogFields, Logger } from './ports';
import { processDeferredConsole, type ConsoleLevel } from './deferred-console';

type Level = ConsoleLevel;
export type LogSink = (level: Level, line: string) => void;

/*
 * Log lines carry a message and a few scalar facts (ids, codes, counts). Anything that could
 * hold a token or a user's request is dropped rather than masked, so a careless call site
 * cannot leak it: request/reply payloads, objects, long strings, JWT-shaped strings.
 */
const sensitiveKey = /token|secret|payload|request|reply|password|authorization|credential|cookie|body/i;
const jwtShape = /^[\w-]{8,}\.[\w-]{8,}\.[\w-]*$/;
const maxStringLength = 200;

export function createConsoleLogger(sink: LogSink = writeToConsole, minLevel: Level = 'info'): Logger {
  const levels: Level[] = ['debug', 'info', 'warn', 'error'];
  const log = (level: Level) => (message: string, fields?: LogFields) => {
    if (levels.indexOf(level) < levels.indexOf(minLevel)) return;
    const facts = fields ? safeFacts(fields) : '';
    sink(level, `[${level}] ${message}${facts ? ` ${facts}` : ''}`);
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

export function safeFacts(fields: LogFields): string {
  return Object.entries(fields)
    .filter(([key]) => !sensitiveKey.test(key))
    .flatMap(([key, value]) => {
      if (typeof value === 'number' || typeof value === 'boolean' || value === null) return [`${key}=${String(value)}`];
      if (typeof value === 'string' && value.length <= maxStringLength && !jwtShape.test(value)) return [`${key}=${JSON.stringify(value)}`];
      return [];
    })
    .join(' ');
}

function writeToConsole(level: Level, line: string): void {
  processDeferredConsole().write(level, line);
}
