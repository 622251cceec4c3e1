import type { NoticeText } from '../../../shared/notices/notice-text';

/*
 * The port the settings and history services persist through. A host picks the file
 * behind it (conf in Node and tests, electron-store in Electron); the services never know.
 */

export interface LoadedDocument<T> {
  /** Always valid: the file's content, the salvageable part of it, or the defaults. */
  value: T;
  /** Set when the file had to be repaired or reset: what to tell the user. */
  notice?: NoticeText;
}

export interface JsonDocumentStore<T> {
  /** Reads and validates; never throws for a missing, corrupt or hand-edited file. */
  load(): LoadedDocument<T>;
  /** Replaces the file atomically; throws DocumentWriteError and leaves the old file as it was. */
  save(value: T): void;
}

/** A write that did not happen; `message` is safe to show (no file content in it). */
export class DocumentWriteError extends Error {
  override readonly name = 'DocumentWriteError';

  constructor(
    readonly label: string,
    readonly reason: string,
  ) {
    super(`Could not save your ${label} (${reason}).`);
  }
}

/** The short reason a file operation failed, e.g. "ENOSPC: no space left on device". */
export function describeFileError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const text = error.message.split('\n')[0] ?? '';
    return (code && !text.startsWith(code) ? `${code}: ${text}` : text).slice(0, 300);
  }
  return String(error).slice(0, 300);
}
