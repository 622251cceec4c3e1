import type { IpcResult } from '../../../shared/ipc/contract';
import { applySettingsUpdate, type Settings, type SettingsUpdate } from '../../../shared/settings/settings-schema';
import { DocumentWriteError, type JsonDocumentStore } from './json-document-store';
import type { NoticeBoard } from './notice-board';
import { errorMessage } from '../../../shared/util/error-message';

/**
 * The one owner of the settings. Reads once at start; an update is validated, saved, and only
 * then becomes the current value, so memory never claims what the disk does not hold.
 */
export class SettingsService {
  private current: Settings;
  private readonly listeners = new Set<(settings: Settings) => void>();

  constructor(
    private readonly store: JsonDocumentStore<Settings>,
    notices: NoticeBoard,
  ) {
    const loaded = store.load();
    this.current = loaded.value;
    if (loaded.notice) notices.post('warning', loaded.notice);
  }

  get(): Settings {
    return { ...this.current };
  }

  update(update: SettingsUpdate): IpcResult<Settings> {
    let next: Settings;
    try {
      next = applySettingsUpdate(this.current, update);
    } catch (error) {
      return { ok: false, error: { code: 'invalid-request', message: errorMessage(error) } };
    }
    if (JSON.stringify(next) === JSON.stringify(this.current)) return { ok: true, value: this.get() };
    try {
      this.store.save(next);
    } catch (error) {
      if (!(error instanceof DocumentWriteError)) throw error;
      return { ok: false, error: { code: 'failed', message: `${error.message} Your settings are unchanged.` } };
    }
    this.current = next;
    for (const listener of this.listeners) listener(this.get());
    return { ok: true, value: this.get() };
  }

  onChange(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
