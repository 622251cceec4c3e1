import { missingCase } from '../../shared/util/missing-case';
import type { RunStatus } from './run-scenario';

/** What `npm run scenario` exits with; CI and QA scripts branch on these. */
export const exitCodes = {
  ready: 0,
  runnerError: 1,
  badArguments: 2,
  needsFix: 3,
  retryPaused: 4,
  waitingForNetwork: 5,
  /** --file mode: the run ended, but not as the scenario file expects. */
  expectationFailed: 6,
} as const;

export function exitCodeFor(status: RunStatus): number {
  switch (status) {
    case 'ready':
      return exitCodes.ready;
    case 'needsFix':
      return exitCodes.needsFix;
    case 'retryPaused':
      return exitCodes.retryPaused;
    case 'waitingForNetwork':
      return exitCodes.waitingForNetwork;
    // Neither is an answer about the sign-in: the scenario or the runner needs a look.
    case 'timeLimit':
    case 'stalled':
      return exitCodes.runnerError;
    default:
      return missingCase(status);
  }
}
