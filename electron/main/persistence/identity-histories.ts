import type { CallHistoryDocument } from './call-history-document';
import { CallHistoryService, type CallHistoryChange } from './call-history-service';
import { DocumentWriteError, type JsonDocumentStore, type LoadedDocument } from './json-document-store';
import type { NoticeBoard } from './notice-board';
import { identityFileName } from './identity-file-name';

/** Where history lived before it was kept per identity: one file for whoever signed in. */
export const legacyHistoryName = 'call-history';

/** The file name of one identity's history (see identityFileName). */
export function historyFileName(identity: string): string {
  return identityFileName(legacyHistoryName, identity);
}

export interface CallHistoriesOptions {
  /** Opens (loads and if need be repairs) the document with this file name. */
  open(name: string): JsonDocumentStore<CallHistoryDocument>;
  notices: NoticeBoard;
  newId?: () => string;
}

export type IdentityHistoryChange = CallHistoryChange & { identity: string };

/**
 * Each signed-in identity's own call history, so another user signing in on the same machine
 * sees none of it. A history is opened the first time its identity asks for it.
 *
 * The single file of earlier versions goes to the first identity that opens its history and has
 * none yet (normally the one who made those calls: this app has signed in one user at a time),
 * and is emptied then, so no later identity inherits it.
 */
export class CallHistories {
  private readonly open = new Map<string, CallHistoryService>();
  private readonly listeners = new Set<(change: IdentityHistoryChange) => void>();
  private legacyChecked = false;

  constructor(private readonly options: CallHistoriesOptions) {}

  for(identity: string): CallHistoryService {
    const existing = this.open.get(identity);
    if (existing) return existing;
    const store = this.options.open(historyFileName(identity));
    // Loaded once here: a second load would repair a corrupt file again, and lose its notice.
    const loaded = this.withLegacy(store, store.load());
    const service = new CallHistoryService({ load: () => loaded, save: (value) => store.save(value) }, {
      notices: this.options.notices,
      ...(this.options.newId ? { newId: this.options.newId } : {}),
    });
    service.onChange((change) => {
      for (const listener of [...this.listeners]) listener({ ...change, identity });
    });
    this.open.set(identity, service);
    return service;
  }

  /** Every change to any identity's history, with whose it was. */
  onChange(listener: (change: IdentityHistoryChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private withLegacy(target: JsonDocumentStore<CallHistoryDocument>, own: LoadedDocument<CallHistoryDocument>): LoadedDocument<CallHistoryDocument> {
    if (this.legacyChecked || own.value.entries.length) return own;
    this.legacyChecked = true;
    const legacy = this.options.open(legacyHistoryName);
    const { value, notice } = legacy.load();
    if (notice) this.options.notices.post('warning', notice);
    if (!value.entries.length) return own;
    // Copied first, emptied second: a failure between the two leaves the calls in both files, never in neither.
    if (!saved(() => target.save(value))) return own;
    saved(() => legacy.save({ entries: [], missedSeenAt: 0 }));
    return { ...own, value };
  }
}

function saved(write: () => void): boolean {
  try {
    write();
    return true;
  } catch (error) {
    if (error instanceof DocumentWriteError) return false;
    throw error;
  }
}
