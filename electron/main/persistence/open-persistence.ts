import type { Clock, Logger } from '../ports';
import { callHistoryCodec } from './call-history-document';
import { contactsCodec } from './contacts-document';
import { IdentityContacts } from './identity-contacts';
import { CallHistories } from './identity-histories';
import type { JsonFile } from './json-file';
import { MemoryDocumentStore } from './memory-document-store';
import { NoticeBoard } from './notice-board';
import { MemoryOnlySecretVault, SecretSplittingSettingsStore, type SecretVault } from './secret-store';
import { settingsCodec } from './settings-document';
import { SettingsService } from './settings-service';
import { ValidatedDocumentStore } from './validated-document-store';

/** What the core takes as `settings`, `history`, `contacts` and `notices`. */
export interface Persistence {
  settings: SettingsService;
  /** One call history per signed-in identity. */
  history: CallHistories;
  /** One address book per signed-in identity, beside its history. */
  contacts: IdentityContacts;
  notices: NoticeBoard;
}

/** The file names inside the data directory; each identity's history is `call-history-<hash>` (identity-histories.ts), its contacts `contacts-<hash>` (identity-contacts.ts). */
export const persistenceFileNames = { settings: 'settings', secrets: 'secrets' } as const;

export interface PersistenceFiles {
  settings: JsonFile;
  /** The data directory's `<name>.json`: the histories and contacts are opened as identities sign in. */
  file(name: string): JsonFile;
}

/**
 * Loads (and if need be repairs) the settings now and each history and address book when its identity first
 * needs it; the notices hold whatever the user must hear about it. Secret settings go to
 * `secrets` (see secret-store.ts); without one they are kept for this run only, never written
 * to settings.json.
 */
export function openPersistence(files: PersistenceFiles, deps: { clock: Pick<Clock, 'now'>; logger: Logger; secrets?: SecretVault }): Persistence {
  const notices = new NoticeBoard();
  const settingsFile = new ValidatedDocumentStore(files.settings, settingsCodec, deps.clock, deps.logger);
  return {
    notices,
    settings: new SettingsService(new SecretSplittingSettingsStore(settingsFile, deps.secrets ?? new MemoryOnlySecretVault(), deps.logger), notices),
    history: new CallHistories({ open: (name) => new ValidatedDocumentStore(files.file(name), callHistoryCodec, deps.clock, deps.logger), notices }),
    contacts: new IdentityContacts({ open: (name) => new ValidatedDocumentStore(files.file(name), contactsCodec, deps.clock, deps.logger), notices }),
  };
}

/** Nothing on disk: for hosts and tests that must not touch the user's files. */
export function openMemoryPersistence(): Persistence {
  const notices = new NoticeBoard();
  return {
    notices,
    settings: new SettingsService(new MemoryDocumentStore(settingsCodec.defaults()), notices),
    history: new CallHistories({ open: () => new MemoryDocumentStore(callHistoryCodec.defaults()), notices }),
    contacts: new IdentityContacts({ open: () => new MemoryDocumentStore(contactsCodec.defaults()), notices }),
  };
}
