import { z } from 'zod';
import { callWarningSchema } from './call-diagnostics';
import { callTransferSchema } from './call-transfer';
import { peerSchema } from './peer';
import { callQualityViewSchema } from './call-quality';
import type { ConferenceView } from './conference-view';

// Peers have their own module (transfers name them too); callers keep importing them from here.
export { peerKindSchema, peerSchema, type Peer, type PeerKind } from './peer';

/** The SDK's CallState values a softphone shows, in the order a call passes through them. */
export const callStateSchema = z.enum([
  'None',
  'Connecting',
  'Ringing',
  'EarlyMedia',
  'Connected',
  'LocalHold',
  'RemoteHold',
  'InLobby',
  'Disconnecting',
  'Disconnected',
]);
export type CallState = z.infer<typeof callStateSchema>;

export const callEndReasonSchema = z.strictObject({ code: z.number().int(), subCode: z.number().int().optional() });
export type CallEndReason = z.infer<typeof callEndReasonSchema>;

/** One call as screens show it; the engine derives it from the live SDK Call object. */
export const callViewSchema = z.strictObject({
  /** The app's own id for the call (its diagnostics carry it). */
  id: z.string(),
  /** The SDK's call id (Call.id), the one a support ticket asks for. */
  sdkCallId: z.string().optional(),
  direction: z.enum(['incoming', 'outgoing']),
  peer: peerSchema,
  state: callStateSchema,
  /** Epoch ms when the call object was created (dialled or answered). */
  startedAt: z.number(),
  /** Epoch ms of the first Connected state: the call timer counts from here. */
  connectedAt: z.number().optional(),
  muted: z.boolean(),
  endReason: callEndReasonSchema.optional(),
  /** Epoch ms the call ended, once it has: with connectedAt, how long it lasted. */
  endedAt: z.number().optional(),
  /** The person at this softphone hung up ("You hung up"), rather than the other side or the network. */
  hungUpHere: z.boolean().optional(),
  /** The SDK's User Facing Diagnostics raised on this call and not yet cleared, oldest first. */
  warnings: z.array(callWarningSchema).optional(),
  /** A test call to the echo bot (Settings › Audio, the idle screen): it checks the devices and is kept out of history. */
  testCall: z.literal(true).optional(),
  /** Someone on the call is recording it / transcribing it now: the screens must say so (compliance). */
  recording: z.literal(true).optional(),
  transcribing: z.literal(true).optional(),
  /** This call's part in a transfer, while it lasts and on the ended card (see call-transfer.ts). */
  transfer: callTransferSchema.optional(),
  /** The audio quality now, from the SDK's media statistics (absent until the first sample). */
  quality: callQualityViewSchema.optional(),
  /** An ended call that may be rated (the end-of-call survey), or was. */
  survey: z.enum(['offered', 'sent']).optional(),
  /** Once people were added to or joined the call (or an add or merge was tried): who is on it and what happened. */
  // Its schema is conference-view.ts's conferenceViewSchema, which builds on this file's peer schema (so no import back).
  conference: z.custom<ConferenceView>().optional(),
});
export type CallView = z.infer<typeof callViewSchema>;

export const incomingCallViewSchema = z.strictObject({
  id: z.string(),
  caller: peerSchema,
  receivedAt: z.number(),
});
export type IncomingCallView = z.infer<typeof incomingCallViewSchema>;
