import type { Figure } from './figure';

/*
 * The printed report: one row per figure with its budget, the baseline measured in the same
 * run and pass/miss, then the details a reader needs to judge a row (percentiles, samples).
 */

export interface BenchReport {
  startedAt: string;
  mode: 'quick' | 'full';
  machine: { cpus: number; platform: string; node: string };
  durationMs: number;
  figures: Figure[];
  /** Figures that could not be measured, with why; the run still reports the others. */
  errors: { figure: string; message: string }[];
}

export function formatReport(report: BenchReport): string {
  const header = ['figure', 'measured', 'budget', 'baseline', 'pass/miss'];
  const rows = report.figures.map((figure) => [
    figure.title,
    `${figure.measured} ${figure.unit}`,
    `<= ${figure.budget} ${figure.unit}`,
    `${figure.baseline.value} ${figure.unit} (${figure.baseline.label}${figure.ratio === undefined ? '' : `; ratio ${figure.ratio}`})`,
    figure.pass ? 'pass' : 'MISS',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ').trimEnd();
  const out = [
    `npm run bench (${report.mode}) on ${report.machine.cpus} CPUs, ${report.machine.platform}, Node ${report.machine.node}: ${(report.durationMs / 1000).toFixed(1)} s`,
    '',
    line(header),
    widths.map((width) => '-'.repeat(width)).join('-|-'),
    ...rows.map(line),
    '',
  ];
  for (const figure of report.figures) {
    out.push(`${figure.id}: ${Object.entries(figure.details).map(([key, value]) => `${key} ${value}`).join('; ')}`);
  }
  for (const error of report.errors) out.push(`NOT MEASURED ${error.figure}: ${error.message}`);
  return out.join('\n');
}
