import type { CallEndReason, Peer } from '../../../../shared/calls/call-view';
import { describeEndReason, type CallFailure, type EndKind } from '../../../../shared/calls/end-reasons';
import { toRawSdkError } from '../../../../shared/errors/classify';
import { historyPeerOf, type CallIds, type CallOutcome, type NewCallHistoryEntry } from '../../../../shared/history/call-history-schema';
import type { IpcResult, ReplyOf, RequestOf } from '../../../../shared/ipc/contract';
import type { CallEndReasonLike } from '../calling-backend';
import type { EngineLogger } from '../clock';

/** Where finished calls go: main's `history.add` channel. */
export interface CallHistoryIpc {
  invoke(channel: 'history.add', request: RequestOf<'history.add'>): Promise<IpcResult<ReplyOf<'history.add'>>>;
}

/** End kinds that mean "this call did not happen" when it never connected and nobody here hung up. */
const setupFailureKinds: ReadonlySet<EndKind> = new Set(['failed', 'busy', 'noAnswer', 'unavailable']);

export function toEndReason(reason: CallEndReasonLike | undefined): CallEndReason | undefined {
  if (!reason) return undefined;
  return reason.subCode === undefined ? { code: reason.code } : { code: reason.code, subCode: reason.subCode };
}

/** A call that was up (dialled or answered here) and has ended. */
export interface FinishedCall {
  direction: 'incoming' | 'outgoing';
  peer: Peer;
  /** When it was dialled or began to ring here. */
  rangAt: number;
  connectedAt?: number | undefined;
  endedAt: number;
  endReason: CallEndReason | undefined;
  /** The user hung up here: a call that never connected was cancelled, not failed. */
  hungUpHere: boolean;
  /** How support finds it: the app's id and the SDK's call id. */
  callIds: CallIds;
}

/**
 * How a finished call is remembered and explained: its history outcome, and the failure the
 * screens show when it is one (a dropped call, or a call that never got through).
 */
export function judgeFinishedCall(call: FinishedCall): { outcome: CallOutcome; failure: CallFailure | undefined } {
  const described = describeEndReason(call.endReason, call.direction);
  const connected = call.connectedAt !== undefined;

  let outcome: CallOutcome;
  if (connected) outcome = described.kind === 'failed' ? 'failed' : 'completed';
  else if (call.hungUpHere || described.kind === 'cancelled') outcome = 'cancelled';
  else if (described.kind === 'declined') outcome = 'declined';
  else outcome = 'failed';

  const failed = connected ? described.kind === 'failed' : !call.hungUpHere && setupFailureKinds.has(described.kind);
  if (!failed) return { outcome, failure: undefined };
  const action = described.action ?? (described.retryable ? 'callAgain' : undefined);
  const end = action === undefined ? described : { ...described, action };
  return { outcome, failure: { kind: 'ended', end: Object.freeze(end), retryable: described.retryable } };
}

/** The history entry of a finished call. */
export function finishedCallEntry(call: FinishedCall, outcome: CallOutcome): NewCallHistoryEntry {
  return {
    direction: call.direction,
    peer: call.peer,
    startedAt: call.rangAt,
    ...(call.connectedAt === undefined ? {} : { connectedAt: call.connectedAt }),
    endedAt: call.endedAt,
    durationMs: call.connectedAt === undefined ? 0 : call.endedAt - call.connectedAt,
    endReason: { code: call.endReason?.code ?? 0, subCode: call.endReason?.subCode ?? 0 },
    outcome,
    callIds: call.callIds,
  };
}

/** The history entry of an incoming call that was never answered here (missed, declined, or the answer failed). */
export function unansweredCallEntry(
  caller: Peer,
  receivedAt: number,
  endedAt: number,
  outcome: CallOutcome,
  reason: CallEndReason | undefined,
  callIds: CallIds,
): NewCallHistoryEntry {
  return {
    direction: 'incoming',
    peer: caller,
    startedAt: receivedAt,
    endedAt: Math.max(endedAt, receivedAt),
    durationMs: 0,
    endReason: { code: reason?.code ?? 0, subCode: reason?.subCode ?? 0 },
    outcome,
    callIds,
  };
}

/** Sends entries to main's history; a refusal is logged, never shown (the call itself is over). */
export class CallHistoryReporter {
  constructor(
    private readonly history: CallHistoryIpc,
    private readonly logger: EngineLogger,
  ) {}

  report(entry: NewCallHistoryEntry): void {
    this.history.invoke('history.add', { ...entry, peer: historyPeerOf(entry.peer) }).then(
      (result) => {
        if (!result.ok) this.logger.warn('history.add was refused', { error: result.error.message });
      },
      (error: unknown) => this.logger.warn('history.add failed', { error: toRawSdkError(error).message }),
    );
  }
}
