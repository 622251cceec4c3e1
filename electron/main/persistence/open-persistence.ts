import type { Clock, Logger } from '../ports';
import { callHistoryCodec } from './call-history-document';
import { CallHistoryService } from './call-history-service';
import type { JsonFile } from './json-file';
import { MemoryDocumentStore } from './memory-document-store';
import { NoticeBoard } from './notice-board';
import { MemoryOnlySecretVault, SecretSplittingSettingsStore, type SecretVault } from './secret-store';
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
export const persistenceFileNames = { settings: 'settings', history: 'call-history', secrets: 'secrets' } as const;

export interface PersistenceFiles {
  settings: JsonFile;
  history: JsonFile;
}

/**
 * Loads (and if need be repairs) both documents; the notices hold whatever the user must hear
 * about it. Secret settings go to `secrets` (see secret-store.ts); without one they are kept
 * for this run only, never written to settings.json.
 */
export function openPersistence(files: PersistenceFiles, deps: { clock: Pick<Clock, 'now'>; logger: Logger; secrets?: SecretVault }): Persistence {
  const notices = new NoticeBoard();
  const settingsFile = new ValidatedDocumentStore(files.settings, settingsCodec, deps.clock, deps.logger);
  return {
    notices,
    settings: new SettingsService(new SecretSplittingSettingsStore(settingsFile, deps.secrets ?? new MemoryOnlySecretVault(), deps.logger), notices),
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
