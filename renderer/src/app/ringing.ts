import { watch, type WatchStopHandle } from 'vue';
import { isLive } from './call-text';
import type { CallsStore } from './calls-store';
import { ringCadence, waitingCadence, type Ringtone } from './ringtone';
import type { SettingsStore } from './settings-store';

/**
 * Rings while any call is coming in, unless the user turned the ringtone off in settings.
 * During a call a second call plays the soft call-waiting tone, not the full ring.
 */
export function ringForIncomingCalls(calls: CallsStore, settings: SettingsStore, ringtone: Ringtone): WatchStopHandle {
  const stop = watch(
    () => {
      const snapshot = calls.snapshot.value;
      if (snapshot.incoming.length === 0 || settings.settings.value?.ringtone === false) return undefined;
      return snapshot.calls.some((call) => isLive(call.state)) ? waitingCadence : ringCadence;
    },
    (cadence) => (cadence ? ringtone.start(cadence) : ringtone.stop()),
    { immediate: true },
  );
  return () => {
    stop();
    ringtone.stop();
  };
}
