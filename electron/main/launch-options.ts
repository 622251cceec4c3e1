import { parseArgs } from 'node:util';
import { englishEngineReasons, type EngineChoiceReason, type EngineKind } from '../../shared/session/state';
import type { Settings } from '../../shared/settings/settings-schema';
import { fillPlaceholders } from '../../shared/util/fill-placeholders';

/** What `npm start`, `npm run web` and Electron accept on the command line. */
export interface LaunchOptions {
  port: number;
  engine: EngineKind | undefined;
  qa: boolean;
  /**
   * Web shell only: Vite's dev server with hot reload instead of the built out/renderer.
   * `npm run dev` passes it; nothing else a user starts runs a dev server.
   */
  dev: boolean;
  /**
   * Web shell only, for tests: shorter createCallAgent/connect deadlines than the core's
   * defaults (30 s / 20 s), so a stalled SDK turns into a visible timeout within a test's budget.
   */
  deadlines?: LaunchDeadlines;
}

export interface LaunchDeadlines {
  createMs?: number;
  connectMs?: number;
}

export const defaultWebPort = 5174;
export const launchUsage =
  'Options: --port <0-65535> (default 5174), --engine sdk|simulator, --qa, --dev (npm run dev: hot reload), --create-deadline-ms <ms>, --connect-deadline-ms <ms> (tests: shorten the CallAgent deadlines)';
/** A deadline shorter than this could not even load the SDK; longer than this hides a stall. */
const deadlineBoundsMs = { min: 100, max: 600_000 };

/**
 * `strict` rejects unknown options (the web host owns its whole command line); Electron's
 * argv also carries Chromium switches and the app path, so it parses leniently.
 */
export function parseLaunchArgs(argv: readonly string[], { strict }: { strict: boolean }): LaunchOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      engine: { type: 'string' },
      qa: { type: 'boolean' },
      dev: { type: 'boolean' },
      // The built renderer is the default now; the old switch still works in scripts.
      built: { type: 'boolean' },
      'create-deadline-ms': { type: 'string' },
      'connect-deadline-ms': { type: 'string' },
    },
  });
  const createMs = parseDeadline('--create-deadline-ms', values['create-deadline-ms']);
  const connectMs = parseDeadline('--connect-deadline-ms', values['connect-deadline-ms']);
  const deadlines: LaunchDeadlines = {
    ...(createMs === undefined ? {} : { createMs }),
    ...(connectMs === undefined ? {} : { connectMs }),
  };
  return {
    port: parsePort(values.port),
    engine: parseEngine(values.engine),
    qa: values.qa === true,
    dev: values.dev === true,
    ...(Object.keys(deadlines).length ? { deadlines } : {}),
  };
}

function parseDeadline(flag: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const ms = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || ms < deadlineBoundsMs.min || ms > deadlineBoundsMs.max) {
    throw new Error(`${flag} must be a whole number of milliseconds from ${deadlineBoundsMs.min} to ${deadlineBoundsMs.max}, got ${JSON.stringify(value)}. ${launchUsage}`);
  }
  return ms;
}

function parsePort(value: unknown): number {
  if (value === undefined) return defaultWebPort;
  const port = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || port > 65_535) {
    throw new Error(`--port must be a number from 0 to 65535, got ${JSON.stringify(value)}. ${launchUsage}`);
  }
  return port;
}

function parseEngine(value: unknown): EngineKind | undefined {
  if (value === undefined) return undefined;
  if (value === 'sdk' || value === 'simulator') return value;
  throw new Error(`--engine must be "sdk" or "simulator", got ${JSON.stringify(value)}. ${launchUsage}`);
}

export interface EngineChoice {
  engine: EngineKind;
  /** Shown in the UI, so nobody mistakes the simulator for a real connection; English, for logs. */
  engineReason: string;
  /** The same reason for the window to word in its language. */
  engineReasonKey: EngineChoiceReason;
}

/** The saved settings that set up a calling service (the first-run setup or Settings save them). */
export type SavedCallingService = Partial<Pick<Settings, 'tokenEndpointUrl' | 'teamsClientId'>>;

/**
 * `--engine` wins; otherwise the real SDK when ACS settings exist, in the environment or saved
 * in Settings (a token service or a Teams app registration), and the simulator only without any.
 */
export function chooseEngine(requested: EngineKind | undefined, env: Readonly<Record<string, string | undefined>>, saved: SavedCallingService = {}): EngineChoice {
  if (requested) return choice(requested, 'commandLine');
  if (env.ACS_TOKEN_ENDPOINT?.trim()) return choice('sdk', 'acsSettings');
  return saved.tokenEndpointUrl || saved.teamsClientId ? choice('sdk', 'savedSettings') : choice('simulator', 'noAcsSettings');
}

function choice(engine: EngineKind, engineReasonKey: EngineChoiceReason): EngineChoice {
  return { engine, engineReason: fillPlaceholders(englishEngineReasons[engineReasonKey], { engine }), engineReasonKey };
}
