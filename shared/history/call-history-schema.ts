import { z } from 'zod';
import { callQualitySummarySchema } from '../calls/call-quality';
import { truncateText } from '../util/truncate-text';

/*
 * One finished call as the history keeps it. This is a file format, so it has its own schema
 * rather than reusing the live call view's: the view may grow fields, old history files must
 * still load. The peer and end reason have the same shape as the view's, so the engine copies
 * them across as they are.
 */

/** The longest display name kept; the remote side chooses the name, so it can be any length. */
export const maxHistoryDisplayLength = 512;

export const historyPeerSchema = z.strictObject({
  /** The identifier's raw id: "8:acs:…", "4:+14255550123", "8:orgid:…". */
  rawId: z.string().min(1).max(512),
  kind: z.enum(['acsUser', 'phoneNumber', 'teamsUser', 'unknown']),
  display: z.string().max(maxHistoryDisplayLength),
});
export type HistoryPeer = z.infer<typeof historyPeerSchema>;

/**
 * The peer as history keeps it: a display name longer than the file allows is cut, not refused,
 * so a caller with a very long name still leaves an entry.
 */
export function historyPeerOf(peer: HistoryPeer): HistoryPeer {
  return { ...peer, display: truncateText(peer.display, maxHistoryDisplayLength) };
}

export const callOutcomeSchema = z.enum(['completed', 'missed', 'declined', 'failed', 'cancelled']);
export type CallOutcome = z.infer<typeof callOutcomeSchema>;

const epochMs = z.number().int().nonnegative();

/** The longest call id kept; the SDK's are GUIDs, so anything longer is no id of a call. */
export const maxCallIdLength = 200;
const callId = z.string().min(1).max(maxCallIdLength);
export const callIdsSchema = z.strictObject({ app: callId, sdk: callId.optional(), correlation: callId.optional() });
export type CallIds = z.infer<typeof callIdsSchema>;

/** A call's ids as history keeps them: an SDK id the file could not hold (empty, too long) is left out, not refused. */
export function callIdsOf(app: string, sdk: string | undefined): CallIds {
  return sdk && sdk.length <= maxCallIdLength ? { app, sdk } : { app };
}

const entryFields = {
  direction: z.enum(['incoming', 'outgoing']),
  peer: historyPeerSchema,
  /** Epoch ms the call was dialled or rang. */
  startedAt: epochMs,
  /** Epoch ms of the first Connected state; absent for a call that never connected. */
  connectedAt: epochMs.optional(),
  endedAt: epochMs,
  /** Connected time; 0 for a call that never connected. */
  durationMs: z.number().int().nonnegative(),
  /** The SDK's callEndReason. */
  endReason: z.strictObject({ code: z.number().int(), subCode: z.number().int() }),
  outcome: callOutcomeSchema,
  /**
   * How support finds this call: the app's own call id (the one its call diagnostics carry) and,
   * where the engine has them, the SDK's call id and correlation id. Absent in older files.
   */
  callIds: callIdsSchema.optional(),
  /** The call was recorded / transcribed for some or all of its length (absent: never). */
  recorded: z.literal(true).optional(),
  transcribed: z.literal(true).optional(),
  /** The call was transferred to this person (by this softphone or the other side); absent: it was not. */
  transferredTo: historyPeerSchema.optional(),
  /** To their voicemail (a Teams user's). */
  transferredToVoicemail: z.literal(true).optional(),
  /** The call took the place of one this person transferred to us. */
  transferredBy: historyPeerSchema.optional(),
  /** The call's audio quality from the SDK's media statistics (absent: none were reported, or an older file). */
  quality: callQualitySummarySchema.optional(),
};

type EntryTimes = { startedAt: number; connectedAt?: number | undefined; endedAt: number; durationMs: number };

/** Times that contradict each other would show a negative or impossible duration. */
function checkTimes(entry: EntryTimes, ctx: z.RefinementCtx): void {
  if (entry.endedAt < entry.startedAt) ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'A call cannot end before it started.' });
  if (entry.connectedAt !== undefined && (entry.connectedAt < entry.startedAt || entry.connectedAt > entry.endedAt)) {
    ctx.addIssue({ code: 'custom', path: ['connectedAt'], message: 'connectedAt must lie between startedAt and endedAt.' });
  }
  if (entry.connectedAt === undefined && entry.durationMs !== 0) {
    ctx.addIssue({ code: 'custom', path: ['durationMs'], message: 'A call that never connected has durationMs 0.' });
  }
  if (entry.durationMs > entry.endedAt - entry.startedAt) {
    ctx.addIssue({ code: 'custom', path: ['durationMs'], message: 'durationMs cannot exceed the time from startedAt to endedAt.' });
  }
}

export const callHistoryEntrySchema = z.strictObject({ id: z.string().min(1).max(100), ...entryFields }).superRefine(checkTimes);
export type CallHistoryEntry = z.infer<typeof callHistoryEntrySchema>;

/** `history.add`: the renderer engine reports a finished call; main assigns the id. */
export const newCallHistoryEntrySchema = z.strictObject(entryFields).superRefine(checkTimes);
export type NewCallHistoryEntry = z.infer<typeof newCallHistoryEntrySchema>;

/** The most entries kept; adding one more drops the oldest. */
export const callHistoryCap = 500;

/** Newest first, by when the call started. */
export function newestFirst(a: CallHistoryEntry, b: CallHistoryEntry): number {
  return b.startedAt - a.startedAt;
}
