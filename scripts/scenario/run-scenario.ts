import type { ClassifiedError } from '../../shared/errors/classify';
import type { DiagnosticsBundle } from '../../shared/diagnostics/bundle-schema';
import type { AttemptRecord } from '../../shared/session/attempt';
import type { PhaseName } from '../../shared/session/state';
import type { Logger } from '../../electron/main/ports';
import type { SimulatorDelays } from '../../renderer/src/engine/simulator/simulated-service';
import { englishErrorWords, type ErrorWords } from './english-error-words';
import { HeadlessHost, type HeadlessWindow } from './headless-host';
import { ScenarioInputError, seededRandom, validateScenario, type NetworkChange, type Scenario } from './scenario';
import { runUntil, VirtualClock } from './virtual-clock';

/**
 * How a run ended. The first four are phases the sign-in stays in without help;
 * waitingForNetwork counts only once no scheduled network change is left to end it.
 */
export type RunStatus = 'ready' | 'needsFix' | 'retryPaused' | 'waitingForNetwork' | 'timeLimit' | 'stalled';

/** One attempt as the core recorded it; absent values are null so every line has the same keys. */
export interface AttemptLine {
  attempt: number;
  /** Virtual ms since the run started, when the attempt ended. */
  atMs: number;
  outcome: AttemptRecord['outcome'];
  errorId: string | null;
  code: number | null;
  subCode: number | null;
  category: string | null;
  decision: AttemptRecord['decision'];
  delayMs: number | null;
}

/** An error with the English words the window shows for it. */
export interface ErrorSummary extends ErrorWords {
  id: string;
  /** "preflight" when the core caught it from the token before any attempt reached the SDK. */
  origin: ClassifiedError['origin'];
  code: number | null;
  subCode: number | null;
  category: string;
}

export interface FinalState {
  phase: PhaseName;
  status: RunStatus;
  elapsedMs: number;
  attempts: number;
  /** The error the final phase shows (null when ready). */
  error: ErrorSummary | null;
  /** The last error seen during the run, even if a retry then succeeded. */
  lastError: ErrorSummary | null;
}

export interface ScenarioResult {
  scenario: Scenario;
  status: RunStatus;
  attempts: AttemptLine[];
  final: FinalState;
  network: NetworkChange[];
  /** Contract violations and refused requests: bugs the run found, whatever the outcome. */
  problems: string[];
  engineWarnings: string[];
  /** With RunOptions.exportDiagnostics: the bundle the core made once the run settled. */
  diagnostics?: DiagnosticsBundle;
}

export interface RunOptions {
  /** Hears each attempt as soon as the core records it. */
  onAttempt?: (line: AttemptLine) => void;
  logger?: Logger;
  simulatorDelays?: Partial<SimulatorDelays>;
  /** Overrides the scenario's seed. */
  random?: () => number;
  /** Virtual epoch ms the run starts at; tokens are minted relative to it. */
  startMs?: number;
  /** Asks the core for a diagnostics bundle at the end, as the window's export button does. */
  exportDiagnostics?: boolean;
}

const windowId = 'scenario-window-1';

/** Runs one scenario to a terminal state (or its time limit) on a virtual clock. */
export async function runScenario(scenario: Scenario, options: RunOptions = {}): Promise<ScenarioResult> {
  validateScenario(scenario);
  const clock = new VirtualClock(options.startMs ?? Math.floor(Date.now() / 1000) * 1000);
  const random = options.random ?? (scenario.seed === undefined ? () => 0.5 : seededRandom(scenario.seed));
  const host = new HeadlessHost({
    clock,
    random,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.simulatorDelays ? { simulatorDelays: options.simulatorDelays } : {}),
  });
  const window = host.openWindow(windowId);
  const attempts: AttemptLine[] = [];
  const network: NetworkChange[] = [];
  let pendingChanges = 0;
  const changeNetwork = async (online: boolean) => {
    network.push({ atMs: clock.elapsedMs, online });
    await host.setOnline(online);
  };
  const afterAttempts = scenario.network.afterAttempts ?? [];

  window.watch((view) => {
    for (const record of view.attempts.slice(attempts.length)) {
      const line = toAttemptLine(record, clock.startMs);
      attempts.push(line);
      options.onAttempt?.(line);
      // Scheduled here, in the same push that recorded the attempt, so the run never sees the attempt without its pending change.
      for (const change of afterAttempts.filter((c) => c.attempts === attempts.length)) {
        pendingChanges += 1;
        clock.setTimeout(() => {
          pendingChanges -= 1;
          void changeNetwork(change.online);
        }, change.delayMs);
      }
    }
  });

  try {
    if (scenario.inject) window.simulator.inject(scenario.inject);
    if (scenario.network.startOffline) await changeNetwork(false);
    for (const change of [...scenario.network.changes].sort((a, b) => a.atMs - b.atMs)) {
      pendingChanges += 1;
      clock.setTimeout(() => {
        pendingChanges -= 1;
        void changeNetwork(change.online);
      }, change.atMs);
    }

    const signIn = await window.api.invoke('session.signIn', scenario.signIn);
    if (!signIn.ok) {
      const message = `Sign-in was refused: ${signIn.error.message}`;
      throw signIn.error.code === 'invalid-request' ? new ScenarioInputError(message) : new Error(message);
    }

    const settled = () => terminalStatus(window, pendingChanges);
    const outcome = await runUntil(clock, () => settled() !== undefined, clock.startMs + scenario.maxTimeMs);
    const status: RunStatus = settled() ?? (outcome === 'deadline' ? 'timeLimit' : 'stalled');

    const final = finalState(window, status, clock.elapsedMs, attempts.length);
    const result: ScenarioResult = { scenario, status, attempts, final, network, problems: host.problems, engineWarnings: host.engineWarnings };
    if (options.exportDiagnostics) {
      const exported = await window.api.invoke('diagnostics.export', {});
      if (exported.ok) result.diagnostics = exported.value;
      else host.problems.push(`diagnostics.export was refused: ${exported.error.message}`);
    }
    return result;
  } finally {
    await host.dispose();
  }
}

function terminalStatus(window: HeadlessWindow, pendingNetworkChanges: number): RunStatus | undefined {
  const phase = window.view?.phase.name;
  switch (phase) {
    case 'ready':
    case 'needsFix':
    case 'retryPaused':
      return phase;
    case 'waitingForNetwork':
      return pendingNetworkChanges === 0 ? phase : undefined;
    default:
      return undefined;
  }
}

function finalState(window: HeadlessWindow, status: RunStatus, elapsedMs: number, attempts: number): FinalState {
  const phase = window.view?.phase;
  return {
    phase: phase?.name ?? 'signedOut',
    status,
    elapsedMs,
    attempts,
    error: phase && 'error' in phase ? summarize(phase.error) : null,
    lastError: lastRecordedError(window),
  };
}

/**
 * The error of the last failed attempt. Some decisions (disposeThenRetry) retry without a
 * phase that shows the error, so when no phase showed it the attempt record names it (it
 * keeps no message: an unknown one is named by its id).
 */
function lastRecordedError(window: HeadlessWindow): ErrorSummary | null {
  const recorded = window.view?.attempts.findLast((a) => a.outcome === 'failed')?.error;
  if (!recorded) return null;
  const shown = window.lastError;
  if (shown?.id === recorded.id) return summarize(shown);
  const origin = recorded.id.startsWith('app:') ? ('app' as const) : ('sdk' as const);
  return {
    id: recorded.id,
    origin,
    code: recorded.code ?? null,
    subCode: recorded.subCode ?? null,
    category: recorded.category,
    ...englishErrorWords({ ...recorded, message: recorded.id }),
  };
}

function summarize(error: ClassifiedError): ErrorSummary {
  return {
    id: error.id,
    origin: error.origin,
    code: error.code ?? null,
    subCode: error.subCode ?? null,
    category: error.category,
    ...englishErrorWords(error),
  };
}

function toAttemptLine(record: AttemptRecord, startMs: number): AttemptLine {
  return {
    attempt: record.attempt,
    atMs: record.endedAt - startMs,
    outcome: record.outcome,
    errorId: record.error?.id ?? null,
    code: record.error?.code ?? null,
    subCode: record.error?.subCode ?? null,
    category: record.error?.category ?? null,
    decision: record.decision,
    delayMs: record.delayMs ?? null,
  };
}
