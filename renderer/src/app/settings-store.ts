import { shallowRef, type ShallowRef } from 'vue';
import type { SoftphoneApi } from '../../../shared/ipc/api';
import type { RequestOf, TokenServiceCheck } from '../../../shared/ipc/contract';
import type { Settings } from '../../../shared/settings/settings-schema';

export type SettingsChange = RequestOf<'settings.update'>;
export type SaveOutcome = { ok: true } | { ok: false; message: string };
/** A "Test connection" that ran (whatever it found), or why it could not run. */
export type TokenServiceTest = { ok: true; check: TokenServiceCheck } | { ok: false; message: string };

export interface SettingsStore {
  /** Undefined until main answered the first settings.get. */
  settings: ShallowRef<Settings | undefined>;
  /** Why the settings could not be read, if they could not. */
  loadError: ShallowRef<string | undefined>;
  save(change: SettingsChange): Promise<SaveOutcome>;
  /** One token request with the URL and key as typed; nothing is saved. */
  testTokenService(request: RequestOf<'settings.testTokenService'>): Promise<TokenServiceTest>;
  dispose(): void;
}

/** Mirrors main's settings (main owns and persists them); saving is a request main may refuse. */
export function createSettingsStore(api: SoftphoneApi): SettingsStore {
  const settings = shallowRef<Settings>();
  const loadError = shallowRef<string>();
  const stop = api.on('settings.changed', (next) => {
    settings.value = next;
  });
  void api.invoke('settings.get', {}).then((result) => {
    if (result.ok) settings.value ??= result.value;
    else loadError.value = result.error.message;
  });
  return {
    settings,
    loadError,
    async save(change) {
      const result = await api.invoke('settings.update', change);
      if (!result.ok) return { ok: false, message: result.error.message };
      settings.value = result.value;
      return { ok: true };
    },
    async testTokenService(request) {
      const result = await api.invoke('settings.testTokenService', request);
      return result.ok ? { ok: true, check: result.value } : { ok: false, message: result.error.message };
    },
    dispose: stop,
  };
}
