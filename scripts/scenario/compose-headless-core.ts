import type { AgentDeadlines } from '../../electron/main/agent/call-agent-supervisor';
import type { CoreOptions } from '../../electron/main/core/core-api';
import { createSoftphoneCore, type Core } from '../../electron/main/core/softphone-core';
import { silentLogger, systemClock } from '../../electron/main/ports';

/** What a script says about its core; everything else has the headless default. */
export type HeadlessCoreOverrides = Partial<CoreOptions> &
  Pick<CoreOptions, 'transport' | 'engineReason' | 'appVersion'> & {
    deadlines?: Partial<AgentDeadlines> | undefined;
  };

/**
 * The core as the scripts run it (scenario runner, chaos run, the bench's in-process core and
 * web host): the app's own composition (createSoftphoneCore) on the simulator, silent, with QA
 * on, settings and history in memory and no network. Each script overrides only what it
 * measures or plays differently (the clock, the transport, its randomness).
 */
export function composeHeadlessCore(overrides: HeadlessCoreOverrides): Core {
  const { deadlines, ...options } = overrides;
  return createSoftphoneCore(
    {
      clock: systemClock,
      logger: silentLogger,
      host: 'headless',
      engine: 'simulator',
      qa: true,
      fetch: () => Promise.reject(new Error(`No network here (${overrides.engineReason}): use the simulated token source.`)),
      ...options,
    },
    deadlines ? { deadlines } : {},
  );
}
