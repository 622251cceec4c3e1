import { z } from 'zod';
import { callDiagnosticChangeSchema } from '../calls/call-diagnostics';
import { classifiedErrorSchema } from '../errors/classify';
import { agentKindSchema, attemptRecordSchema, tokenSourceKindSchema } from './attempt';

/** A sign-out the person should be told about: they cancelled a retry, or another window took over. */
export const signedOutNoticeSchema = z.enum(['cancelled', 'takenOver']);
export type SignedOutNotice = z.infer<typeof signedOutNoticeSchema>;

/**
 * The sign-in state machine as each window sees it. Main owns the machine; windows only
 * render the phase they are sent. Every phase has a way out (retry, cancel or sign out).
 */
export const phaseSchema = z.discriminatedUnion('name', [
  z.object({
    name: z.literal('signedOut'),
    /** Why, when the person did not just sign out: the window words it (signedOutNotice.<key>). */
    notice: signedOutNoticeSchema.optional(),
  }),
  z.object({
    name: z.literal('gettingToken'),
    attempt: z.number().int(),
    /** The token waits for the user to sign in in the system browser (Teams, first token). */
    inBrowser: z.boolean().optional(),
  }),
  z.object({ name: z.literal('creatingAgent'), attempt: z.number().int() }),
  z.object({ name: z.literal('connecting'), attempt: z.number().int() }),
  z.object({ name: z.literal('ready') }),
  z.object({
    name: z.literal('waitingToRetry'),
    attempt: z.number().int(),
    /** Epoch milliseconds: windows draw the countdown from it, so it survives a reload. */
    retryAt: z.number(),
    refreshToken: z.boolean(),
    error: classifiedErrorSchema,
  }),
  z.object({ name: z.literal('waitingForNetwork'), error: classifiedErrorSchema }),
  /** Automatic retries are used up: the user decides (Retry now or Cancel). */
  z.object({ name: z.literal('retryPaused'), error: classifiedErrorSchema }),
  z.object({ name: z.literal('needsFix'), error: classifiedErrorSchema }),
  /** Another window holds the lease for this identity; this one may take over. */
  z.object({ name: z.literal('activeElsewhere') }),
  z.object({ name: z.literal('disposing') }),
]);
export type Phase = z.infer<typeof phaseSchema>;
export type PhaseName = Phase['name'];

export const engineKindSchema = z.enum(['sdk', 'simulator']);
export type EngineKind = z.infer<typeof engineKindSchema>;

/** Why the host chose its engine, for the sign-in screen to say in the person's language. */
export const engineChoiceReasonSchema = z.enum(['commandLine', 'acsSettings', 'savedSettings', 'noAcsSettings']);
export type EngineChoiceReason = z.infer<typeof engineChoiceReasonSchema>;

/** Each in English ({engine} is the engine's name): main's log, and the window's English words. */
export const englishEngineReasons: Readonly<Record<EngineChoiceReason, string>> = {
  commandLine: '--engine {engine} was given on the command line.',
  acsSettings: 'ACS settings found (ACS_TOKEN_ENDPOINT is set): using the real ACS Calling SDK.',
  savedSettings: 'A token service or Teams sign-in is set up in Settings: using the real ACS Calling SDK.',
  noAcsSettings: 'No ACS settings (ACS_TOKEN_ENDPOINT is not set): using the simulator. Set it or pass --engine sdk for real calls.',
};

export const sessionIdentitySchema = z.object({
  /** A shortened user id: enough to recognise, never the token. */
  label: z.string(),
  agentKind: agentKindSchema,
  tokenSource: tokenSourceKindSchema,
});

/**
 * What the window shows of the signed-in user: the short label, and the full raw id
 * (8:acs:… or 8:orgid:…) that others call them by. The full id is not a secret, but the
 * diagnostics bundle, which leaves the machine, keeps only the label (its schema has no userId).
 */
export const signedInIdentitySchema = sessionIdentitySchema.extend({ userId: z.string() });
export type SignedInIdentity = z.infer<typeof signedInIdentitySchema>;

export const sessionViewSchema = z.object({
  phase: phaseSchema,
  online: z.boolean(),
  identity: signedInIdentitySchema.optional(),
  attempts: z.array(attemptRecordSchema),
  /** The window's latest call diagnostics raised or cleared (bounded), oldest first: the QA timeline shows them. */
  callDiagnostics: z.array(callDiagnosticChangeSchema).optional(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;
