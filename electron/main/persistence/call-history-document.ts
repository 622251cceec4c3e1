import { callHistoryCap, callHistoryEntrySchema, newestFirst, type CallHistoryEntry } from '../../../shared/history/call-history-schema';
import type { DocumentCodec } from './document-codec';

/*
 * history.json is `{ "entries": [...] }` (conf keeps an object at the root), newest first.
 * A bad entry is dropped and the others kept: one hand-edited line must not cost the user
 * the whole history.
 */
export const callHistoryCodec: DocumentCodec<CallHistoryEntry[]> = {
  label: 'call history',
  document: 'callHistory',
  defaults: () => [],
  decode(raw) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { kind: 'invalid' };
    const { entries } = raw as { entries?: unknown };
    if (!Array.isArray(entries)) return { kind: 'invalid' };
    const kept: CallHistoryEntry[] = [];
    const seen = new Set<string>();
    let dropped = 0;
    for (const item of entries) {
      const parsed = callHistoryEntrySchema.safeParse(item);
      if (parsed.success && !seen.has(parsed.data.id)) {
        seen.add(parsed.data.id);
        kept.push(parsed.data);
      } else dropped += 1;
    }
    kept.sort(newestFirst);
    const value = kept.slice(0, callHistoryCap);
    const extraKeys = Object.keys(raw).filter((key) => key !== 'entries');
    if (!dropped && !extraKeys.length) return { kind: 'valid', value };
    const problems = [
      ...(dropped ? [`${dropped} unreadable ${dropped === 1 ? 'entry' : 'entries'} removed`] : []),
      ...(extraKeys.length ? [`unknown keys ignored: ${extraKeys.slice(0, 10).join(', ')}`] : []),
    ];
    return { kind: 'repaired', value, problem: problems.join('; ') };
  },
  encode: (value) => ({ entries: value }),
};
