import { identifierFromRawId, parseCallee, peerFromCallee, peerFromIdentifier, type CalleeRefusal } from '../../../../shared/calls/callee';
import type { CallEndReason, Peer } from '../../../../shared/calls/call-view';
import { transferFailureOf, type CallTransfer, type TransferTarget } from '../../../../shared/calls/call-transfer';
import { describeEndReason } from '../../../../shared/calls/end-reasons';
import { toRawSdkError } from '../../../../shared/errors/classify';
import { historyPeerOf, type HistoryPeer } from '../../../../shared/history/call-history-schema';
import type { AgentKind } from '../../../../shared/session/attempt';
import { missingCase } from '../../../../shared/util/missing-case';
import type { CallLike, TransferFeatureLike, TransferLike } from '../calling-backend';
import type { EngineLogger } from '../clock';
import type { DialResult } from './call-controller-api';
import type { DialSettings } from './dial';

/** The backend's callTransfer. */
export type CallTransferFeature = (call: CallLike) => Promise<TransferFeatureLike>;

/** What the user asks for: the target as typed (as in the dialer), or another call (consultative). */
export type TransferRequest = { to: 'participant' | 'voicemail'; input: string } | { to: 'call'; targetCallId: string };

/** Why a transfer was not started; each `transfer` reason is a message `transfer.refused.<reason>`. */
export const transferRefusalReasons = ['unavailable', 'notConnected', 'inProgress', 'voicemailNeedsTeams', 'voicemailNeedsTeamsUser', 'targetCallEnded'] as const;
export type TransferRefusalReason = (typeof transferRefusalReasons)[number];
export type TransferRefusal = { kind: 'callee'; callee: CalleeRefusal } | { kind: 'transfer'; reason: TransferRefusalReason };
/** Started: the call's view follows the transfer (transferring, then transferred or failed with its reason). */
export type TransferResult = { ok: true } | { ok: false; refusal: TransferRefusal };

/** The view slice of a call. */
export interface TransferSlice {
  transfer?: CallTransfer;
}

/** What a call's history entry keeps. */
export interface TransferRecord {
  transferredTo?: HistoryPeer;
  transferredToVoicemail?: true;
  transferredBy?: HistoryPeer;
}

/** A call as the registry tracks it, as far as transfers need it. */
export interface TransferableCall {
  readonly id: string;
  readonly call: CallLike;
  readonly peer: Peer;
}

export interface CallTransfersOptions {
  /** Absent: calls cannot be transferred and transfers to us are not shown. */
  feature: CallTransferFeature | undefined;
  /** The registry's live calls, by the app's id. */
  findLive: (callId: string) => TransferableCall | undefined;
  /** Places the consultation call as the dialer would (the call in progress goes on hold). */
  dial: (input: string) => Promise<DialResult>;
  getSettings: () => DialSettings | Promise<DialSettings>;
  agentKind: () => AgentKind | undefined;
  logger: EngineLogger;
  /** A call's transfer changed: publish a new snapshot. */
  onChange: () => void;
}

/** A transfer can start from a call that is up, held or not (a consultation holds it). */
const transferable: ReadonlySet<string> = new Set(['Connected', 'LocalHold', 'RemoteHold']);

/** The SDK's end reason of a call it transferred away (0/7015). */
const isTransferredEnd = (reason: CallEndReason | undefined) => describeEndReason(reason, 'outgoing').reason === 'transferred';

/**
 * Call transfer: blind (to a person), to a Teams user's voicemail, and consultative (call the
 * target, talk, then transfer the first call to that call); and a transfer the other side makes,
 * which the SDK accepts by itself (transferAccepted: a call to the target replaces ours). Each
 * call's part shows in its view, and a transferred call's history entry says to whom.
 */
export class CallTransfers {
  /** Each call's part, by app id: its own transfer, or its replacement by the other side's. */
  private readonly parts = new Map<string, Extract<CallTransfer, { kind: 'byYou' | 'away' }>>();
  /** Consultation call id → the call waiting to be transferred to it. */
  private readonly consultations = new Map<string, TransferableCall>();
  /** Calls the SDK started because someone transferred us, with who did (they may be tracked only later). */
  private readonly arrivals = new WeakMap<CallLike, Peer>();
  /** Unsubscribes from each call's transferAccepted. */
  private readonly watching = new Map<string, () => void>();
  /** Our transfer in progress on each call, and how to stop following it. */
  private readonly following = new Map<string, { transfer: TransferLike; stop: () => void }>();
  private lastEnded: { id: string; part: CallTransfer } | undefined;

  constructor(private readonly options: CallTransfersOptions) {}

  /** Follows a new call for transfers the other side makes. */
  watch(tracked: TransferableCall): void {
    const { feature } = this.options;
    if (!feature) return;
    let stopped = false;
    let stop = () => {
      stopped = true;
    };
    this.watching.set(tracked.id, () => stop());
    feature(tracked.call).then(
      (transfers) => {
        if (stopped) return;
        const onAccepted = ({ targetCall }: { targetCall: CallLike }) => {
          const remote = targetCall.remoteParticipants[0];
          this.arrivals.set(targetCall, tracked.peer);
          this.parts.set(tracked.id, { kind: 'away', to: peerFromIdentifier(remote?.identifier, remote?.displayName) });
          this.options.onChange();
        };
        transfers.on('transferAccepted', onAccepted);
        stop = () => transfers.off('transferAccepted', onAccepted);
      },
      (error: unknown) => this.options.logger.warn('the transfer feature is unavailable', { error: toRawSdkError(error).message }),
    );
  }

  async transfer(callId: string, request: TransferRequest): Promise<TransferResult> {
    const tracked = this.options.findLive(callId);
    const { feature } = this.options;
    if (!feature) return refused('unavailable');
    if (!tracked || !transferable.has(tracked.call.state)) return refused('notConnected');
    const part = this.parts.get(callId);
    if (part?.kind === 'away' || part?.state === 'transferring') return refused('inProgress');
    switch (request.to) {
      case 'call': {
        const target = this.options.findLive(request.targetCallId);
        if (!target || !transferable.has(target.call.state)) return refused('targetCallEnded');
        return this.start(tracked, { peer: target.peer }, (transfers) => transfers.transfer({ targetCallId: target.call.id }));
      }
      case 'participant':
      case 'voicemail': {
        const callee = parseCallee(request.input, { defaultCountry: (await this.options.getSettings()).defaultCountry });
        if (!callee.ok) return { ok: false, refusal: { kind: 'callee', callee: callee.refusal } };
        const peer = peerFromCallee(callee);
        if (request.to === 'participant') return this.start(tracked, { peer }, (transfers) => transfers.transfer({ targetParticipant: identifierFromRawId(peer.rawId) }));
        // Voicemail is a Teams feature: a Teams user sends the call to another Teams user's voicemail.
        if (this.options.agentKind() !== 'teams') return refused('voicemailNeedsTeams');
        const identifier = identifierFromRawId(peer.rawId);
        if (identifier.kind !== 'microsoftTeamsUser') return refused('voicemailNeedsTeamsUser');
        return this.start(tracked, { peer, voicemail: true }, (transfers) => transfers.transfer({ targetParticipantVoicemail: identifier }));
      }
      default:
        return missingCase(request);
    }
  }

  /** Calls the target to talk first (the call in progress goes on hold); its view names the call waiting. */
  async consult(callId: string, input: string): Promise<DialResult> {
    const waiting = this.options.findLive(callId);
    if (!waiting || !transferable.has(waiting.call.state)) return { ok: false, refusal: { kind: 'refused', reason: 'notConnected' } };
    const placed = await this.options.dial(input);
    if (placed.ok) {
      this.consultations.set(placed.callId, waiting);
      this.options.onChange();
    }
    return placed;
  }

  /** The call's view slice. */
  of(tracked: TransferableCall): TransferSlice {
    if (this.lastEnded?.id === tracked.id) return { transfer: this.lastEnded.part };
    const part = this.parts.get(tracked.id);
    if (part) return { transfer: part };
    const waiting = this.consultations.get(tracked.id);
    if (waiting && this.options.findLive(waiting.id)) return { transfer: { kind: 'consultation', of: waiting.id, waiting: waiting.peer } };
    const by = this.arrivals.get(tracked.call);
    return by ? { transfer: { kind: 'arrived', by } } : {};
  }

  /** The call ended: stops following it; returns what its history entry keeps (its ended view keeps its part). */
  end(tracked: TransferableCall, endReason: CallEndReason | undefined): TransferRecord {
    this.watching.get(tracked.id)?.();
    this.watching.delete(tracked.id);
    this.consultations.delete(tracked.id);
    const part = this.settle(tracked.id, endReason);
    this.parts.delete(tracked.id);
    const by = this.arrivals.get(tracked.call);
    this.lastEnded = part ? { id: tracked.id, part } : undefined;
    return {
      ...(part ? { transferredTo: historyPeerOf(part.kind === 'byYou' ? part.to.peer : part.to) } : {}),
      ...(part?.kind === 'byYou' && part.to.voicemail ? { transferredToVoicemail: true } : {}),
      ...(by ? { transferredBy: historyPeerOf(by) } : {}),
    };
  }

  /** How a call's transfer stands once it ended: only a transfer that happened is kept. */
  private settle(callId: string, endReason: CallEndReason | undefined): Extract<CallTransfer, { kind: 'byYou' | 'away' }> | undefined {
    this.stopFollowing(callId);
    const part = this.parts.get(callId);
    if (!part || part.kind === 'away') return part;
    // The SDK may end the call before its Transfer says Transferred.
    if (part.state === 'transferred' || (part.state === 'transferring' && isTransferredEnd(endReason))) return { ...part, state: 'transferred' };
    return undefined;
  }

  private async start(tracked: TransferableCall, to: TransferTarget, begin: (transfers: TransferFeatureLike) => TransferLike): Promise<TransferResult> {
    const { feature } = this.options;
    if (!feature) return refused('unavailable');
    this.parts.set(tracked.id, { kind: 'byYou', state: 'transferring', to });
    this.options.onChange();
    let transfer: TransferLike;
    try {
      transfer = begin(await feature(tracked.call));
    } catch (error) {
      // The SDK refuses at once what it cannot transfer (46051 a group call, 46052 a target it does not know).
      const raw = toRawSdkError(error);
      this.options.logger.warn('the transfer did not start', { error: raw.message });
      this.fail(tracked.id, to, raw.code, raw.subCode);
      return { ok: true };
    }
    if (!this.options.findLive(tracked.id)) return { ok: true };
    const onState = () => this.follow(tracked.id, to, transfer);
    transfer.on('stateChanged', onState);
    this.following.set(tracked.id, { transfer, stop: () => transfer.off('stateChanged', onState) });
    onState();
    return { ok: true };
  }

  private follow(callId: string, to: TransferTarget, transfer: TransferLike): void {
    if (this.following.get(callId)?.transfer !== transfer) return;
    switch (transfer.state) {
      case 'None':
      case 'Transferring':
        return;
      case 'Transferred':
        this.stopFollowing(callId);
        this.parts.set(callId, { kind: 'byYou', state: 'transferred', to });
        return this.options.onChange();
      case 'Failed':
        this.stopFollowing(callId);
        return this.fail(callId, to, transfer.error?.code, transfer.error?.subCode);
      default:
        return missingCase(transfer.state);
    }
  }

  private fail(callId: string, to: TransferTarget, code: number | undefined, subCode: number | undefined): void {
    if (!this.options.findLive(callId)) return;
    this.parts.set(callId, { kind: 'byYou', state: 'failed', to, failure: transferFailureOf(code, subCode) });
    this.options.onChange();
  }

  private stopFollowing(callId: string): void {
    this.following.get(callId)?.stop();
    this.following.delete(callId);
  }
}

const refused = (reason: TransferRefusalReason): TransferResult => ({ ok: false, refusal: { kind: 'transfer', reason } });
