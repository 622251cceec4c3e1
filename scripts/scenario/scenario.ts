import { describeIssues, signInIntentSchema, type SignInIntent } from '../../shared/ipc/contract';
import { parseFailurePlan } from '../../renderer/src/engine/simulator/failure-plan';

/** The network goes up or down at a virtual time (ms since the run started). */
export interface NetworkChange {
  atMs: number;
  online: boolean;
}

/**
 * The network goes up or down once the core has recorded `attempts` attempts, `delayMs` of
 * virtual time later. Replays use it: "offline until the attempt that waited for the network"
 * holds however long each attempt takes in the simulator.
 */
export interface AttemptNetworkChange {
  attempts: number;
  online: boolean;
  delayMs: number;
}

/**
 * One headless sign-in as QA describes it: what to sign in with, what the simulated service
 * does wrong (a failure plan such as "40104x2,40114"), and what the network does meanwhile.
 * The CLI flags and (later) scenario files both turn into this.
 */
export interface Scenario {
  name: string;
  signIn: SignInIntent;
  /** A failure plan in the simulator's syntax; empty for none. */
  inject: string;
  network: { startOffline: boolean; changes: NetworkChange[]; afterAttempts?: AttemptNetworkChange[] };
  /** Virtual time after which the run gives up. */
  maxTimeMs: number;
  /** Seeds the retry jitter; without it jitter is fixed at its midpoint, so delays are exact. */
  seed?: number;
}

export const defaultMaxTimeMs = 10 * 60_000;
export const defaultUser = 'scenario-user';

/** The scenario itself is wrong (bad plan, bad sign-in values): the user must change it. */
export class ScenarioInputError extends Error {
  override readonly name = 'ScenarioInputError';
}

/** Checks everything the run would otherwise reject halfway; throws ScenarioInputError with a readable message. */
export function validateScenario(scenario: Scenario): void {
  const plan = parseFailurePlan(scenario.inject);
  if (!plan.ok) throw new ScenarioInputError(`Bad failure plan: ${plan.message}`);
  const intent = signInIntentSchema.safeParse(scenario.signIn);
  if (!intent.success) throw new ScenarioInputError(`Bad sign-in: ${describeIssues(intent.error)}`);
  if (!Number.isFinite(scenario.maxTimeMs) || scenario.maxTimeMs <= 0) throw new ScenarioInputError('The time limit must be a positive number of milliseconds.');
  for (const change of scenario.network.changes) {
    if (!Number.isFinite(change.atMs) || change.atMs < 0) throw new ScenarioInputError('Network changes need a time of 0 ms or later.');
  }
  for (const change of scenario.network.afterAttempts ?? []) {
    if (!Number.isInteger(change.attempts) || change.attempts < 1) throw new ScenarioInputError('A network change after attempts needs a count of 1 or more.');
    if (!Number.isFinite(change.delayMs) || change.delayMs < 0) throw new ScenarioInputError('A network change after attempts needs a delay of 0 ms or more.');
  }
}

/** A small, well-mixed PRNG (mulberry32), so a seeded run replays the same jitter. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
