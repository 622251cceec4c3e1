import { peerFromIdentifier } from '../../../../shared/calls/callee';
import type { CallWarning } from '../../../../shared/calls/call-diagnostics';
import type { CallEndReason, CallState, CallView, Peer } from '../../../../shared/calls/call-view';
import type { CallLike } from '../calling-backend';
import type { TransferSlice } from './call-transfer';
import type { FeatureViewSlice } from './call-features';
import type { SurveySlice } from './call-survey';
import type { ConferenceSlice } from './call-participants';

/** One SDK Call as the registry keeps it, with what the SDK does not remember for us. */
export interface TrackedCall {
  readonly id: string;
  readonly call: CallLike;
  direction: 'incoming' | 'outgoing';
  peer: Peer;
  /** The view's startedAt: when the call object appeared. */
  startedAt: number;
  /** History's startedAt: when it was dialled or began to ring here. */
  rangAt: number;
  connectedAt?: number;
  state: CallState;
  muted: boolean;
  endReason?: CallEndReason;
  endedAt?: number;
  /** The user hung up here: a call that never connected was cancelled, not failed. */
  hungUpHere: boolean;
  testCall: boolean;
  stopListening: () => void;
}

/** What the registry knows of a call it dialled or answered; calls the SDK started alone know none of it. */
export interface KnownCall {
  direction?: 'incoming' | 'outgoing';
  peer?: Peer;
  rangAt?: number;
  testCall?: boolean;
}

/** Starts keeping a call: `onChange` runs whenever its state or mute changes, until stopListening(). */
export function trackCall(call: CallLike, id: string, now: number, known: KnownCall, onChange: () => void): TrackedCall {
  const remote = call.remoteParticipants[0];
  call.on('stateChanged', onChange);
  call.on('isMutedChanged', onChange);
  return {
    id,
    call,
    direction: known.direction ?? (call.direction === 'Incoming' ? 'incoming' : 'outgoing'),
    peer: known.peer ?? peerFromIdentifier(remote?.identifier, remote?.displayName),
    startedAt: now,
    rangAt: known.rangAt ?? now,
    state: call.state,
    muted: call.isMuted,
    hungUpHere: false,
    testCall: known.testCall ?? false,
    stopListening: () => {
      call.off('stateChanged', onChange);
      call.off('isMutedChanged', onChange);
    },
  };
}

/** What the registry learns of a call the SDK reported before the dial or answer that made it returned. */
export function learnKnown(tracked: TrackedCall, known: KnownCall): void {
  if (known.peer) tracked.peer = known.peer;
  if (known.rangAt !== undefined) tracked.rangAt = known.rangAt;
  if (known.direction) tracked.direction = known.direction;
  if (known.testCall) tracked.testCall = true;
}

/** The frozen view of a call, with the slices other modules contribute (its warnings, recording and transcription, quality, rating, transfer, people). */
export function callView(tracked: TrackedCall, warnings: CallWarning[] | undefined, slices: FeatureViewSlice & SurveySlice & TransferSlice & ConferenceSlice): CallView {
  const view: CallView = {
    id: tracked.id,
    direction: tracked.direction,
    peer: tracked.peer,
    state: tracked.state,
    startedAt: tracked.startedAt,
    muted: tracked.muted,
  };
  if (tracked.connectedAt !== undefined) view.connectedAt = tracked.connectedAt;
  if (tracked.endReason) view.endReason = tracked.endReason;
  if (tracked.endedAt !== undefined) view.endedAt = tracked.endedAt;
  if (tracked.hungUpHere) view.hungUpHere = true;
  if (warnings) view.warnings = warnings;
  if (tracked.testCall) view.testCall = true;
  // Read each time: the SDK may replace a call's id once the service assigns one (idChanged).
  if (tracked.call.id) view.sdkCallId = tracked.call.id;
  return Object.freeze({ ...view, ...slices });
}
