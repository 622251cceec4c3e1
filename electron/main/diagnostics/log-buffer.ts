import type { LogEntry, LogLevel } from '../../../shared/diagnostics/bundle-schema';
import { redactString, redactValue } from '../../../shared/diagnostics/redact';
import type { Clock, LogFields, Logger } from '../ports';
import { LevelLogger } from './level-logger';

export interface LogBufferOptions {
  clock: Pick<Clock, 'now'>;
  /** How many entries to keep; the oldest go first. */
  capacity?: number;
  /** Receives every entry after redaction (the console logger), so nothing is redacted twice or missed once. */
  next?: Logger;
}

export const defaultLogCapacity = 500;
/** A stack trace or a response body is useful in part; a megabyte of it is not. */
const maxMessageLength = 2_000;
const maxFieldsLength = 4_000;

/**
 * A Logger that keeps the most recent entries in memory for the diagnostics bundle. It
 * redacts message and fields before it stores or forwards them: whatever a call site logs,
 * no token can reach the buffer, the console, or a bundle made from it.
 */
export class LogBuffer extends LevelLogger {
  private readonly kept: LogEntry[] = [];
  private readonly capacity: number;

  constructor(private readonly options: LogBufferOptions) {
    super();
    this.capacity = Math.max(1, Math.floor(options.capacity ?? defaultLogCapacity));
  }

  /** Oldest first; a copy, so the caller cannot change what is kept. */
  entries(): LogEntry[] {
    return this.kept.map((entry) => ({ ...entry, ...(entry.fields ? { fields: { ...entry.fields } } : {}) }));
  }

  protected log(level: LogLevel, message: string, fields: LogFields | undefined): void {
    const entry: LogEntry = { at: this.options.clock.now(), level, message: truncate(redactString(String(message)), maxMessageLength) };
    const safeFields = fields === undefined ? undefined : boundedFields(redactValue(fields));
    if (safeFields) entry.fields = safeFields;
    this.kept.push(entry);
    if (this.kept.length > this.capacity) this.kept.splice(0, this.kept.length - this.capacity);
    this.options.next?.[level](entry.message, safeFields);
  }
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

function boundedFields(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (Object.keys(record).length === 0) return undefined;
  const size = JSON.stringify(record).length;
  return size <= maxFieldsLength ? record : { truncated: `${size} characters of fields left out` };
}
