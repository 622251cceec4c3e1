import { figure, type Figure } from './figure';
import { initialDownload } from './renderer-builds';
import { bytesToKb, round } from './stats';

/** The first screen's JS and CSS (gzip), against the same app with the SDK imported eagerly. */

const budgetKb = 150;

export function measureInitialDownload(lazyDir: string, eagerDir: string): Figure {
  const lazy = initialDownload(lazyDir);
  const eager = initialDownload(eagerDir);
  return figure({
    id: 'initialDownload',
    title: 'Initial renderer download, JS + CSS gzip (SDK lazy)',
    unit: 'KB',
    measured: bytesToKb(lazy.gzipBytes),
    budget: budgetKb,
    baseline: { value: bytesToKb(eager.gzipBytes), label: 'same app, SDK imported eagerly' },
    ratio: round(lazy.gzipBytes / eager.gzipBytes, 3),
    details: {
      files: lazy.files.map((file) => `${file.file} ${bytesToKb(file.gzipBytes)} KB`).join(', '),
      eagerFiles: eager.files.map((file) => `${file.file} ${bytesToKb(file.gzipBytes)} KB`).join(', '),
    },
  });
}
