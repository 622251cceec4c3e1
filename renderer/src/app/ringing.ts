import { watch, type WatchStopHandle } from 'vue';
import type { CallsStore } from './calls-store';
import type { Ringtone } from './ringtone';
import type { SettingsStore } from './settings-store';

/** Rings while any call is coming in, unless the user turned the ringtone off in settings. */
export function ringForIncomingCalls(calls: CallsStore, settings: SettingsStore, ringtone: Ringtone): WatchStopHandle {
  const stop = watch(
    () => calls.snapshot.value.incoming.length > 0 && settings.settings.value?.ringtone !== false,
    (shouldRing) => (shouldRing ? ringtone.start() : ringtone.stop()),
    { immediate: true },
  );
  return () => {
    stop();
    ringtone.stop();
  };
}
