import type { CallHistoryEntry } from './call-history-schema';

/*
 * A missed call rang in and stopped ringing with nobody answering it here and nobody declining
 * it here (the engine records that as outcome "missed"). It counts as unseen until the person
 * opens History after it ended: main keeps that moment as `missedSeenAt`.
 */

export function isMissed(entry: Pick<CallHistoryEntry, 'direction' | 'outcome'>): boolean {
  return entry.direction === 'incoming' && entry.outcome === 'missed';
}

/** Missed calls that ended after History was last opened. */
export function countUnseenMissed(entries: readonly CallHistoryEntry[], missedSeenAt: number): number {
  return entries.filter((entry) => isMissed(entry) && entry.endedAt > missedSeenAt).length;
}
