import { computed, shallowRef, type ComputedRef, type ShallowRef } from 'vue';
import type { CallState } from '../../../shared/calls/call-view';
import type { CallController, CallsSnapshot } from '../engine/calls/call-controller-api';
import { isLive } from './call-text';

export interface CallsStore {
  controller: CallController;
  snapshot: ShallowRef<CallsSnapshot>;
  /** True while any call is up or ringing in: leaving the page then needs a confirmation. */
  busy: ComputedRef<boolean>;
  /** Epoch ms each call on hold went on hold, by call id: the held strip's timer counts from it. */
  heldSince: ShallowRef<ReadonlyMap<string, number>>;
  dispose(): void;
}

const holdStates: ReadonlySet<CallState> = new Set(['LocalHold', 'RemoteHold']);

/**
 * When each held call went on hold, carried over from the last snapshot: the engine's views
 * say whether a call is held, not since when, and the screens need the moment, not the state.
 */
function nextHeldSince(previous: ReadonlyMap<string, number>, snapshot: CallsSnapshot, now: number): ReadonlyMap<string, number> {
  const next = new Map<string, number>();
  for (const call of snapshot.calls) {
    if (holdStates.has(call.state)) next.set(call.id, previous.get(call.id) ?? now);
  }
  return next;
}

/** Mirrors the engine's call snapshots for the screens; every action goes to the controller. */
export function createCallsStore(controller: CallController, now: () => number = Date.now): CallsStore {
  const snapshot = shallowRef(controller.snapshot());
  const heldSince = shallowRef(nextHeldSince(new Map(), snapshot.value, now()));
  const unsubscribe = controller.subscribe((next) => {
    snapshot.value = next;
    heldSince.value = nextHeldSince(heldSince.value, next, now());
  });
  const busy = computed(() => snapshot.value.calls.some((call) => isLive(call.state)));
  return { controller, snapshot, busy, heldSince, dispose: unsubscribe };
}
