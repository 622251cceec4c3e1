import type { CallActivity } from '../../../shared/ipc/contract';
import type { CallsSnapshot } from '../engine/calls/call-controller-api';
import { truncateText } from '../../../shared/util/truncate-text';
import { isLive } from './call-text';

const maxRinging = 20;
const maxCallerLength = 200;
const maxIdLength = 100;

/** What main needs to know of a snapshot: whether a call is up, and who is ringing in. */
export function deriveCallActivity(snapshot: CallsSnapshot): CallActivity {
  return {
    inCall: snapshot.calls.some((call) => isLive(call.state)),
    ringing: snapshot.incoming
      .filter((call) => call.id.length > 0 && call.id.length <= maxIdLength)
      .slice(0, maxRinging)
      .map((call) => ({ id: call.id, caller: truncateText(call.caller.display, maxCallerLength) })),
  };
}

export interface CallActivitySource {
  snapshot(): CallsSnapshot;
  subscribe(listener: (snapshot: CallsSnapshot) => void): () => void;
}

/**
 * Tells main about this window's calls, once at start and then only when the derived activity
 * changes: snapshots arrive many times a second during a call (the microphone level), IPC should not.
 */
export function reportCallActivity(source: CallActivitySource, send: (activity: CallActivity) => void): () => void {
  let last: string | undefined;
  const report = (snapshot: CallsSnapshot) => {
    const activity = deriveCallActivity(snapshot);
    const key = JSON.stringify(activity);
    if (key === last) return;
    last = key;
    send(activity);
  };
  report(source.snapshot());
  return source.subscribe(report);
}
