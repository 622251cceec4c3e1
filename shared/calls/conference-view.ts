import { z } from 'zod';
import { callEndReasonSchema, peerSchema } from './call-view';

/*
 * A call with more people than the one it was placed to: who is on it, and what the last add,
 * removal or merge did. Reasons are data (the SDK's end reason, or its own message as
 * `detail`); the renderer's message files put them into words.
 */

/** The SDK's RemoteParticipantState, in the order a person passes through them. */
export const participantStateSchema = z.enum(['Idle', 'Connecting', 'Ringing', 'EarlyMedia', 'InLobby', 'Connected', 'Hold', 'Disconnected']);
export type ParticipantState = z.infer<typeof participantStateSchema>;

export const participantViewSchema = z.strictObject({
  peer: peerSchema,
  state: participantStateSchema,
  /** They muted themselves (or were muted): nobody hears them. */
  muted: z.boolean(),
});
export type ParticipantView = z.infer<typeof participantViewSchema>;

/** Why a merge could not even try to add someone: no caller id for a phone number, signed out, or an identity the agent cannot call. */
export const mergeRefusalSchema = z.enum(['callerIdMissing', 'notConnected', 'notCallable']);
export type MergeRefusal = z.infer<typeof mergeRefusalSchema>;

/** Why an add or a merge did not bring someone in: the SDK's end reason, its message when it refused at once, or the app's refusal. */
export const whyNotSchema = z.strictObject({ endReason: callEndReasonSchema.optional(), detail: z.string().optional(), refusal: mergeRefusalSchema.optional() });
export type WhyNot = z.infer<typeof whyNotSchema>;

export const conferenceNoticeSchema = z.discriminatedUnion('kind', [
  /** Someone added here could not join (declined, busy, unreachable…). */
  z.strictObject({ kind: z.literal('addFailed'), peer: peerSchema, why: whyNotSchema }),
  /** Someone on the call hung up; the call goes on with the others. */
  z.strictObject({ kind: z.literal('left'), peer: peerSchema }),
  /** The held call's people are being added to this call; the held call stays until they are on it. */
  z.strictObject({ kind: z.literal('merging'), peers: z.array(peerSchema) }),
  z.strictObject({ kind: z.literal('merged'), peers: z.array(peerSchema) }),
  /** `peers` could not be added: the held call stays on hold with them, nobody is lost. */
  z.strictObject({ kind: z.literal('mergeFailed'), peers: z.array(peerSchema), why: whyNotSchema }),
]);
export type ConferenceNotice = z.infer<typeof conferenceNoticeSchema>;

export const conferenceViewSchema = z.strictObject({
  /** Everyone on the call but this user, in the order they joined. */
  participants: z.array(participantViewSchema),
  notice: conferenceNoticeSchema.optional(),
});
export type ConferenceView = z.infer<typeof conferenceViewSchema>;
