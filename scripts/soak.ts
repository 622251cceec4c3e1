import { parseArgs } from 'node:util';
import { runChaos } from './soak/chaos-run';

/*
 * `npm run soak`: the full chaos run (500 sign-in/sign-out cycles with injected failures and
 * renderer crashes) on the simulator and virtual time. Prints a line per 50 cycles and a
 * summary; exits 1 on any invariant breach. Heap growth is reported, not judged: it depends
 * on the machine and on when the collector last ran.
 */

const { values } = parseArgs({
  options: {
    cycles: { type: 'string', default: '500' },
    seed: { type: 'string', default: '1' },
  },
});
const cycles = Number(values.cycles);
const seed = Number(values.seed);
if (!Number.isInteger(cycles) || cycles < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run soak -- [--cycles 500] [--seed 1]');
  process.exit(2);
}

const started = performance.now();
const report = await runChaos({
  cycles,
  seed,
  onCycle: (line) => {
    if (line.cycle % 50 === 0) console.log(`cycle ${line.cycle}: ${line.fault}, inject "${line.inject}" -> ${line.settled}`);
  },
});
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

console.log(`\n${report.cycles} cycles in ${((performance.now() - started) / 1000).toFixed(1)} s (${(report.virtualMs / 60_000).toFixed(1)} virtual minutes)`);
console.log(`faults: ${JSON.stringify(report.faults)}`);
console.log(`settled: ${JSON.stringify(report.settled)}`);
console.log(`most agents for one identity at once: ${report.maxAgentsPerIdentity}; states showing 40228: ${report.attemptsWith40228}`);
console.log(`left at the end: ${report.pendingTimersAtEnd} timers, ${report.listenersAtEnd} listeners, ${report.leasesAtEnd} leases`);
console.log(`heap used: ${mb(report.heapUsedBytes.before)} -> ${mb(report.heapUsedBytes.after)} (growth ${mb(report.heapUsedBytes.growth)})`);

const failures = [...report.violations, ...report.problems];
for (const failure of failures.slice(0, 20)) console.error(`FAIL ${failure}`);
process.exit(failures.length === 0 ? 0 : 1);
