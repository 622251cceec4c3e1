import { callDiagnosticChangeSchema } from '../calls/call-diagnostics';
import { callQualitySummarySchema } from '../calls/call-quality';
import { z } from 'zod';
import { attemptRecordSchema } from '../session/attempt';
import { engineKindSchema, sessionIdentitySchema } from '../session/state';

/*
 * The diagnostics bundle a user attaches to a support ticket: enough to see what happened and
 * to replay it in the simulator (`npm run scenario -- --from-diagnostics <file>`), and nothing
 * that lets a reader act as the user. Every string in it has been through redactValue.
 */

export const diagnosticsFormat = 'acs-softphone-diagnostics';
export const diagnosticsVersion = 1;

export const logLevelSchema = z.enum(['debug', 'info', 'warn', 'error']);
export type LogLevel = z.infer<typeof logLevelSchema>;

/** One log line as the log buffer kept it, after redaction. */
export const logEntrySchema = z.object({
  /** Epoch milliseconds. */
  at: z.number(),
  level: logLevelSchema,
  message: z.string(),
  fields: z.record(z.string(), z.unknown()).optional(),
});
export type LogEntry = z.infer<typeof logEntrySchema>;

/**
 * One finished call, as support reads it: the remote side masked to its last 4 characters (never
 * a display name), the SDK's ids where the engine had them, and the call-quality changes of that call.
 */
export const callRecordSchema = z.object({
  direction: z.enum(['incoming', 'outgoing']),
  /** Epoch ms. */
  startedAt: z.number(),
  endedAt: z.number(),
  durationMs: z.number(),
  endReason: z.object({ code: z.number(), subCode: z.number() }),
  outcome: z.string(),
  remote: z.object({ kind: z.string(), id: z.string().max(5) }),
  sdkCallId: z.string().optional(),
  correlationId: z.string().optional(),
  diagnostics: z.array(callDiagnosticChangeSchema),
  /** The call's audio quality summary (level, worst level, average figures), when it had one. */
  quality: callQualitySummarySchema.optional(),
});
export type CallRecord = z.infer<typeof callRecordSchema>;

/** One window's sign-in and its createCallAgent attempts, oldest first. */
export const diagnosticsSessionSchema = z.object({
  windowId: z.string(),
  /** The phase the window was in when the bundle was made. */
  phase: z.string(),
  identity: sessionIdentitySchema.optional(),
  attempts: z.array(attemptRecordSchema),
  /** Call diagnostics raised or cleared in this window (see SessionView.callDiagnostics). */
  callDiagnostics: z.array(callDiagnosticChangeSchema).optional(),
  /** The signed-in identity's most recent finished calls, newest first. */
  calls: z.array(callRecordSchema).optional(),
});
export type DiagnosticsSession = z.infer<typeof diagnosticsSessionSchema>;

export const osInfoSchema = z.object({
  platform: z.string(),
  release: z.string(),
  arch: z.string(),
  /** The renderer's navigator.userAgent (browser and Chromium version), when it sent one. */
  userAgent: z.string().optional(),
});
export type OsInfo = z.infer<typeof osInfoSchema>;

export const sdkVersionsSchema = z.object({
  callingVersion: z.string(),
  commonVersion: z.string(),
});
export type SdkVersions = z.infer<typeof sdkVersionsSchema>;

/** Objects are not strict: a newer app may add fields an older replay tool ignores. */
export const diagnosticsBundleSchema = z.object({
  format: z.literal(diagnosticsFormat),
  version: z.literal(diagnosticsVersion),
  /** ISO 8601. */
  createdAt: z.string(),
  app: z.object({
    version: z.string(),
    host: z.enum(['electron', 'web', 'headless']),
    engine: engineKindSchema,
    /** The window that asked for the bundle; its session comes first. */
    windowId: z.string(),
    online: z.boolean(),
  }),
  sdk: sdkVersionsSchema,
  os: osInfoSchema,
  /** The saved settings, with secret fields dropped and secrets inside values redacted. */
  settings: z.record(z.string(), z.unknown()),
  sessions: z.array(diagnosticsSessionSchema),
  /** The most recent log lines, oldest first, already redacted. */
  logs: z.array(logEntrySchema),
  /** Device names as the renderer saw them (no ids). */
  devices: z.array(z.string()),
  /** The requesting window's own recent log lines (engine and page errors), redacted again by main. */
  rendererLogs: z.array(logEntrySchema).optional(),
});
export type DiagnosticsBundle = z.infer<typeof diagnosticsBundleSchema>;

export const maxRendererLogEntries = 200;

/** A renderer log line as the renderer sends it: flat, bounded fields only. */
export const rendererLogEntrySchema = z.strictObject({
  at: z.number(),
  level: logLevelSchema,
  message: z.string().max(2_000),
  fields: z.record(z.string().max(100), z.union([z.string().max(1_000), z.number(), z.boolean(), z.null()])).optional(),
});
export type RendererLogEntry = z.infer<typeof rendererLogEntrySchema>;

export const diagnosticsRequestSchema = z.strictObject({
  devices: z.array(z.string().max(200)).max(50).optional(),
  userAgent: z.string().max(1_000).optional(),
  rendererLogs: z.array(rendererLogEntrySchema).max(maxRendererLogEntries).optional(),
});
export type DiagnosticsRequest = z.infer<typeof diagnosticsRequestSchema>;
