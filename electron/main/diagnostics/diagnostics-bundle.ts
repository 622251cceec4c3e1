import {
  diagnosticsBundleSchema,
  diagnosticsFormat,
  diagnosticsVersion,
  type DiagnosticsBundle,
  type DiagnosticsRequest,
  type DiagnosticsSession,
  type LogEntry,
  type OsInfo,
  type SdkVersions,
} from '../../../shared/diagnostics/bundle-schema';
import { redactValue, withoutSecretFields } from '../../../shared/diagnostics/redact';
import type { EngineKind } from '../../../shared/session/state';
import type { Settings } from '../../../shared/settings/settings-schema';

/** What a host gives the core so its bundles say more than "unknown"; all optional. */
export interface DiagnosticsSources {
  /** The log buffer the host's logger writes through. */
  logs?: { entries(): LogEntry[] };
  os?: () => OsInfo;
  sdk?: SdkVersions;
  /** Where the host writes its log file (Electron), named in Help › Troubleshooting. */
  logsFolder?: string;
}

export interface BundleInput {
  now: number;
  app: { version: string; host: DiagnosticsBundle['app']['host']; engine: EngineKind; windowId: string; online: boolean };
  sources: DiagnosticsSources;
  settings: Settings;
  /** The requesting window's session first. */
  sessions: DiagnosticsSession[];
  request: DiagnosticsRequest;
}

const unknownOs: OsInfo = { platform: 'unknown', release: 'unknown', arch: 'unknown' };
const unknownSdk: SdkVersions = { callingVersion: 'unknown', commonVersion: 'unknown' };

/**
 * Assembles the bundle and passes all of it through redaction once more at the end: the
 * parts are redacted where they come from, and this last pass means a new field added later
 * cannot carry a secret out by forgetting to.
 */
export function buildDiagnosticsBundle(input: BundleInput): DiagnosticsBundle {
  const os: OsInfo = { ...(input.sources.os?.() ?? unknownOs) };
  if (input.request.userAgent) os.userAgent = input.request.userAgent;
  const draft: DiagnosticsBundle = {
    format: diagnosticsFormat,
    version: diagnosticsVersion,
    createdAt: new Date(input.now).toISOString(),
    app: input.app,
    sdk: input.sources.sdk ?? unknownSdk,
    os,
    settings: withoutSecretFields(input.settings),
    sessions: input.sessions,
    logs: input.sources.logs?.entries() ?? [],
    devices: input.request.devices ?? [],
    rendererLogs: input.request.rendererLogs ?? [],
  };
  return diagnosticsBundleSchema.parse(redactValue(draft));
}
