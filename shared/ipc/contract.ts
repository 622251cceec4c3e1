import { z } from 'zod';
import { rawSdkErrorSchema } from '../errors/classify';
import { agentKindSchema } from '../session/attempt';
import { signInRefusalSchema, type SignInRefusal } from '../session/sign-in-refusal';
import { engineChoiceReasonSchema, engineKindSchema, sessionViewSchema } from '../session/state';
import { callHistoryEntrySchema, newCallHistoryEntrySchema } from '../history/call-history-schema';
import { contactIdSchema, contactListSchema, contactSchema, newContactSchema } from '../contacts/contact-schema';
import { settingsSchema, settingsUpdateSchema, tokenEndpointUrlSchema, tokenServiceApiKeySchema } from '../settings/settings-schema';
import { diagnosticsBundleSchema, diagnosticsRequestSchema } from '../diagnostics/bundle-schema';
import { callDiagnosticChangeSchema } from '../calls/call-diagnostics';
import { updateStateSchema } from '../updates/update-state';
import { noticeTextSchema } from '../notices/notice-text';
import { screenShareChoiceSchema, screenSharePromptSchema } from '../calls/screen-share';

/*
 * The one IPC contract between the renderer and the main-process core. Every channel is
 * declared here once, with the schema that both ends validate at runtime; no other file
 * writes a channel name as a raw string. Objects are strict so unexpected keys (including
 * "__proto__" tricks) are rejected instead of carried along.
 */

const id = z.string().min(1).max(100);
const empty = z.strictObject({});

export const signInIntentSchema = z.strictObject({
  source: z.discriminatedUnion('type', [
    /** Simulator only: main mints an unsigned ACS-shaped token for a made-up user. */
    z.strictObject({
      type: z.literal('simulated'),
      user: z.string().trim().regex(/^[A-Za-z0-9._-]{1,64}$/, 'Use 1 to 64 letters, digits, dots, dashes or underscores.'),
    }),
    z.strictObject({ type: z.literal('pasted'), token: z.string().trim().min(1, 'Paste an access token.').max(16_000) }),
    z.strictObject({
      type: z.literal('endpoint'),
      url: z
        .string()
        .trim()
        .max(2_000)
        .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'Enter an http(s) URL for the token endpoint.'),
    }),
    /** A Teams user signs in with Microsoft Entra ID in the browser; main reads the app registration from Settings. */
    z.strictObject({ type: z.literal('teams') }),
  ]),
  displayName: z.string().trim().max(256).optional(),
  /** "auto" reads the token's claims and picks CallAgent or TeamsCallAgent. */
  agentKind: z.enum(['auto', 'acs', 'teams']),
  /** QA override: skip the pre-flight checks so the SDK itself raises 44113/44114/40229/40231/40214. */
  skipPreflight: z.boolean(),
});
export type SignInIntent = z.infer<typeof signInIntentSchema>;

export const deadlinesSchema = z.strictObject({
  createMs: z.number().int().positive(),
  connectMs: z.number().int().positive(),
});

export const engineCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('createAgent'),
    leaseId: id,
    attempt: z.number().int().positive(),
    agentKind: agentKindSchema,
    displayName: z.string().max(256).optional(),
    token: z.string().min(1).max(16_000),
    deadlines: deadlinesSchema,
  }),
  z.strictObject({
    type: z.literal('disposeAgent'),
    leaseId: id,
    reason: z.enum(['signOut', 'takeOver', 'beforeRetry']),
  }),
]);
export type EngineCommand = z.infer<typeof engineCommandSchema>;

/** What the engine saw happen to one attempt; main decides what follows. */
export const engineEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('created') }),
  z.strictObject({ type: z.literal('connected') }),
  z.strictObject({ type: z.literal('failed'), error: rawSdkErrorSchema.strict() }),
  z.strictObject({ type: z.literal('timedOut'), stage: z.enum(['create', 'connect']) }),
  /** A ready agent stayed disconnected past its grace period. */
  z.strictObject({ type: z.literal('connectionLost') }),
  z.strictObject({ type: z.literal('disposed') }),
]);
export type EngineEvent = z.infer<typeof engineEventSchema>;

export const engineReportSchema = z.strictObject({
  leaseId: id,
  attempt: z.number().int().positive(),
  event: engineEventSchema,
});
export type EngineReport = z.infer<typeof engineReportSchema>;

export const appInfoSchema = z.strictObject({
  host: z.enum(['electron', 'web', 'headless']),
  engine: engineKindSchema,
  /** Why this engine: shown so nobody mistakes the simulator for a real connection. English; the key below words it. */
  engineReason: z.string(),
  engineReasonKey: engineChoiceReasonSchema.optional(),
  windowId: id,
  appVersion: z.string(),
  qa: z.boolean(),
  /** Pre-fills the sign-in form (from ACS_TOKEN_ENDPOINT); never a secret. */
  defaultTokenEndpoint: z.string().max(2_000).optional(),
  /** For Help › Troubleshooting: the Calling SDK's version, when the host could read it. */
  sdkVersion: z.string().max(100).optional(),
  /** For Help › Troubleshooting: the folder the host writes its log file to, if it writes one. */
  logsFolder: z.string().max(2_000).optional(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const tokenReplySchema = z.strictObject({
  token: z.string().min(1),
  /** Epoch milliseconds. */
  expiresOn: z.number(),
});

/** Settings' "Test connection": the URL and key as typed, not yet saved. */
export const tokenServiceCheckRequestSchema = z.strictObject({ url: tokenEndpointUrlSchema, apiKey: tokenServiceApiKeySchema.optional() });

/**
 * What one token request to the service came to, for the window to say in words. `user` is the
 * identity the service issued the token for, masked; `detail` is main's English for
 * administrators (it never quotes a token or a key).
 */
export const tokenServiceCheckSchema = z.discriminatedUnion('result', [
  z.strictObject({ result: z.literal('ok'), user: z.string().max(20).optional() }),
  z.strictObject({ result: z.enum(['wrongKey', 'redirected', 'unreachable', 'timedOut', 'serviceError', 'badAnswer']), detail: z.string().max(2_000) }),
]);
export type TokenServiceCheck = z.infer<typeof tokenServiceCheckSchema>;

/** Something main tells the user unasked (e.g. "your settings file was reset"); pending until dismissed. */
export const appNoticeLevelSchema = z.enum(['info', 'warning']);
export type AppNoticeLevel = z.infer<typeof appNoticeLevelSchema>;
/** `text` is what the renderer words in the user's language; `message` is main's English, shown without it. */
export const appNoticeSchema = z.strictObject({ id, level: appNoticeLevelSchema, message: z.string().max(2_000), text: noticeTextSchema.optional() });
export type AppNotice = z.infer<typeof appNoticeSchema>;

const callHistorySchema = z.array(callHistoryEntrySchema).max(1_000);
/** How many missed calls the signed-in user has not seen yet (History not opened since). */
export const missedCallsSchema = z.strictObject({ unseen: z.number().int().nonnegative() });
export type MissedCalls = z.infer<typeof missedCallsSchema>;

/**
 * What a window's calls mean to main: whether a call is up (closing then asks first) and which
 * calls ring in (main raises an OS notification while the window is hidden or unfocused).
 */
export const callActivitySchema = z.strictObject({
  inCall: z.boolean(),
  ringing: z.array(z.strictObject({ id, /** Display text for the notification. */ caller: z.string().max(200) })).max(20),
});
export type CallActivity = z.infer<typeof callActivitySchema>;

/** Main asks a window to act for the user (e.g. hang up before the app quits). */
export const appCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hangUpAll') }),
  /** The app menu's "QA panel" item; the window ignores it unless QA is enabled. */
  z.strictObject({ type: z.literal('toggleQaPanel') }),
  /** The app menu's Settings… (Cmd+, on macOS): shown before sign-in too, where setup happens. */
  z.strictObject({ type: z.literal('openSettings') }),
  /** The app menu's Help › Troubleshooting. */
  z.strictObject({ type: z.literal('openTroubleshooting') }),
  /** A tel:/callto: link, already parsed in main: fill the dialer and show it; the user presses Call. */
  z.strictObject({ type: z.literal('dial'), input: z.string().min(1).max(512) }),
  /** An incoming-call notification's Answer / Decline (macOS): the call by the window's own id for it. */
  z.strictObject({ type: z.literal('answerCall'), callId: z.string().min(1).max(256) }),
  z.strictObject({ type: z.literal('declineCall'), callId: z.string().min(1).max(256) }),
]);
export type AppCommand = z.infer<typeof appCommandSchema>;

/** Renderer → main requests, each answered with an IpcResult of its reply. */
export const invokeContract = {
  'app.getInfo': { request: empty, reply: appInfoSchema },
  'session.get': { request: empty, reply: sessionViewSchema },
  'session.signIn': { request: signInIntentSchema, reply: empty },
  'session.signOut': { request: empty, reply: empty },
  'session.retryNow': { request: empty, reply: empty },
  'session.cancelRetry': { request: empty, reply: empty },
  'session.takeOver': { request: empty, reply: empty },
  'engine.report': { request: engineReportSchema, reply: empty },
  'engine.getToken': { request: z.strictObject({ leaseId: id, forceRefresh: z.boolean() }), reply: tokenReplySchema },
  'network.setOnline': { request: z.strictObject({ online: z.boolean() }), reply: empty },
  'settings.get': { request: empty, reply: settingsSchema },
  /** Any subset of the fields; null (or '') clears an optional one. Replies with the saved settings. */
  'settings.update': { request: settingsUpdateSchema, reply: settingsSchema },
  /** One token request with the URL and key as typed in Settings ("Test connection"); nothing is saved. */
  'settings.testTokenService': { request: tokenServiceCheckRequestSchema, reply: tokenServiceCheckSchema },
  /** The signed-in identity's calls, newest first (none before sign-in). */
  'history.list': { request: empty, reply: callHistorySchema },
  /** The engine reports a finished call; main assigns the id and replies with the stored entry. */
  'history.add': { request: newCallHistoryEntrySchema, reply: callHistoryEntrySchema },
  'history.clear': { request: empty, reply: empty },
  'history.getMissed': { request: empty, reply: missedCallsSchema },
  /** History was opened: the missed calls so far are seen (kept by main, so the badge stays cleared after a restart). */
  'history.markMissedSeen': { request: empty, reply: missedCallsSchema },
  /** The signed-in identity's address book, favourites first (none before sign-in). */
  'contacts.list': { request: empty, reply: contactListSchema },
  /** Main assigns the id and replies with the stored contact. */
  'contacts.add': { request: newContactSchema, reply: contactSchema },
  /** The whole contact, as edited (a favourite star is an update too). */
  'contacts.update': { request: contactSchema, reply: contactSchema },
  'contacts.remove': { request: z.strictObject({ id: contactIdSchema }), reply: empty },
  /**
   * The notices still pending (read at start, like session.get: a window attaches before its
   * page can listen, so pending notices are pulled, and only new ones pushed as app.notice).
   */
  'app.getNotices': { request: empty, reply: z.array(appNoticeSchema).max(100) },
  /** In-app updates: where they stand, and "restart to update" (held back while a call is up). */
  'app.getUpdate': { request: empty, reply: updateStateSchema },
  'app.installUpdate': { request: empty, reply: empty },
  /** The user has read a notice: no window is given it again. */
  'app.dismissNotice': { request: z.strictObject({ id }), reply: empty },
  /**
   * A diagnostics bundle for a support ticket: versions, OS, settings and recent logs without
   * secrets, and every window's attempt timeline. The renderer adds device names and its user agent.
   */
  'diagnostics.export': { request: diagnosticsRequestSchema, reply: diagnosticsBundleSchema },
  /** Sent by the renderer whenever its derived call activity changes (not on every snapshot). */
  'calls.activity': { request: callActivitySchema, reply: empty },
  /** A User Facing Diagnostic raised or cleared on a call: main logs it and keeps it in the window's timeline. */
  'calls.diagnostic': { request: callDiagnosticChangeSchema, reply: empty },
  /** The screen-share picker's answer to a `screenShare.pick` question (Electron; other hosts refuse it). */
  'screenShare.choose': { request: screenShareChoiceSchema, reply: empty },
} as const;

/** Main → renderer pushes. */
export const eventContract = {
  'session.state': sessionViewSchema,
  'engine.command': engineCommandSchema,
  /** To every window after a successful settings.update. */
  'settings.changed': settingsSchema,
  /** The whole list, newest first, to every window after it changed. */
  'history.changed': callHistorySchema,
  /** To the windows of the identity whose count changed (a missed call, History opened, another sign-in). */
  'history.missed': missedCallsSchema,
  /** The whole address book, to the windows of the identity whose contacts changed (or who signed in). */
  'contacts.changed': contactListSchema,
  /** A new notice, to every window; app.getNotices gives the ones posted before a window listened. */
  'app.notice': appNoticeSchema,
  'app.command': appCommandSchema,
  /** To every window whenever the update state changes. */
  'app.update': updateStateSchema,
  /** Electron: the page asked to share its screen; show the picker, close it, or say why it cannot start. */
  'screenShare.pick': screenSharePromptSchema,
} as const;

export type InvokeChannel = keyof typeof invokeContract;
export type EventChannel = keyof typeof eventContract;
export type RequestOf<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['request']>;
export type ParsedRequestOf<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['request']>;
export type ReplyOf<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['reply']>;
export type EventOf<E extends EventChannel> = z.output<(typeof eventContract)[E]>;

export const invokeChannels = Object.keys(invokeContract) as InvokeChannel[];
export const eventChannels = Object.keys(eventContract) as EventChannel[];

export const ipcErrorCodeSchema = z.enum(['invalid-request', 'unknown-channel', 'forbidden-sender', 'failed']);
export type IpcErrorCode = z.infer<typeof ipcErrorCodeSchema>;
/** `reason` names a refusal the window words itself (today: a sign-in that cannot start). */
export type IpcError = { code: IpcErrorCode; message: string; reason?: SignInRefusal };

/** Replies are results: custom error fields do not survive Electron's IPC, plain data does. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ipcResultSchema = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: z.strictObject({ code: ipcErrorCodeSchema, message: z.string(), reason: signInRefusalSchema.optional() }) }),
]);

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && Object.hasOwn(invokeContract, value);
}

export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && Object.hasOwn(eventContract, value);
}

/** Turns a zod failure into one line a person can act on. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'message'}: ${issue.message}`)
    .join('; ');
}

/** Validates a request for `channel`; used by main before acting and by the preload before sending. */
export function parseRequest<C extends InvokeChannel>(channel: C, payload: unknown): IpcResult<ParsedRequestOf<C>> {
  const parsed = invokeContract[channel].request.safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data as ParsedRequestOf<C> };
  return { ok: false, error: { code: 'invalid-request', message: `${channel}: ${describeIssues(parsed.error)}` } };
}

export function parseEvent<E extends EventChannel>(channel: E, payload: unknown): IpcResult<EventOf<E>> {
  const parsed = eventContract[channel].safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data as EventOf<E> };
  return { ok: false, error: { code: 'invalid-request', message: `${channel}: ${describeIssues(parsed.error)}` } };
}
