import { computed, shallowRef, type ComputedRef, type ShallowRef } from 'vue';
import type { CallController, CallsSnapshot } from '../engine/calls/call-controller-api';
import { isLive } from './call-text';

export interface CallsStore {
  controller: CallController;
  snapshot: ShallowRef<CallsSnapshot>;
  /** True while any call is up or ringing in: leaving the page then needs a confirmation. */
  busy: ComputedRef<boolean>;
  dispose(): void;
}

/** Mirrors the engine's call snapshots for the screens; every action goes to the controller. */
export function createCallsStore(controller: CallController): CallsStore {
  const snapshot = shallowRef(controller.snapshot());
  const unsubscribe = controller.subscribe((next) => {
    snapshot.value = next;
  });
  const busy = computed(() => snapshot.value.calls.some((call) => isLive(call.state)));
  return { controller, snapshot, busy, dispose: unsubscribe };
}
