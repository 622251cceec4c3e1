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
  unit: 'ms' | 'KB' | 'MB';
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
