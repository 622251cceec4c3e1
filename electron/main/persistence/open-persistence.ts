import type { Clock, Logger } from '../core/ports';
import { callHistoryCodec } from './call-history-document';
import { CallHistoryService } from './call-history-service';
import type { JsonFile } from './json-file';
import { MemoryDocumentStore } from './memory-document-store';
import { NoticeBoard } from './notice-board';
import { settingsCodec } from './settings-document';
import { SettingsService } from './settings-service';
import { ValidatedDocumentStore } from './validated-document-store';

/** What the core takes as `settings`, `history` and `notices`. */
export interface Persistence {
  settings: SettingsService;
  history: CallHistoryService;
  notices: NoticeBoard;
}

/** The file names inside the data directory. */
export const persistenceFileNames = { settings: 'settings', history: 'call-history' } as const;

export interface PersistenceFiles {
  settings: JsonFile;
  history: JsonFile;
}

/** Loads (and if need be repairs) both documents; the notices hold whatever the user must hear about it. */
export function openPersistence(files: PersistenceFiles, deps: { clock: Pick<Clock, 'now'>; logger: Logger }): Persistence {
  const notices = new NoticeBoard();
  return {
    notices,
    settings: new SettingsService(new ValidatedDocumentStore(files.settings, settingsCodec, deps.clock, deps.logger), notices),
    history: new CallHistoryService(new ValidatedDocumentStore(files.history, callHistoryCodec, deps.clock, deps.logger), { notices }),
  };
}

/** Nothing on disk: for hosts and tests that must not touch the user's files. */
export function openMemoryPersistence(): Persistence {
  const notices = new NoticeBoard();
  return {
    notices,
    settings: new SettingsService(new MemoryDocumentStore(settingsCodec.defaults()), notices),
    history: new CallHistoryService(new MemoryDocumentStore(callHistoryCodec.defaults()), { notices }),
  };
}
