import { parseArgs } from 'node:util';
import type { SignInIntent } from '../../shared/ipc/contract';
import { defaultMaxTimeMs, defaultUser, ScenarioInputError, validateScenario, type NetworkChange, type Scenario } from './scenario';
import { errorMessage } from '../../shared/util/error-message';

export const usage = `Usage: npm run scenario -- [options]

Signs in headlessly (the real core and engine, the simulator as the service, virtual time)
and reports every createCallAgent attempt the core records.

Options:
  --inject <plan>        failures for the next createCallAgent calls, e.g. 40104x2 or 408/40114,40216
  --offline              start with the network down
  --online-after <ms>    with --offline: bring the network back after this much virtual time
  --agent-kind <kind>    acs | teams | auto (default auto)
  --display-name <name>  display name to create the agent with
  --skip-preflight       let the simulated SDK raise token problems instead of the pre-flight checks
  --user <name>          the simulated user to sign in as (default ${defaultUser})
  --seed <n>             random retry jitter from this seed (default: no jitter, exact delays)
  --max-time <ms>        virtual time limit (default ${defaultMaxTimeMs}, i.e. 10 minutes)
  --file <path>          run a scenario file and check its expectations (repeatable)
  --from-diagnostics <bundle.json>
                         replay the attempt timeline of a diagnostics bundle in the simulator
                         and check that it fails the same way (exit 6 if not)
  --write <path>         with --from-diagnostics: also save the derived scenario file
  --print-schema         print the JSON Schema of scenario files
  --json                 one JSON line per attempt, then {"final": {...}}
  --verbose              also print the core's log to stderr
  --help                 show this text

Exit codes: 0 ready, 1 runner error or time limit, 2 bad arguments, 3 needs a fix,
4 retries paused (automatic retries used up), 5 waiting for a network that never returns,
6 a scenario file's expectations were not met.`;

export interface OutputOptions {
  json: boolean;
  verbose: boolean;
}

/** Where a command prints: stdout and stderr in `npm run scenario`, buffers in tests. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'printSchema' }
  | { kind: 'invalid'; message: string }
  | ({ kind: 'run'; scenario: Scenario } & OutputOptions)
  | ({ kind: 'files'; paths: string[] } & OutputOptions)
  | ({ kind: 'replay'; bundlePath: string; writePath?: string } & OutputOptions);

const options = {
  inject: { type: 'string' },
  offline: { type: 'boolean' },
  'online-after': { type: 'string' },
  'agent-kind': { type: 'string' },
  'display-name': { type: 'string' },
  'skip-preflight': { type: 'boolean' },
  user: { type: 'string' },
  seed: { type: 'string' },
  'max-time': { type: 'string' },
  file: { type: 'string', multiple: true },
  'from-diagnostics': { type: 'string' },
  write: { type: 'string' },
  'print-schema': { type: 'boolean' },
  json: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Options that describe a single run; they make no sense next to --file, which brings its own. */
const runOnlyOptions = ['inject', 'offline', 'online-after', 'agent-kind', 'display-name', 'skip-preflight', 'user', 'seed', 'max-time'] as const;

const agentKinds = ['acs', 'teams', 'auto'] as const;

/** Turns argv (without node and the script) into what to do; never throws. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  try {
    return parse(argv);
  } catch (error) {
    return { kind: 'invalid', message: errorMessage(error) };
  }
}

function parse(argv: readonly string[]): CliCommand {
  const { values } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
  if (values.help) return { kind: 'help' };
  if (values['print-schema']) return { kind: 'printSchema' };
  const output: OutputOptions = { json: values.json ?? false, verbose: values.verbose ?? false };

  if (values.write !== undefined && values['from-diagnostics'] === undefined) {
    return { kind: 'invalid', message: '--write needs --from-diagnostics: it saves the scenario derived from a bundle.' };
  }
  if (values['from-diagnostics'] !== undefined) {
    if (values.file) return { kind: 'invalid', message: '--from-diagnostics cannot be combined with --file: run one or the other.' };
    const clash = runOnlyOptions.find((name) => values[name] !== undefined);
    if (clash) return { kind: 'invalid', message: `--${clash} cannot be combined with --from-diagnostics: the bundle decides the run.` };
    return { kind: 'replay', bundlePath: values['from-diagnostics'], ...(values.write !== undefined ? { writePath: values.write } : {}), ...output };
  }

  if (values.file) {
    const clash = runOnlyOptions.find((name) => values[name] !== undefined);
    if (clash) return { kind: 'invalid', message: `--${clash} cannot be combined with --file: put it in the scenario file.` };
    return { kind: 'files', paths: values.file, ...output };
  }

  const agentKind = values['agent-kind'] ?? 'auto';
  if (!isAgentKind(agentKind)) return { kind: 'invalid', message: `--agent-kind must be one of ${agentKinds.join(', ')} (got "${agentKind}").` };
  if (values['online-after'] !== undefined && !values.offline) return { kind: 'invalid', message: '--online-after needs --offline: the network can only come back if it started down.' };

  const changes: NetworkChange[] = [];
  if (values['online-after'] !== undefined) changes.push({ atMs: milliseconds('--online-after', values['online-after'], 0), online: true });

  const signIn: SignInIntent = {
    source: { type: 'simulated', user: values.user ?? defaultUser },
    agentKind,
    skipPreflight: values['skip-preflight'] ?? false,
  };
  if (values['display-name'] !== undefined) signIn.displayName = values['display-name'];

  const scenario: Scenario = {
    name: 'command line',
    signIn,
    inject: values.inject ?? '',
    network: { startOffline: values.offline ?? false, changes },
    maxTimeMs: values['max-time'] === undefined ? defaultMaxTimeMs : milliseconds('--max-time', values['max-time'], 1),
  };
  if (values.seed !== undefined) scenario.seed = integer('--seed', values.seed);
  validateScenario(scenario);
  return { kind: 'run', scenario, ...output };
}

function isAgentKind(value: string): value is SignInIntent['agentKind'] {
  return (agentKinds as readonly string[]).includes(value);
}

function integer(flag: string, text: string): number {
  if (!/^\d+$/.test(text.trim())) throw new ScenarioInputError(`${flag} must be a whole number (got "${text}").`);
  return Number(text);
}

function milliseconds(flag: string, text: string, min: number): number {
  const value = integer(flag, text);
  if (value < min) throw new ScenarioInputError(`${flag} must be at least ${min} ms.`);
  return value;
}
