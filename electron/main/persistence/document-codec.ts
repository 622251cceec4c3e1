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
}
