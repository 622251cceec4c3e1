import { describe, expect, it } from 'vitest';
import { runChaos, type CycleLine } from '../../scripts/soak/chaos-run';

/*
 * The reduced chaos run (`npm run soak` runs 500 cycles): sign-in/sign-out cycles with
 * injected SDK failures, network blips and renderers dying mid-create or while ready.
 */
describe('chaos run on the simulator', () => {
  it('40 cycles: never two agents or leases for one identity, no 40228, nothing left running', async () => {
    const lines: CycleLine[] = [];
    const report = await runChaos({ cycles: 40, seed: 11, onCycle: (line) => lines.push(line) });

    expect(report.violations).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.maxAgentsPerIdentity).toBe(1);
    expect(report.attemptsWith40228).toBe(0);
    expect(report.pendingTimersAtEnd).toBe(0);
    expect(report.listenersAtEnd).toBe(0);
    expect(report.leasesAtEnd).toBe(0);
    // The run really exercised what it claims to: both kinds of crash, blips and injected failures.
    expect(report.faults.crashWhileCreating).toBeGreaterThan(0);
    expect(report.faults.crashWhenReady).toBeGreaterThan(0);
    expect(report.faults.networkBlip).toBeGreaterThan(0);
    expect(lines.filter((line) => line.inject !== '').length).toBeGreaterThan(5);
    // Every injected failure here is transient, so every cycle ends signed in after its retries.
    expect(report.settled).toEqual({ ready: 40 });
  }, 30_000);
});
