import { shallowRef, type ShallowRef } from 'vue';
import type { SoftphoneApi } from '../../../shared/ipc/api';
import type { UpdateState } from '../../../shared/updates/update-state';

export interface UpdateStore {
  state: ShallowRef<UpdateState>;
  /** "Restart to update"; main holds it back while a call is up. */
  install(): Promise<{ ok: true } | { ok: false; message: string }>;
  dispose(): void;
}

/** Mirrors main's update state (main owns the updater). */
export function createUpdateStore(api: SoftphoneApi): UpdateStore {
  const state = shallowRef<UpdateState>({ name: 'idle' });
  let pushed = false;
  const stop = api.on('app.update', (next) => {
    pushed = true;
    state.value = next;
  });
  void api.invoke('app.getUpdate', {}).then((result) => {
    if (result.ok && !pushed) state.value = result.value;
  });
  return {
    state,
    async install() {
      const result = await api.invoke('app.installUpdate', {});
      return result.ok ? { ok: true } : { ok: false, message: result.error.message };
    },
    dispose: stop,
  };
}
