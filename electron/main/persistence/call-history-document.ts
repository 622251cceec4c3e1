import { callHistoryCap, callHistoryEntrySchema, newestFirst, type CallHistoryEntry } from '../../../shared/history/call-history-schema';
import type { DocumentCodec } from './document-codec';
import { droppedProblem, salvageList } from './salvage-list';

/** One identity's history file: the calls, and when History was last opened (missed calls before that are seen). */
export interface CallHistoryDocument {
  entries: CallHistoryEntry[];
  /** Epoch ms; 0 when History was never opened. */
  missedSeenAt: number;
}

const knownKeys = new Set(['entries', 'missedSeenAt']);

/*
 * The history file is `{ "entries": [...], "missedSeenAt": 0 }` (conf keeps an object at the
 * root), newest first. A bad entry is dropped and the others kept: one hand-edited line must not
 * cost the user the whole history. A bad seen mark reads as "never seen": a badge too many is
 * better than a missed call hidden.
 */
export const callHistoryCodec: DocumentCodec<CallHistoryDocument> = {
  label: 'call history',
  document: 'callHistory',
  defaults: () => ({ entries: [], missedSeenAt: 0 }),
  decode(raw) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { kind: 'invalid' };
    const { entries, missedSeenAt } = raw as { entries?: unknown; missedSeenAt?: unknown };
    if (!Array.isArray(entries)) return { kind: 'invalid' };
    const { kept, dropped } = salvageList(entries, callHistoryEntrySchema);
    kept.sort(newestFirst);
    const seenMarkValid = missedSeenAt === undefined || (typeof missedSeenAt === 'number' && Number.isSafeInteger(missedSeenAt) && missedSeenAt >= 0);
    const value = { entries: kept.slice(0, callHistoryCap), missedSeenAt: seenMarkValid && typeof missedSeenAt === 'number' ? missedSeenAt : 0 };
    const extraKeys = Object.keys(raw).filter((key) => !knownKeys.has(key));
    if (!dropped && !extraKeys.length && seenMarkValid) return { kind: 'valid', value };
    const problems = [
      ...(dropped ? [droppedProblem(dropped, { one: 'entry', many: 'entries' })] : []),
      ...(seenMarkValid ? [] : ['the missed-call seen mark was reset']),
      ...(extraKeys.length ? [`unknown keys ignored: ${extraKeys.slice(0, 10).join(', ')}`] : []),
    ];
    return { kind: 'repaired', value, problem: problems.join('; ') };
  },
  // A file without a seen mark stays as older versions wrote it.
  encode: (value) => (value.missedSeenAt ? { entries: value.entries, missedSeenAt: value.missedSeenAt } : { entries: value.entries }),
};
