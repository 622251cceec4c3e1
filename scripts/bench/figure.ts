import { bytesToMb } from './stats';

/*
 * One line of the bench report. Every budget here is an upper bound ("at most"), so a figure
 * passes when what was measured is at or below it.
 */

export interface Baseline {
  value: number;
  /** What the baseline is, e.g. "same app, SDK imported eagerly". */
  label: string;
}

export interface Figure {
  id: string;
  title: string;
  /** '%': of one CPU core; '/s': events a second; 'count': things left behind. */
  unit: 'ms' | 'KB' | 'MB' | '%' | '/s' | 'count';
  measured: number;
  budget: number;
  baseline: Baseline;
  /** measured / baseline where that ratio means something (the download figure). */
  ratio?: number;
  /** Percentiles, sample counts and the like, shown under the table and kept in the JSON. */
  details: Record<string, number | string>;
  pass: boolean;
}

export type FigureInput = Omit<Figure, 'pass'>;

export function figure(input: FigureInput): Figure {
  return { ...input, pass: input.measured <= input.budget };
}

/** Heap growth over `calls` calls against the heap after the first: the renderer's, main's and the host's figures alike. */
export function heapGrowthFigure(input: {
  id: string;
  side: 'Renderer' | 'Main' | 'Host';
  calls: number;
  afterFirst: number;
  afterAll: number;
  budgetMb: number;
  /** What a call was, e.g. "soak calls (ring, hold, diagnostics)"; plain "calls" by default. */
  what?: string;
}): Figure {
  const { id, side, calls, afterFirst, afterAll, budgetMb } = input;
  return figure({
    id,
    title: `${side} heap growth, ${calls} ${input.what ?? 'calls'} vs ${input.what ? 'before them' : 'the first'}`,
    unit: 'MB',
    measured: bytesToMb(afterAll - afterFirst),
    budget: budgetMb,
    baseline: { value: bytesToMb(afterFirst), label: `${side.toLowerCase()} heap ${input.what ? 'before them' : 'after the first call'}` },
    details: { calls, heapAfterFirstMb: bytesToMb(afterFirst), heapAfterAllMb: bytesToMb(afterAll) },
  });
}
