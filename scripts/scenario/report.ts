import { missingCase } from '../../shared/util/missing-case';
import type { AttemptLine, ErrorSummary, RunStatus, ScenarioResult } from './run-scenario';
import type { Scenario } from './scenario';

/** `--json`: one line per attempt, exactly the fields the core recorded. */
export function attemptJsonLine(line: AttemptLine): string {
  return JSON.stringify(line);
}

/** `--json`: the last line of a run. */
export function finalJsonLine(result: ScenarioResult, exitCode: number): string {
  const { final } = result;
  return JSON.stringify({
    final: {
      phase: final.phase,
      status: final.status,
      errorId: final.error?.id ?? null,
      code: final.error?.code ?? null,
      subCode: final.error?.subCode ?? null,
      category: final.error?.category ?? null,
      attempts: final.attempts,
      elapsedMs: final.elapsedMs,
      exitCode,
      ...(result.problems.length > 0 ? { problems: result.problems } : {}),
    },
  });
}

export function describeScenario(scenario: Scenario): string {
  const { signIn, network } = scenario;
  const source = signIn.source.type === 'simulated' ? `simulated user "${signIn.source.user}"` : `${signIn.source.type} token`;
  const parts = [`sign in as ${source}, agent kind ${signIn.agentKind}`];
  if (signIn.displayName) parts.push(`display name "${signIn.displayName}"`);
  if (signIn.skipPreflight) parts.push('pre-flight skipped');
  parts.push(scenario.inject ? `inject ${scenario.inject}` : 'no injected failures');
  if (scenario.seed !== undefined) parts.push(`jitter seed ${scenario.seed}`);
  if (network.startOffline) parts.push('start offline');
  for (const change of network.changes) parts.push(`${change.online ? 'online' : 'offline'} at ${seconds(change.atMs)}`);
  for (const change of network.afterAttempts ?? []) {
    parts.push(`${change.online ? 'online' : 'offline'} ${change.delayMs > 0 ? `${seconds(change.delayMs)} ` : ''}after attempt ${change.attempts}`);
  }
  return `Scenario "${scenario.name}": ${parts.join('; ')}.`;
}

/** The readable report: a table of attempts, the final state, and what the last error means. */
export function formatReport(result: ScenarioResult, exitCode: number): string {
  const lines = [describeScenario(result.scenario), ''];
  const header = ['#', 'ended at', 'outcome', 'error', 'category', 'decision', 'next try in'];
  const rows = result.attempts.map((a) => [
    String(a.attempt),
    seconds(a.atMs),
    a.outcome,
    a.errorId ?? '-',
    a.category ?? '-',
    a.decision,
    a.delayMs === null ? '-' : seconds(a.delayMs),
  ]);
  lines.push(...table([header, ...rows]));
  if (result.attempts.length === 0) lines.push('(no attempt was recorded)');
  for (const change of result.network) lines.push(`network ${change.online ? 'back online' : 'offline'} at ${seconds(change.atMs)}`);

  const { final } = result;
  lines.push('', `Final: ${final.phase} after ${seconds(final.elapsedMs)} of virtual time, ${final.attempts} attempt${final.attempts === 1 ? '' : 's'}. ${statusText(final.status)}`);
  const shown = final.error ?? final.lastError;
  if (shown) lines.push(...explain(shown, final.error ? 'Error' : 'Last error'));
  for (const problem of result.problems) lines.push(`PROBLEM: ${problem}`);
  lines.push(`Exit code ${exitCode}.`);
  return lines.join('\n');
}

function explain(error: ErrorSummary, label: string): string[] {
  const where = error.origin === 'preflight' ? ', caught by the pre-flight check' : '';
  return [`${label}: ${error.id} (${error.category}${where}): ${error.title}`, `  What happened: ${error.explanation}`, `  What to do: ${error.action}`];
}

function statusText(status: RunStatus): string {
  switch (status) {
    case 'ready':
      return 'The call agent is ready.';
    case 'needsFix':
      return 'Stopped: retrying cannot help until something is fixed.';
    case 'retryPaused':
      return 'Stopped: automatic retries are used up; the user decides (Retry now or Cancel).';
    case 'waitingForNetwork':
      return 'Waiting for the network, and no network change is scheduled (use --online-after).';
    case 'timeLimit':
      return 'The time limit was reached before the sign-in settled (see --max-time).';
    case 'stalled':
      return 'Nothing more was scheduled to happen, yet the sign-in did not settle: a bug worth reporting.';
    default:
      return missingCase(status);
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms % 100 === 0 ? 1 : 3)} s`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd());
}
