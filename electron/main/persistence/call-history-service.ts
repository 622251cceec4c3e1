import type { IpcResult } from '../../../shared/ipc/contract';
import { callHistoryCap, newestFirst, type CallHistoryEntry, type NewCallHistoryEntry } from '../../../shared/history/call-history-schema';
import type { NoticeText } from '../../../shared/notices/notice-text';
import { englishNotice } from '../../../shared/notices/english-notices';
import { DocumentWriteError, type JsonDocumentStore } from './json-document-store';
import type { NoticeBoard } from './notice-board';

export interface CallHistoryServiceOptions {
  notices: NoticeBoard;
  /** Ids for new entries; injected so tests get stable ones. */
  newId?: () => string;
  cap?: number;
}

/**
 * The call history, newest first and capped (the oldest go first). A change is saved before
 * it is kept, so a failed write (disk full) leaves both the file and the list as they were,
 * and the user is told: the engine that reports calls has no screen to show an error on.
 */
export class CallHistoryService {
  private entries: CallHistoryEntry[];
  private readonly listeners = new Set<(entries: CallHistoryEntry[]) => void>();
  private readonly notices: NoticeBoard;
  private readonly newId: () => string;
  private readonly cap: number;

  constructor(
    private readonly store: JsonDocumentStore<CallHistoryEntry[]>,
    options: CallHistoryServiceOptions,
  ) {
    this.notices = options.notices;
    this.newId = options.newId ?? (() => globalThis.crypto.randomUUID());
    this.cap = options.cap ?? callHistoryCap;
    const loaded = store.load();
    this.entries = loaded.value.slice(0, this.cap);
    if (loaded.notice) this.notices.post('warning', loaded.notice);
  }

  list(): CallHistoryEntry[] {
    return this.entries.map((entry) => ({ ...entry }));
  }

  add(entry: NewCallHistoryEntry): IpcResult<CallHistoryEntry> {
    const added: CallHistoryEntry = { id: this.newId(), ...entry };
    const next = [...this.entries, added].sort(newestFirst).slice(0, this.cap);
    const saved = this.commit(next, 'historyNotAdded');
    return saved.ok ? { ok: true, value: { ...added } } : saved;
  }

  clear(): IpcResult<Record<string, never>> {
    const saved = this.commit([], 'historyNotCleared');
    return saved.ok ? { ok: true, value: {} } : saved;
  }

  onChange(listener: (entries: CallHistoryEntry[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private commit(next: CallHistoryEntry[], failure: Extract<NoticeText['key'], 'historyNotAdded' | 'historyNotCleared'>): IpcResult<null> {
    try {
      this.store.save(next);
    } catch (error) {
      if (!(error instanceof DocumentWriteError)) throw error;
      const notice: NoticeText = { key: failure, params: { reason: error.reason } };
      this.notices.post('warning', notice);
      return { ok: false, error: { code: 'failed', message: englishNotice(notice) } };
    }
    this.entries = next;
    for (const listener of this.listeners) listener(this.list());
    return { ok: true, value: null };
  }
}
