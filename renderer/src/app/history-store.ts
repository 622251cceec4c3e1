import { shallowRef, type ShallowRef } from 'vue';
import type { SoftphoneApi } from '../../../shared/ipc/api';
import { newestFirst, type CallHistoryEntry } from '../../../shared/history/call-history-schema';

export interface HistoryStore {
  entries: ShallowRef<CallHistoryEntry[]>;
  loadError: ShallowRef<string | undefined>;
  clear(): Promise<string | undefined>;
  dispose(): void;
}

/** Mirrors main's call history, newest first; the engine adds entries, main pushes the list. */
export function createHistoryStore(api: SoftphoneApi): HistoryStore {
  const entries = shallowRef<CallHistoryEntry[]>([]);
  const loadError = shallowRef<string>();
  let pushed = false;
  const sorted = (list: readonly CallHistoryEntry[]) => [...list].sort(newestFirst);
  const stop = api.on('history.changed', (list) => {
    pushed = true;
    entries.value = sorted(list);
  });
  void api.invoke('history.list', {}).then((result) => {
    if (!result.ok) loadError.value = result.error.message;
    // A push that arrived while the list was on its way is newer than the list.
    else if (!pushed) entries.value = sorted(result.value);
  });
  return {
    entries,
    loadError,
    async clear() {
      const result = await api.invoke('history.clear', {});
      if (!result.ok) return result.error.message;
      entries.value = [];
      return undefined;
    },
    dispose: stop,
  };
}
