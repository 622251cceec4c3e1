import type { CallView } from '../../../shared/calls/call-view';

/**
 * Which of the live calls the phone is "on": the one not held by us; when every call is held,
 * the one held last (it was just being talked on), else the first. The call view shows it in
 * full and the window title names it; every other live call is a held strip.
 */
export function arrangeLiveCalls(
  live: readonly CallView[],
  heldSince: ReadonlyMap<string, number> = new Map(),
): { focus: CallView | undefined; held: CallView[] } {
  const heldLast = [...live].sort((a, b) => (heldSince.get(b.id) ?? -Infinity) - (heldSince.get(a.id) ?? -Infinity))[0];
  const focus = live.find((call) => call.state !== 'LocalHold') ?? heldLast;
  return { focus, held: live.filter((call) => call !== focus) };
}
