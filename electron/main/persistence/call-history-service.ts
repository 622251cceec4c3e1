import type { IpcResult } from '../../../shared/ipc/contract';
import { callHistoryCap, newestFirst, type CallHistoryEntry, type NewCallHistoryEntry } from '../../../shared/history/call-history-schema';
import { countUnseenMissed } from '../../../shared/history/missed-calls';
import type { NoticeText } from '../../../shared/notices/notice-text';
import { englishNotice } from '../../../shared/notices/english-notices';
import type { CallHistoryDocument } from './call-history-document';
import { DocumentWriteError, type JsonDocumentStore } from './json-document-store';
import type { NoticeBoard } from './notice-board';

export interface CallHistoryServiceOptions {
  notices: NoticeBoard;
  /** Ids for new entries; injected so tests get stable ones. */
  newId?: () => string;
  cap?: number;
}

/** What changed: the whole list, newest first, and how many missed calls are unseen now. */
export interface CallHistoryChange {
  entries: CallHistoryEntry[];
  unseenMissed: number;
  /** The call just added, when the change was an addition. */
  added?: CallHistoryEntry;
}

type Failure = Extract<NoticeText['key'], 'historyNotAdded' | 'historyNotCleared' | 'historySeenNotSaved'>;

/**
 * One identity's call history, newest first and capped (the oldest go first), with the moment
 * its missed calls were last seen. A change is saved before it is kept, so a failed write (disk
 * full) leaves both the file and the list as they were, and the user is told: the engine that
 * reports calls has no screen to show an error on.
 */
export class CallHistoryService {
  private document: CallHistoryDocument;
  private readonly listeners = new Set<(change: CallHistoryChange) => void>();
  private readonly notices: NoticeBoard;
  private readonly newId: () => string;
  private readonly cap: number;

  constructor(
    private readonly store: JsonDocumentStore<CallHistoryDocument>,
    options: CallHistoryServiceOptions,
  ) {
    this.notices = options.notices;
    this.newId = options.newId ?? (() => globalThis.crypto.randomUUID());
    this.cap = options.cap ?? callHistoryCap;
    const loaded = store.load();
    this.document = { ...loaded.value, entries: loaded.value.entries.slice(0, this.cap) };
    if (loaded.notice) this.notices.post('warning', loaded.notice);
  }

  list(): CallHistoryEntry[] {
    return this.document.entries.map((entry) => ({ ...entry }));
  }

  /** Missed calls that ended after History was last opened. */
  unseenMissed(): number {
    return countUnseenMissed(this.document.entries, this.document.missedSeenAt);
  }

  add(entry: NewCallHistoryEntry): IpcResult<CallHistoryEntry> {
    const added: CallHistoryEntry = { id: this.newId(), ...entry };
    const entries = [...this.document.entries, added].sort(newestFirst).slice(0, this.cap);
    const saved = this.commit({ ...this.document, entries }, 'historyNotAdded', added);
    return saved.ok ? { ok: true, value: { ...added } } : saved;
  }

  clear(): IpcResult<Record<string, never>> {
    const saved = this.commit({ ...this.document, entries: [] }, 'historyNotCleared');
    return saved.ok ? { ok: true, value: {} } : saved;
  }

  /**
   * History was opened at `at` (epoch ms): every missed call that ended by then is seen. Nothing
   * is written when nothing was unseen, so opening the tab does not rewrite the file each time.
   */
  markMissedSeen(at: number): IpcResult<{ unseen: number }> {
    if (!this.unseenMissed()) return { ok: true, value: { unseen: 0 } };
    const latestEnd = Math.max(...this.document.entries.map((entry) => entry.endedAt));
    const saved = this.commit({ ...this.document, missedSeenAt: Math.max(at, latestEnd) }, 'historySeenNotSaved');
    return saved.ok ? { ok: true, value: { unseen: this.unseenMissed() } } : saved;
  }

  onChange(listener: (change: CallHistoryChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private commit(next: CallHistoryDocument, failure: Failure, added?: CallHistoryEntry): IpcResult<null> {
    try {
      this.store.save(next);
    } catch (error) {
      if (!(error instanceof DocumentWriteError)) throw error;
      const notice: NoticeText = { key: failure, params: { reason: error.reason } };
      this.notices.post('warning', notice);
      return { ok: false, error: { code: 'failed', message: englishNotice(notice) } };
    }
    this.document = next;
    const change: CallHistoryChange = { entries: this.list(), unseenMissed: this.unseenMissed(), ...(added ? { added: { ...added } } : {}) };
    for (const listener of this.listeners) listener(change);
    return { ok: true, value: null };
  }
}
