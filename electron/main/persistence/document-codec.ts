import type { NoticeDocument } from '../../../shared/notices/notice-text';

/** How a stored value reads back: as it is, salvaged in part, or not at all. */
export type Decoded<T> =
  | { kind: 'valid'; value: T }
  /** Part of it was bad and went back to defaults; `problem` says which part, for the notice. */
  | { kind: 'repaired'; value: T; problem: string }
  | { kind: 'invalid' };

/** The format of one document: its defaults, how to read a parsed file, how to write one. */
export interface DocumentCodec<T> {
  /** What the user calls it: "settings", "call history". */
  readonly label: string;
  /** Which file the notices about it name (the renderer words it). */
  readonly document: NoticeDocument;
  defaults(): T;
  decode(raw: unknown): Decoded<T>;
  encode(value: T): Record<string, unknown>;
  /**
   * For a document that may hold secrets in plain text (settings an older version wrote): the
   * file's text without them, for the copy kept beside a repaired file. Returns the text as it
   * is when there is nothing to take out.
   */
  withoutSecrets?(text: string): string;
}
