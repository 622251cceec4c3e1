import { maxRendererLogEntries, type RendererLogEntry } from '../../../shared/diagnostics/bundle-schema';
import { redactString } from '../../../shared/diagnostics/redact';
import type { LogLevel } from '../../../shared/diagnostics/bundle-schema';
import type { Clock } from '../../../shared/util/clock';

type Field = string | number | boolean | null;

/**
 * The page's own recent log: the engine's warnings and the page's uncaught errors, kept for
 * the diagnostics export (main's log cannot see them). Redacted as it is written, so a token
 * in an SDK error message never sits in memory in a form the export could leak; main redacts
 * the export once more. Also printed to the console for developers.
 */
export class RendererLog {
  private readonly lines: RendererLogEntry[] = [];

  constructor(
    private readonly clock: Pick<Clock, 'now'>,
    private readonly console: Pick<Console, 'debug' | 'info' | 'warn' | 'error'> | undefined = undefined,
    private readonly capacity = maxRendererLogEntries,
  ) {}

  debug(message: string, fields?: Record<string, unknown>): void {
    this.write('debug', message, fields);
  }

  info(message: string, fields?: Record<string, unknown>): void {
    this.write('info', message, fields);
  }

  warn(message: string, fields?: Record<string, unknown>): void {
    this.write('warn', message, fields);
  }

  error(message: string, fields?: Record<string, unknown>): void {
    this.write('error', message, fields);
  }

  /** Oldest first, as the diagnostics request takes them. */
  entries(): RendererLogEntry[] {
    return this.lines.map((line) => ({ ...line }));
  }

  /** Records what escapes every handler: thrown errors and rejected promises nobody caught. */
  captureUncaught(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
    const onError = (event: ErrorEvent) => this.error('uncaught error', { message: describe(event.error ?? event.message) });
    const onRejection = (event: PromiseRejectionEvent) => this.error('unhandled rejection', { message: describe(event.reason) });
    target.addEventListener('error', onError);
    target.addEventListener('unhandledrejection', onRejection);
    return () => {
      target.removeEventListener('error', onError);
      target.removeEventListener('unhandledrejection', onRejection);
    };
  }

  private write(level: LogLevel, message: string, fields: Record<string, unknown> | undefined): void {
    const line: RendererLogEntry = { at: this.clock.now(), level, message: redactString(message).slice(0, 2_000) };
    const flat = fields && flatten(fields);
    if (flat) line.fields = flat;
    this.lines.push(line);
    if (this.lines.length > this.capacity) this.lines.splice(0, this.lines.length - this.capacity);
    this.console?.[level](line.message, line.fields ?? '');
  }
}

/** Fields as the diagnostics contract takes them: scalars only, strings redacted and bounded. */
function flatten(fields: Record<string, unknown>): Record<string, Field> | undefined {
  const out: Record<string, Field> = {};
  for (const [key, value] of Object.entries(fields).slice(0, 20)) {
    const name = key.slice(0, 100);
    if (value === null || typeof value === 'number' || typeof value === 'boolean') out[name] = value;
    else if (value !== undefined) out[name] = redactString(typeof value === 'string' ? value : describe(value)).slice(0, 1_000);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
