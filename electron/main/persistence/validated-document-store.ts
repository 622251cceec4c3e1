import type { NoticeText } from '../../../shared/notices/notice-text';
import type { Clock, Logger } from '../ports';
import type { DocumentCodec } from './document-codec';
import { DocumentWriteError, describeFileError, type JsonDocumentStore, type LoadedDocument } from './json-document-store';
import type { JsonFile } from './json-file';

/**
 * Loads a document through its codec and repairs what it cannot use. A file that is not JSON
 * or not the right shape is copied to `<name>.corrupt-<timestamp>.json` before anything is
 * written over it, so the user's data is never lost to a repair; what was done is reported as
 * the notice. If the copy cannot be made the file is left alone and the defaults live in
 * memory only, until the next save.
 */
export class ValidatedDocumentStore<T> implements JsonDocumentStore<T> {
  constructor(
    private readonly file: JsonFile,
    private readonly codec: DocumentCodec<T>,
    private readonly clock: Pick<Clock, 'now'>,
    private readonly logger: Logger,
  ) {}

  load(): LoadedDocument<T> {
    const content = this.file.read();
    if (content.kind === 'absent') return { value: this.codec.defaults() };
    const decoded = content.kind === 'parsed' ? this.codec.decode(content.value) : ({ kind: 'invalid' } as const);
    if (decoded.kind === 'valid') return { value: decoded.value };

    const { label, document } = this.codec;
    const value = decoded.kind === 'repaired' ? decoded.value : this.codec.defaults();
    const reason = content.kind === 'unreadable' ? content.reason : decoded.kind === 'repaired' ? decoded.problem : 'not in the expected format';
    let backupPath: string;
    // The copy is for the user to salvage a hand edit from; secrets stay out of it (they are moved to the vault on load).
    let secretsLeftOut = false;
    const { withoutSecrets } = this.codec;
    const scrub = withoutSecrets && ((text: string) => {
      const scrubbed = withoutSecrets(text);
      secretsLeftOut = scrubbed !== text;
      return scrubbed;
    });
    try {
      backupPath = this.file.backup(`corrupt-${fileTimestamp(this.clock.now())}`, scrub);
    } catch (error) {
      this.logger.error(`${label} file unusable and could not be copied; left as it is`, { path: this.file.path, reason, error: describeFileError(error) });
      return { value, notice: { key: 'documentLeftAsIs', params: { document, reason, path: this.file.path } } };
    }
    this.logger.warn(`${label} file repaired`, { path: this.file.path, reason, backup: backupPath, secretsLeftOut });
    try {
      this.file.write(this.codec.encode(value));
    } catch (error) {
      this.logger.error(`repaired ${label} could not be written`, { path: this.file.path, error: describeFileError(error) });
    }
    const notice: NoticeText =
      decoded.kind === 'repaired'
        ? { key: secretsLeftOut ? 'documentRepairedSecretsLeftOut' : 'documentRepaired', params: { document, problem: decoded.problem, backupPath } }
        : { key: secretsLeftOut ? 'documentResetSecretsLeftOut' : 'documentReset', params: { document, backupPath } };
    return { value, notice };
  }

  save(value: T): void {
    try {
      this.file.write(this.codec.encode(value));
    } catch (error) {
      const reason = describeFileError(error);
      this.logger.error(`${this.codec.label} could not be saved`, { path: this.file.path, error: reason });
      throw new DocumentWriteError(this.codec.label, reason);
    }
  }
}

/** ISO time without the colons Windows forbids in file names: 2025-01-01T12-00-00-000Z. */
export function fileTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[:.]/g, '-');
}
