/** What a JSON file holds when read: nothing yet, a parsed value, or bytes that are not JSON. */
export type JsonFileContent = { kind: 'absent' } | { kind: 'parsed'; value: unknown } | { kind: 'unreadable'; reason: string };

/**
 * One JSON file on disk, below the validation layer. Implementations must write atomically
 * (a temporary file renamed over the old one), so a failing write leaves the old file whole.
 */
export interface JsonFile {
  /** For messages and logs. */
  readonly path: string;
  read(): JsonFileContent;
  /** conf and electron-store keep an object at the root, so documents are objects. */
  write(value: Record<string, unknown>): void;
  /**
   * Copies the file next to itself, never over another file; returns the copy's path. The copy
   * is byte for byte, or the file's text passed through `scrub` (which takes secrets out).
   */
  backup(suffix: string, scrub?: (text: string) => string): string;
}
