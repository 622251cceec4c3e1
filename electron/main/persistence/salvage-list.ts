import type { z } from 'zod';

/**
 * The readable items of a stored list, each id once: one hand-edited line must not cost the
 * user the whole list. `dropped` counts what was left out, for the repair notice.
 */
export function salvageList<T extends { id: string }>(items: readonly unknown[], schema: z.ZodType<T>): { kept: T[]; dropped: number } {
  const kept: T[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const parsed = schema.safeParse(item);
    if (parsed.success && !seen.has(parsed.data.id)) {
      seen.add(parsed.data.id);
      kept.push(parsed.data);
    }
  }
  return { kept, dropped: items.length - kept.length };
}

/** "3 unreadable entries removed", as a repair notice says it. */
export function droppedProblem(dropped: number, noun: { one: string; many: string }): string {
  return `${dropped} unreadable ${dropped === 1 ? noun.one : noun.many} removed`;
}
