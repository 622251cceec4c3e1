import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { signInIntentSchema } from '../../shared/ipc/contract';
import { decisionKindSchema } from '../../shared/session/attempt';
import type { RunStatus, ScenarioResult } from './run-scenario';
import { defaultMaxTimeMs, defaultUser, ScenarioInputError, validateScenario, type Scenario } from './scenario';
import { errorMessage } from '../../shared/util/error-message';

const runStatuses = ['ready', 'needsFix', 'retryPaused', 'waitingForNetwork', 'timeLimit', 'stalled'] as const satisfies readonly RunStatus[];

const simulatedSource = signInIntentSchema.shape.source.options[0];

const expectationSchema = z
  .strictObject({
    final: z.enum(runStatuses).describe('How the run must end: the phase it settles in, or timeLimit/stalled.'),
    decisions: z
      .array(decisionKindSchema)
      .optional()
      .describe('The decision the core records for each attempt, in order (e.g. ["retryAfter", "retryAfter", "ready"]).'),
    delaysMs: z
      .array(z.number().nonnegative().nullable())
      .optional()
      .describe('The delay before each next attempt, in order; null where the decision has none. Exact without a seed.'),
    errorId: z
      .string()
      .optional()
      .describe('The last error of the run, e.g. "408/40104" or "app:connect-timeout" (the final phase\'s error when it shows one).'),
    maxElapsedMs: z.number().int().positive().optional().describe('The run must end within this much virtual time.'),
  })
  .describe('What the run must produce; any difference fails the scenario (exit code 6).');

/** A scenario file: the inputs of a run and what it must produce. */
export const scenarioFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().min(1).max(200),
    description: z.string().max(2_000).optional(),
    signIn: z
      .strictObject({
        user: simulatedSource.shape.user.default(defaultUser),
        agentKind: signInIntentSchema.shape.agentKind.default('auto'),
        displayName: signInIntentSchema.shape.displayName,
        skipPreflight: z.boolean().default(false),
      })
      .default({ user: defaultUser, agentKind: 'auto', skipPreflight: false })
      .describe('Sign in as a simulated user (the only token source a headless run has).'),
    inject: z.string().max(1_000).default('').describe('Failures for the next createCallAgent calls, in the simulator syntax: "40104x2", "408/40114,40216".'),
    network: z
      .strictObject({
        startOffline: z.boolean().default(false),
        changes: z
          .array(z.strictObject({ atMs: z.number().int().nonnegative(), online: z.boolean() }))
          .default([])
          .describe('Virtual times (ms since the start) at which the network goes up or down.'),
        afterAttempts: z
          .array(
            z.strictObject({
              attempts: z.number().int().positive(),
              online: z.boolean(),
              delayMs: z.number().int().nonnegative().default(0),
            }),
          )
          .default([])
          .describe('Network changes that follow the run: once this many attempts are recorded, wait delayMs, then go up or down.'),
      })
      .default({ startOffline: false, changes: [], afterAttempts: [] }),
    maxTimeMs: z.number().int().positive().default(defaultMaxTimeMs).describe('Virtual time limit.'),
    seed: z.number().int().nonnegative().optional().describe('Random retry jitter from this seed; without it delays are exact.'),
    expect: expectationSchema,
  })
  .describe('A headless sign-in scenario for `npm run scenario -- --file <path>`.');

export type ScenarioExpectation = z.infer<typeof expectationSchema>;

export interface ScenarioFile {
  path: string;
  scenario: Scenario;
  expect: ScenarioExpectation;
}

/** The published JSON Schema (scenarios/scenario.schema.json), for editors and CI checks. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioFileSchema, { io: 'input' });
}

export const schemaFileName = 'scenario.schema.json';

/** Reads scenario files; a directory stands for every *.json in it except the schema. */
export async function loadScenarioFiles(paths: readonly string[]): Promise<ScenarioFile[]> {
  const files: ScenarioFile[] = [];
  for (const path of paths) {
    for (const file of await expand(path)) files.push(parseScenarioFile(file, await readText(file)));
  }
  if (files.length === 0) throw new ScenarioInputError(`No scenario files found in ${paths.join(', ')}.`);
  return files;
}

export function parseScenarioFile(path: string, text: string): ScenarioFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScenarioInputError(`${path}: not valid JSON (${errorMessage(error)}).`);
  }
  const parsed = scenarioFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new ScenarioInputError(`${path}: ${issues.join('; ')}`);
  }
  const data = parsed.data;
  const scenario: Scenario = {
    name: data.name,
    signIn: {
      source: { type: 'simulated', user: data.signIn.user },
      agentKind: data.signIn.agentKind,
      skipPreflight: data.signIn.skipPreflight,
      ...(data.signIn.displayName !== undefined ? { displayName: data.signIn.displayName } : {}),
    },
    inject: data.inject,
    network: data.network,
    maxTimeMs: data.maxTimeMs,
    ...(data.seed !== undefined ? { seed: data.seed } : {}),
  };
  try {
    validateScenario(scenario);
  } catch (error) {
    throw new ScenarioInputError(`${path}: ${errorMessage(error)}`);
  }
  return { path, scenario, expect: data.expect };
}

/** Every way the run differs from what the file expects; empty when it behaved. */
export function checkExpectations(expect: ScenarioExpectation, result: ScenarioResult): string[] {
  const mismatches: string[] = [];
  if (result.status !== expect.final) mismatches.push(`ended ${result.status}, expected ${expect.final}`);
  if (expect.decisions) {
    const actual = result.attempts.map((a) => a.decision);
    if (!sameList(actual, expect.decisions)) mismatches.push(`decisions were [${actual.join(', ')}], expected [${expect.decisions.join(', ')}]`);
  }
  if (expect.delaysMs) {
    const actual = result.attempts.map((a) => a.delayMs);
    if (!sameList(actual, expect.delaysMs)) mismatches.push(`delays were [${actual.join(', ')}], expected [${expect.delaysMs.join(', ')}]`);
  }
  if (expect.errorId !== undefined) {
    const actual = (result.final.error ?? result.final.lastError)?.id ?? 'none';
    if (actual !== expect.errorId) mismatches.push(`the last error was ${actual}, expected ${expect.errorId}`);
  }
  if (expect.maxElapsedMs !== undefined && result.final.elapsedMs > expect.maxElapsedMs) {
    mismatches.push(`took ${result.final.elapsedMs} ms of virtual time, expected at most ${expect.maxElapsedMs}`);
  }
  if (result.problems.length > 0) mismatches.push(`the run hit contract problems: ${result.problems.join('; ')}`);
  return mismatches;
}

export function formatMismatches(file: ScenarioFile, mismatches: readonly string[]): string {
  if (mismatches.length === 0) return `PASS ${file.path}: ${file.scenario.name}`;
  return [`FAIL ${file.path}: ${file.scenario.name}`, ...mismatches.map((m) => `  - ${m}`)].join('\n');
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

async function expand(path: string): Promise<string[]> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch {
    throw new ScenarioInputError(`${path}: no such file or directory.`);
  }
  if (!isDirectory) return [path];
  const names = await readdir(path);
  return names
    .filter((name) => name.endsWith('.json') && name !== schemaFileName)
    .sort()
    .map((name) => join(path, name));
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new ScenarioInputError(`${basename(path)}: cannot be read (${errorMessage(error)}).`);
  }
}
