import { shallowRef, type ShallowRef } from 'vue';
import type { SoftphoneApi } from '../../../shared/ipc/api';
import { newestFirst, type CallHistoryEntry } from '../../../shared/history/call-history-schema';

export interface HistoryStore {
  entries: ShallowRef<CallHistoryEntry[]>;
  loadError: ShallowRef<string | undefined>;
  /** Missed calls the signed-in user has not seen yet: the History tab's badge. */
  unseenMissed: ShallowRef<number>;
  clear(): Promise<string | undefined>;
  /** History is on screen: its missed calls are seen (main keeps that across restarts). */
  markMissedSeen(): Promise<void>;
  dispose(): void;
}

/** Mirrors main's call history of the signed-in user, newest first; the engine adds entries, main pushes the list. */
export function createHistoryStore(api: SoftphoneApi): HistoryStore {
  const entries = shallowRef<CallHistoryEntry[]>([]);
  const loadError = shallowRef<string>();
  const unseenMissed = shallowRef(0);
  let pushed = false;
  let missedPushed = false;
  const sorted = (list: readonly CallHistoryEntry[]) => [...list].sort(newestFirst);
  const stops = [
    api.on('history.changed', (list) => {
      pushed = true;
      entries.value = sorted(list);
    }),
    api.on('history.missed', (missed) => {
      missedPushed = true;
      unseenMissed.value = missed.unseen;
    }),
  ];
  void api.invoke('history.list', {}).then((result) => {
    if (!result.ok) loadError.value = result.error.message;
    // A push that arrived while the list was on its way is newer than the list.
    else if (!pushed) entries.value = sorted(result.value);
  });
  void api.invoke('history.getMissed', {}).then((result) => {
    if (result.ok && !missedPushed) unseenMissed.value = result.value.unseen;
  });
  return {
    entries,
    loadError,
    unseenMissed,
    async clear() {
      const result = await api.invoke('history.clear', {});
      if (!result.ok) return result.error.message;
      entries.value = [];
      return undefined;
    },
    async markMissedSeen() {
      const result = await api.invoke('history.markMissedSeen', {});
      // A failed save is told as a notice by main; the badge still clears for this run.
      unseenMissed.value = result.ok ? result.value.unseen : 0;
    },
    dispose: () => {
      for (const stop of stops) stop();
    },
  };
}
