import { join } from 'node:path';
import { redactString, redactValue } from '../../../shared/diagnostics/redact';
import type { LogFields, Logger } from '../ports';
import { ensurePrivateDirectory, makeFilePrivate, ownerOnlyFileMode } from '../persistence/private-files';

/*
 * The log file, written by electron-log (rotation, a sane location per OS, no lost lines on a
 * crash). Only index.ts imports electron-log itself (it loads Electron); this module takes the
 * parts it configures, so tests use a fake.
 */

type Level = 'error' | 'warn' | 'info' | 'verbose' | 'debug' | 'silly' | false;

/** An electron-log message: `data` holds whatever was passed to the log call. */
export interface LogMessageLike {
  data: unknown[];
}

export interface FileLogTarget<M extends LogMessageLike> {
  hooks: ((message: M) => M | false)[];
  transports: {
    file: { level: Level; maxSize: number; resolvePathFn: (...args: never[]) => string; writeOptions?: { flag?: string; mode?: number; encoding?: string } };
    console: { level: Level };
    ipc: { level: Level } | null;
    remote: { level: Level } | null;
  };
  debug(...params: unknown[]): void;
  info(...params: unknown[]): void;
  warn(...params: unknown[]): void;
  error(...params: unknown[]): void;
}

/** One main.log of this size, then main.old.log: enough for a support case, bounded on disk. */
export const logFileMaxBytes = 5 * 1024 * 1024;

/**
 * Redacts every argument of a log call with the app's one redaction step before any
 * transport writes it. LogBuffer already redacts what the app logs; this hook also covers
 * anything that reaches electron-log some other way (its own error reports, a library).
 */
export function redactLogMessage<M extends LogMessageLike>(message: M): M {
  return { ...message, data: message.data.map((item) => (typeof item === 'string' ? redactString(item) : redactValue(item))) };
}

/** `<dataDir>/logs`, where the log file goes; Help › Troubleshooting names it. */
export function logsFolderOf(dataDir: string): string {
  return join(dataDir, 'logs');
}

/**
 * Creates the log folder owner-only before electron-log would create it (and the data
 * directory) with the umask's mode, and tightens log files an older version wrote readable
 * to others (electron-log gives the mode only to a file it creates). The host calls it once,
 * before the first log line.
 */
export function prepareLogFolder(dataDir: string): void {
  const folder = logsFolderOf(dataDir);
  ensurePrivateDirectory(folder);
  for (const name of ['main.log', 'main.old.log']) makeFilePrivate(join(folder, name));
}

/**
 * Writes to `<dataDir>/logs/main.log`, so --data-dir keeps a test run's log out of the user's.
 * The console keeps the app's own console logger; electron-log's console and its copies to the
 * page's dev tools or a remote URL stay off.
 */
export function configureFileLog<M extends LogMessageLike>(log: FileLogTarget<M>, options: { dataDir: string; level?: Exclude<Level, false> }): Logger {
  log.hooks.push(redactLogMessage);
  log.transports.file.level = options.level ?? 'info';
  log.transports.file.maxSize = logFileMaxBytes;
  log.transports.file.resolvePathFn = () => join(logsFolderOf(options.dataDir), 'main.log');
  // Redacted or not, a log says who called whom: owner-only, like the rest of the data directory.
  log.transports.file.writeOptions = { flag: 'a', mode: ownerOnlyFileMode, encoding: 'utf8' };
  log.transports.console.level = false;
  if (log.transports.ipc) log.transports.ipc.level = false;
  if (log.transports.remote) log.transports.remote.level = false;
  const write = (level: 'debug' | 'info' | 'warn' | 'error') => (message: string, fields?: LogFields) => {
    if (fields === undefined) log[level](message);
    else log[level](message, fields);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** Sends each log call to every logger given (the console and the file). */
export function fanOutLogger(...loggers: Logger[]): Logger {
  const each = (level: keyof Logger) => (message: string, fields?: LogFields) => {
    for (const logger of loggers) logger[level](message, fields);
  };
  return { debug: each('debug'), info: each('info'), warn: each('warn'), error: each('error') };
}
