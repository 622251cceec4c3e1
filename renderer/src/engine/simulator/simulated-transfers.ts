import { createIdentifierFromRawId, type CommunicationIdentifier, type MicrosoftTeamsUserIdentifier } from '@azure/communication-common';
import type { CallEndReasonLike, PropertyChangedListener, TransferAcceptedListener, TransferFeatureLike, TransferLike, TransferStateLike } from '../calling-backend';
import type { EngineClock } from '../clock';
import { EventListeners } from './event-listeners';
import type { SimulatedCall } from './simulated-call';
import { SimulatedCallingError } from './simulated-error';

/** The SDK's end reason for a call that was transferred away (either side). */
export const transferredEnd: CallEndReasonLike = { code: 0, subCode: 7015 };

type TransferLocator = { targetParticipant: CommunicationIdentifier } | { targetCallId: string } | { targetParticipantVoicemail: MicrosoftTeamsUserIdentifier };

/** One transfer, as the SDK's Transfer object: Transferring, then Transferred or Failed with its error. */
export class SimulatedTransfer implements TransferLike {
  private current: TransferStateLike = 'Transferring';
  private failure: { code: number; subCode: number } | undefined;
  private readonly events = new EventListeners<{ stateChanged: PropertyChangedListener }>();

  get state(): TransferStateLike {
    return this.current;
  }

  get error(): { code: number; subCode: number } | undefined {
    return this.failure;
  }

  on(_event: 'stateChanged', listener: PropertyChangedListener): void {
    this.events.add('stateChanged', listener);
  }

  off(_event: 'stateChanged', listener: PropertyChangedListener): void {
    this.events.remove('stateChanged', listener);
  }

  settle(outcome: 'Transferred' | { code: number; subCode: number }): void {
    if (this.current !== 'Transferring') return;
    if (outcome === 'Transferred') this.current = 'Transferred';
    else [this.current, this.failure] = ['Failed', outcome];
    this.events.emit('stateChanged');
    this.events.clear();
  }
}

/** A call's Transfer feature, as the SDK's: what a transfer does is the service's (SimulatedTransfers) to decide. */
export class SimulatedTransferFeature implements TransferFeatureLike {
  private readonly events = new EventListeners<{ transferAccepted: TransferAcceptedListener }>();

  constructor(
    private readonly call: SimulatedCall,
    private readonly service: SimulatedTransfers,
  ) {}

  transfer(target: { targetParticipant: CommunicationIdentifier }): SimulatedTransfer;
  transfer(target: { targetCallId: string }): SimulatedTransfer;
  transfer(target: { targetParticipantVoicemail: MicrosoftTeamsUserIdentifier }): SimulatedTransfer;
  transfer(target: TransferLocator): SimulatedTransfer {
    return this.service.start(this.call, target);
  }

  on(_event: 'transferAccepted', listener: TransferAcceptedListener): void {
    this.events.add('transferAccepted', listener);
  }

  off(_event: 'transferAccepted', listener: TransferAcceptedListener): void {
    this.events.remove('transferAccepted', listener);
  }

  /** The SDK accepted a transfer the other side asked for: `targetCall` is its call to the target. */
  accepted(targetCall: SimulatedCall): void {
    this.events.emit('transferAccepted', { targetCall });
  }
}

/** What the call desk lends the transfer service. */
export interface SimulatedTransfersHost {
  clock: EngineClock;
  /** How long the service takes to carry out a transfer. */
  delayMs: () => number;
  /** A live call by its SDK id. */
  liveCall: (id: string) => SimulatedCall | undefined;
  /** Whether the call's agent is a Teams user's. */
  isTeams: (call: SimulatedCall) => boolean;
  /** Starts the SDK's call to a transfer target from the same agent as `from`. */
  placeTargetCall: (from: SimulatedCall, target: CommunicationIdentifier, displayName: string | undefined) => SimulatedCall;
}

const up = (call: SimulatedCall) => call.state === 'Connected' || call.state === 'LocalHold' || call.state === 'RemoteHold';

/**
 * Transfers for the simulator: the app's (blind, to voicemail, to another call) succeed after
 * a moment unless QA queued a failure; the remote side's (QA's transferTo) replace the call
 * with one to the target, as the SDK does when it accepts a transfer.
 */
export class SimulatedTransfers {
  private readonly features = new WeakMap<SimulatedCall, SimulatedTransferFeature>();
  private readonly plannedFailures: { code: number; subCode: number }[] = [];

  constructor(private readonly host: SimulatedTransfersHost) {}

  featureOf(call: SimulatedCall): SimulatedTransferFeature {
    let feature = this.features.get(call);
    if (!feature) {
      feature = new SimulatedTransferFeature(call, this);
      this.features.set(call, feature);
    }
    return feature;
  }

  /** The next transfer the app makes fails with this code (e.g. 486 busy, 603 declined, 480 unavailable). */
  failNext(code: number, subCode: number): void {
    if (!Number.isInteger(code) || !Number.isInteger(subCode)) throw new Error('failNextTransfer takes integer codes, e.g. failNextTransfer(486, 0).');
    this.plannedFailures.push({ code, subCode });
  }

  /** The app transfers `call` (the feature's transfer()). Throws at once what the SDK refuses at once. */
  start(call: SimulatedCall, target: TransferLocator): SimulatedTransfer {
    if (!up(call)) throw new Error(`Cannot transfer while the call is ${call.state}.`);
    const targetCall = 'targetCallId' in target ? this.host.liveCall(target.targetCallId) : undefined;
    if ('targetCallId' in target && (!targetCall || targetCall === call || !up(targetCall))) {
      throw new SimulatedCallingError(400, 46052, 'ExpectedError', 'Transfer target is not recognized.');
    }
    if ('targetParticipantVoicemail' in target && !this.host.isTeams(call)) {
      throw new SimulatedCallingError(400, 46053, 'ExpectedError', 'Invalid target participant type detected.');
    }
    const transfer = new SimulatedTransfer();
    const failure = this.plannedFailures.shift();
    this.host.clock.setTimeout(() => {
      if (!up(call)) return transfer.settle({ code: 487, subCode: 0 });
      if (failure) return transfer.settle(failure);
      transfer.settle('Transferred');
      // Both our legs drop once the other two talk: the target call first, so the call transferred is the last to end.
      if (targetCall && !targetCall.ended) targetCall.end(transferredEnd);
      call.end(transferredEnd);
    }, this.host.delayMs());
    return transfer;
  }

  /** The remote side transfers `call` to rawId: the SDK calls the target, says so (transferAccepted), and the call ends. */
  transferAway(call: SimulatedCall, rawId: string, displayName?: string): string {
    const text = rawId.trim();
    if (text === '') throw new Error('transferTo needs the target\'s raw id, e.g. "8:acs:<resource>_<user>" or "4:+14255550123".');
    const targetCall = this.host.placeTargetCall(call, createIdentifierFromRawId(text), displayName?.trim() || undefined);
    this.featureOf(call).accepted(targetCall);
    call.end(transferredEnd);
    return targetCall.id;
  }
}
