import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fullIterations, quickIterations } from './bench/iterations';
import { repoRoot } from './bench/renderer-builds';
import { formatReport } from './bench/report';
import { runBench } from './bench/run-bench';

/*
 * `npm run bench`: measures the app on this machine and prints each figure beside its budget
 * and a baseline from the same run; the JSON goes to out/bench/bench-results.json.
 *   --quick   fewer samples, to check every figure can be measured (npm test uses it)
 *   --json    print only the JSON
 *   --out <file>  write the JSON there instead
 * A missed budget is reported, not an error: timings depend on the machine. The exit code is
 * 1 only when a figure could not be measured at all.
 */

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    out: { type: 'string', default: join(repoRoot, 'out', 'bench', 'bench-results.json') },
  },
});

const report = await runBench({
  mode: values.quick ? 'quick' : 'full',
  iterations: values.quick ? quickIterations : fullIterations,
  figureTimeoutMs: values.quick ? 60_000 : 600_000,
  progress: (line) => process.stderr.write(`${line}\n`),
});

const outFile = resolve(values.out);
mkdirSync(dirname(outFile), { recursive: true });
const json = JSON.stringify(report, null, 2);
writeFileSync(outFile, `${json}\n`);
if (values.json) {
  process.stdout.write(`${json}\n`);
} else {
  console.log(formatReport(report));
  console.log(`\nJSON: ${outFile}`);
}
process.exitCode = report.errors.length === 0 ? 0 : 1;
