/** How many times each figure is sampled; --quick only proves every figure can be measured. */
export interface Iterations {
  launches: number;
  signIns: number;
  /** Sign-ins with the simulator's default delays, for the sign-in baseline. */
  baselineSignIns: number;
  ipcRounds: number;
  calls: number;
  refreshCycles: number;
  mainHeapCalls: number;
  networkReturns: number;
  /** How long each idle, in-call and ringing state is watched (the issue: 20 s). */
  activityWindowMs: number;
  /** Calls in the soak (the issue: 500). */
  soakCalls: number;
}

export const fullIterations: Iterations = {
  launches: 10,
  signIns: 100,
  baselineSignIns: 10,
  ipcRounds: 1_000,
  calls: 200,
  refreshCycles: 10_000,
  mainHeapCalls: 200,
  networkReturns: 20,
  activityWindowMs: 20_000,
  soakCalls: 500,
};

/** Enough for each figure to be measured and reported; the CI runs this on every `npm test`. */
export const quickIterations: Iterations = {
  launches: 1,
  signIns: 5,
  baselineSignIns: 2,
  ipcRounds: 100,
  calls: 10,
  refreshCycles: 1_000,
  mainHeapCalls: 20,
  networkReturns: 2,
  activityWindowMs: 1_000,
  soakCalls: 15,
};
