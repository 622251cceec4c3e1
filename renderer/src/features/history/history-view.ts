import type { CountryCode } from '../../../../shared/calls/phone-number';
import type { CallHistoryEntry } from '../../../../shared/history/call-history-schema';
import { isMissed } from '../../../../shared/history/missed-calls';
import { matchesQuery, searchQuery } from '../../app/name-or-number-search';

/*
 * What the History tab shows of the list main sends: a filter, a search, and days. Pure, so
 * the rules are tested without mounting anything.
 */

export type HistoryFilter = 'all' | 'missed';

/** Calls whose name or number holds the search (see name-or-number-search.ts), national numbers read in `defaultCountry`. */
export function filterHistory(entries: readonly CallHistoryEntry[], filter: HistoryFilter, search: string, defaultCountry?: CountryCode): CallHistoryEntry[] {
  const query = searchQuery(search, defaultCountry);
  return entries.filter((entry) => (filter === 'all' || isMissed(entry)) && matchesQuery(query, [entry.peer.display, entry.peer.rawId]));
}

export type DayLabel = { kind: 'today' } | { kind: 'yesterday' } | { kind: 'date'; at: number };

export interface HistoryDay {
  /** The local calendar day, e.g. "2025-11-28": stable as a list key. */
  key: string;
  label: DayLabel;
  entries: CallHistoryEntry[];
}

/** Entries (newest first) grouped by the local day they started on; today and yesterday by name. */
export function groupByDay(entries: readonly CallHistoryEntry[], now: number): HistoryDay[] {
  const today = dayKey(now);
  const yesterdayDate = new Date(now);
  yesterdayDate.setDate(yesterdayDate.getDate() - 1);
  const yesterday = dayKey(yesterdayDate.getTime());
  const days: HistoryDay[] = [];
  for (const entry of entries) {
    const key = dayKey(entry.startedAt);
    let day = days.at(-1);
    if (day?.key !== key) {
      const label: DayLabel = key === today ? { kind: 'today' } : key === yesterday ? { kind: 'yesterday' } : { kind: 'date', at: entry.startedAt };
      day = { key, label, entries: [] };
      days.push(day);
    }
    day.entries.push(entry);
  }
  return days;
}

function dayKey(epochMs: number): string {
  const date = new Date(epochMs);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
