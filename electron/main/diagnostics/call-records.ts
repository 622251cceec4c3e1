import type { CallDiagnosticChange } from '../../../shared/calls/call-diagnostics';
import type { CallRecord } from '../../../shared/diagnostics/bundle-schema';
import type { CallHistoryEntry } from '../../../shared/history/call-history-schema';

/** Enough recent calls for a support ticket; older ones are in the history itself. */
export const maxCallRecords = 20;

/** The last 4 characters of an id, after an ellipsis: enough to tell calls apart, not to reach the person. */
export function maskedId(rawId: string): string {
  return `…${rawId.slice(-4)}`;
}

/**
 * The bundle's call records: one per finished call, newest first, from the identity's history and
 * the window's call-diagnostics timeline (a change belongs to the call whose app id it carries).
 */
export function callRecordsOf(entries: readonly CallHistoryEntry[], changes: readonly CallDiagnosticChange[]): CallRecord[] {
  return entries.slice(0, maxCallRecords).map((entry) => {
    const ids = entry.callIds;
    return {
      direction: entry.direction,
      startedAt: entry.startedAt,
      endedAt: entry.endedAt,
      durationMs: entry.durationMs,
      endReason: entry.endReason,
      outcome: entry.outcome,
      remote: { kind: entry.peer.kind, id: maskedId(entry.peer.rawId) },
      ...(ids?.sdk ? { sdkCallId: ids.sdk } : {}),
      ...(ids?.correlation ? { correlationId: ids.correlation } : {}),
      diagnostics: ids ? changes.filter((change) => change.callId === ids.app) : [],
      ...(entry.quality ? { quality: entry.quality } : {}),
    };
  });
}
