import type { z } from 'zod';
import { diagnosticsBundleSchema, type DiagnosticsBundle, type DiagnosticsSession } from '../../shared/diagnostics/bundle-schema';
import { catalogEntries, catalogKey } from '../../shared/errors/catalog';
import type { AttemptRecord, DecisionKind } from '../../shared/session/attempt';
import { missingCase } from '../../shared/util/missing-case';
import { parseFailurePlan } from '../../renderer/src/engine/simulator/failure-plan';
import type { ScenarioResult } from './run-scenario';
import { defaultMaxTimeMs, ScenarioInputError } from './scenario';
import { parseScenarioFile, type scenarioFileSchema, type ScenarioFile } from './scenario-file';
import { errorMessage } from '../../shared/util/error-message';

/*
 * Turns the attempt timeline of a diagnostics bundle into a scenario file, so a failure seen
 * in the field runs again on a desk: the SDK errors become the simulator's failure plan, the
 * attempts that waited for the network become offline/online changes, and the recorded
 * decisions become the expectations. What the simulator cannot play is refused by name
 * instead of replayed wrongly.
 */

export type ScenarioFileJson = z.input<typeof scenarioFileSchema>;

export interface Replay {
  /** The scenario file as it would be written with --write. */
  json: ScenarioFileJson;
  file: ScenarioFile;
  /** The window whose attempts are replayed. */
  windowId: string;
  /** The field's attempts the replay covers, in order. */
  fieldAttempts: AttemptRecord[];
  /** What the replay changes or leaves out, for the person reading the report. */
  notes: string[];
}

export type ReplayConversion = { ok: true; replay: Replay } | { ok: false; problems: string[] };

/** Reads a bundle; a bad one is refused naming the field, as a scenario file is. */
export function parseDiagnosticsBundle(path: string, text: string): DiagnosticsBundle {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScenarioInputError(`${path}: not valid JSON (${errorMessage(error)}).`);
  }
  const parsed = diagnosticsBundleSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(bundle)'}: ${issue.message}`);
    throw new ScenarioInputError(`${path} is not a diagnostics bundle this version can read: ${issues.join('; ')}`);
  }
  return parsed.data;
}

/** Decisions after which the sign-in waits for the user: whatever follows was their doing. */
const userDecides = new Set<DecisionKind>(['needsFix', 'retryManually', 'cancelled']);
/** Decisions that retry by themselves: a timeline ending on one was exported mid-retry. */
const retriesByItself = new Set<DecisionKind>(['retryAfter', 'refreshTokenThenRetry', 'disposeThenRetry']);
/** Field gaps longer than this are shortened: virtual time is cheap, but not endless. */
const maxReplayedGapMs = 10 * 60_000;

export function scenarioFromDiagnostics(bundle: DiagnosticsBundle, source = 'diagnostics bundle'): ReplayConversion {
  const withAttempts = bundle.sessions.filter((session) => session.attempts.length > 0);
  const session = withAttempts[0];
  if (!session) {
    return { ok: false, problems: [`The bundle has no createCallAgent attempts to replay (${bundle.sessions.length} window${bundle.sessions.length === 1 ? '' : 's'}, none signed in).`] };
  }
  const notes: string[] = [];
  for (const other of withAttempts.slice(1)) notes.push(`Window ${other.windowId} also has ${other.attempts.length} attempt(s); only window ${session.windowId} is replayed.`);
  notes.push(...sessionNotes(session));

  const attempts = replayedAttempts(session.attempts, notes);
  const built = buildPlan(attempts);
  if (built.problems.length > 0) return { ok: false, problems: built.problems };
  notes.push(...built.notes);

  const last = attempts.at(-1);
  if (!last) return { ok: false, problems: ['No attempt before the first user action is left to replay.'] };
  const decisions = attempts.map((a) => a.decision);
  if (retriesByItself.has(last.decision)) {
    decisions.push('ready');
    notes.push(`The bundle was made while attempt ${last.attempt} was waiting to retry; the replay lets the next attempt succeed.`);
  }
  const lastError = attempts.findLast((a) => a.outcome === 'failed')?.error?.id;
  const fieldSpanMs = Math.max(0, last.endedAt - (attempts[0]?.startedAt ?? last.endedAt));

  const json: ScenarioFileJson = {
    name: `Replay of ${source} (window ${session.windowId}, ${attempts.length} attempt${attempts.length === 1 ? '' : 's'})`,
    description: `Derived by --from-diagnostics from a bundle made ${bundle.createdAt} by ACS Softphone ${bundle.app.version} (${bundle.app.host}, ${bundle.app.engine}).`,
    signIn: { agentKind: 'auto', skipPreflight: false },
    inject: built.inject,
    network: { startOffline: built.startOffline, changes: [], afterAttempts: built.afterAttempts },
    maxTimeMs: Math.max(defaultMaxTimeMs, 2 * Math.min(fieldSpanMs, 60 * 60_000) + 120_000),
    expect: {
      final: finalStatusFor(decisions.at(-1) ?? last.decision),
      decisions,
      ...(lastError ? { errorId: lastError } : {}),
    },
  };
  const file = parseScenarioFile(source, JSON.stringify(json));
  return { ok: true, replay: { json, file, windowId: session.windowId, fieldAttempts: attempts, notes } };
}

/**
 * What the replay must also match beyond the file's expectations: the same error at each
 * attempt, and each delay within the retry policy's jitter of the replay's exact one.
 */
export function compareWithField(replay: Replay, result: ScenarioResult): string[] {
  const mismatches: string[] = [];
  for (const [index, field] of replay.fieldAttempts.entries()) {
    const replayed = result.attempts[index];
    if (!replayed) {
      mismatches.push(`attempt ${index + 1} (${field.error?.id ?? field.outcome} in the field) did not happen in the replay`);
      continue;
    }
    const fieldError = field.error?.id ?? null;
    if (replayed.errorId !== fieldError) mismatches.push(`attempt ${index + 1} failed with ${replayed.errorId ?? 'no error'} in the replay, ${fieldError ?? 'no error'} in the field`);
    if (field.delayMs !== undefined && replayed.delayMs !== null && !withinJitter(field.delayMs, replayed.delayMs)) {
      mismatches.push(`attempt ${index + 1} waited ${field.delayMs} ms in the field, ${replayed.delayMs} ms in the replay (more than the ±20 % jitter apart)`);
    }
  }
  return mismatches;
}

function withinJitter(field: number, replayed: number): boolean {
  return Math.abs(field - replayed) <= replayed * 0.2 + 1;
}

function sessionNotes(session: DiagnosticsSession): string[] {
  const notes: string[] = [];
  const sources = new Set(session.attempts.map((a) => a.tokenSource));
  if ([...sources].some((s) => s !== 'simulated')) notes.push(`The field used a ${[...sources].join('/')} token; the replay signs in a simulated ACS user.`);
  if (session.attempts.some((a) => a.agentKind === 'teams')) notes.push('The field created a TeamsCallAgent; the replay creates a CallAgent with the same failures.');
  return notes;
}

/** Stops at the first decision that left the choice to the user: the simulator cannot press their buttons. */
function replayedAttempts(all: readonly AttemptRecord[], notes: string[]): AttemptRecord[] {
  const stop = all.findIndex((a) => userDecides.has(a.decision));
  if (stop === -1) return [...all];
  const stopper = all[stop];
  const kept = stopper?.decision === 'cancelled' ? all.slice(0, stop) : all.slice(0, stop + 1);
  if (stop + 1 < all.length || stopper?.decision === 'cancelled') {
    const by = stopper?.decision === 'cancelled' ? 'the user cancelled' : `the sign-in stopped (${stopper?.decision})`;
    notes.push(`At attempt ${stopper?.attempt} ${by}; the ${all.length - kept.length} attempt(s) from there on followed a user action and are not replayed.`);
  }
  return kept;
}

interface BuiltPlan {
  inject: string;
  startOffline: boolean;
  afterAttempts: { attempts: number; online: boolean; delayMs: number }[];
  notes: string[];
  problems: string[];
}

type Step = { kind: 'inject'; key: string } | { kind: 'appFailure' } | { kind: 'ready' };

function buildPlan(attempts: readonly AttemptRecord[]): BuiltPlan {
  const built: BuiltPlan = { inject: '', startOffline: false, afterAttempts: [], notes: [], problems: [] };
  const injected: string[] = [];
  let online = true;
  let firstNotInjected: number | undefined;

  for (const [index, record] of attempts.entries()) {
    const step = stepFor(record, built.problems);
    if (!step) continue;
    if (step.kind === 'inject') {
      // The simulator's plan is a queue every createCallAgent call takes from, so planned failures must come first.
      if (firstNotInjected !== undefined) {
        built.problems.push(
          `Attempt ${record.attempt} failed with ${record.error?.id} after attempt ${attempts[firstNotInjected]?.attempt} had ${attempts[firstNotInjected]?.outcome === 'ready' ? 'succeeded' : 'failed without an SDK error'}; the simulator can only inject SDK errors before any other outcome.`,
        );
        continue;
      }
      injected.push(step.key);
    } else if (firstNotInjected === undefined) {
      firstNotInjected = index;
    }

    const needsOffline = record.decision === 'waitForNetwork';
    if (needsOffline && online) {
      if (index === 0) built.startOffline = true;
      else built.afterAttempts.push({ attempts: index, online: false, delayMs: offlineDelayAfter(built, index) });
      online = false;
    }
    const next = attempts[index + 1];
    if (needsOffline && next) {
      built.afterAttempts.push({ attempts: index + 1, online: true, delayMs: clampGap(next.startedAt - record.endedAt) });
      online = true;
    }
  }
  built.inject = groupRuns(injected);
  if (built.startOffline || built.afterAttempts.length > 0) {
    built.notes.push('Attempts that waited for the network are replayed offline; the network returns after the same gap as in the field.');
  }
  return built;
}

/** An offline change right after an online one at the same count must come after it. */
function offlineDelayAfter(built: BuiltPlan, attempts: number): number {
  const online = built.afterAttempts.find((c) => c.attempts === attempts && c.online);
  return online ? online.delayMs + 1 : 0;
}

function clampGap(ms: number): number {
  return Math.min(maxReplayedGapMs, Math.max(0, Math.round(ms)));
}

function stepFor(record: AttemptRecord, problems: string[]): Step | undefined {
  if (record.outcome === 'ready') return { kind: 'ready' };
  const error = record.error;
  if (!error) {
    problems.push(`Attempt ${record.attempt} ${record.outcome} without an error; there is nothing to inject.`);
    return undefined;
  }
  if (error.id.startsWith('app:')) return appFailureStep(record, error.id, problems);
  if (error.code !== undefined && error.subCode !== undefined) {
    const key = catalogKey(error.code, error.subCode);
    if (error.id === key && parseFailurePlan(key).ok) return { kind: 'inject', key };
  }
  problems.push(
    `Attempt ${record.attempt} failed with ${describeCode(error)}, which is not in the error catalog, so the simulator cannot raise it. ` +
      `Known codes: ${catalogEntries.map((e) => catalogKey(e.code, e.subCode)).join(', ')}.`,
  );
  return undefined;
}

/** Only a lost network can be played; the app's other failures need a window, a token service or a stalled SDK. */
function appFailureStep(record: AttemptRecord, id: string, problems: string[]): Step | undefined {
  const offline = record.decision === 'waitForNetwork';
  if ((id === 'app:connect-timeout' || id === 'app:connection-lost') && offline) return { kind: 'appFailure' };
  const why =
    id === 'app:connect-timeout' || id === 'app:connection-lost'
      ? `while the network was up (decision ${record.decision}); the simulator connects whenever it is online`
      : id === 'app:create-timeout'
        ? 'a createCallAgent that stalled past its deadline, which the simulator does not do on one attempt alone'
        : id === 'app:engine-lost'
          ? 'a window that closed or crashed mid-attempt, which a headless run has no way to do'
          : 'a token service or pasted-token problem, and a headless run signs in with simulated tokens';
  problems.push(`Attempt ${record.attempt} failed with ${id}: ${why}. It is not reproducible in the simulator.`);
  return undefined;
}

function describeCode(error: NonNullable<AttemptRecord['error']>): string {
  const parts = [error.code === undefined ? 'no code' : `code ${error.code}`, error.subCode === undefined ? 'no subCode' : `subCode ${error.subCode}`];
  return `${parts.join(', ')} (${error.id})`;
}

/** "408/40104", "408/40104", "500/40216" → "408/40104x2,500/40216". */
export function groupRuns(keys: readonly string[]): string {
  const runs: { key: string; count: number }[] = [];
  for (const key of keys) {
    const last = runs.at(-1);
    if (last?.key === key) last.count += 1;
    else runs.push({ key, count: 1 });
  }
  return runs.map((run) => (run.count > 1 ? `${run.key}x${run.count}` : run.key)).join(',');
}

function finalStatusFor(decision: DecisionKind): ScenarioFileJson['expect']['final'] {
  switch (decision) {
    case 'ready':
    case 'retryAfter':
    case 'refreshTokenThenRetry':
    case 'disposeThenRetry':
      return 'ready';
    case 'needsFix':
      return 'needsFix';
    case 'retryManually':
      return 'retryPaused';
    case 'waitForNetwork':
      return 'waitingForNetwork';
    case 'cancelled':
      return 'ready';
    default:
      return missingCase(decision);
  }
}
