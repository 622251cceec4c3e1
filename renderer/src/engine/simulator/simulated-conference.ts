import { createIdentifierFromRawId, getIdentifierRawId, type CommunicationIdentifier } from '@azure/communication-common';
import type { CallState } from '../../../../shared/calls/call-view';
import type {
  AcsConferenceCallLike,
  AddPhoneNumberOptionsLike,
  CallEndReasonLike,
  CollectionUpdatedListener,
  ParticipantLike,
  TeamsConferenceCallLike,
} from '../calling-backend';
import { EventListeners } from './event-listeners';
import { SimulatedParticipant } from './simulated-participant';

type ConferenceEvents = { remoteParticipantsUpdated: CollectionUpdatedListener<ParticipantLike> };

/** Someone the app asked to add: the simulated service rings them and decides their answer. */
export interface ParticipantInvitation {
  participant: SimulatedParticipant;
  options: AddPhoneNumberOptionsLike | undefined;
}

/** The SDK's end reason for someone removed from a call, and for a call everyone else left. */
const removedReason: CallEndReasonLike = { code: 0, subCode: 5300 };
export const everyoneLeftReason: CallEndReasonLike = { code: 0, subCode: 5010 };

/**
 * The people on one simulated call, as the SDK's Call and TeamsCall keep them: the app adds
 * and removes people and follows remoteParticipantsUpdated; the simulated service (the call
 * desk) answers invitations and makes people join, hold, mute and leave. The person the call
 * was placed to or answered from follows the call's own state while the call sets up.
 */
export class SimulatedConference implements AcsConferenceCallLike, TeamsConferenceCallLike {
  private readonly people: SimulatedParticipant[];
  private readonly events = new EventListeners<ConferenceEvents>();
  private invite: ((invitation: ParticipantInvitation) => void) | undefined;

  constructor(
    private readonly first: SimulatedParticipant,
    /** The call's state now: people can be added only to a connected call. */
    private readonly callState: () => CallState,
    /** The last other person left: the call ends, as an ACS call does with nobody else on it. */
    private readonly everyoneLeft: () => void,
  ) {
    this.people = [first];
  }

  get remoteParticipants(): readonly SimulatedParticipant[] {
    return this.people.filter((person) => person.present);
  }

  on(event: 'remoteParticipantsUpdated', listener: CollectionUpdatedListener<ParticipantLike>): void {
    this.events.add(event, listener);
  }

  off(event: 'remoteParticipantsUpdated', listener: CollectionUpdatedListener<ParticipantLike>): void {
    this.events.remove(event, listener);
  }

  /** Like the SDK: returns at once with the person Connecting; the service's answer comes later. */
  addParticipant(identifier: CommunicationIdentifier, options?: AddPhoneNumberOptionsLike): SimulatedParticipant {
    const state = this.callState();
    if (state !== 'Connected') throw new Error(`Cannot add a participant while the call is ${state}.`);
    const rawId = getIdentifierRawId(identifier);
    if (this.find(rawId)) throw new Error(`${rawId} is already in the call.`);
    const participant = new SimulatedParticipant(createIdentifierFromRawId(rawId), undefined, 'Connecting');
    this.join(participant);
    this.invite?.({ participant, options });
    return participant;
  }

  async removeParticipant(identifier: CommunicationIdentifier): Promise<void> {
    const rawId = getIdentifierRawId(identifier);
    const participant = this.find(rawId);
    if (!participant) throw new Error(`${rawId} is not in this call.`);
    this.leave(participant, removedReason);
  }

  // ---- the simulated service ----

  /** The call desk rings the people the app adds. */
  onInvite(invite: (invitation: ParticipantInvitation) => void): void {
    this.invite = invite;
  }

  /** The live participant with this raw id. */
  find(rawId: string): SimulatedParticipant | undefined {
    return this.remoteParticipants.find((person) => getIdentifierRawId(person.identifier) === rawId);
  }

  /** Someone joins the call (added here or by anyone else on it). */
  join(participant: SimulatedParticipant): void {
    this.people.push(participant);
    this.events.emit('remoteParticipantsUpdated', { added: [participant], removed: [] });
  }

  /** Someone leaves, is removed, or could not be added; with nobody else left, the call ends. */
  leave(participant: SimulatedParticipant, reason: CallEndReasonLike): void {
    if (!participant.present) return;
    participant.leave(reason);
    this.events.emit('remoteParticipantsUpdated', { added: [], removed: [participant] });
    if (this.remoteParticipants.length === 0) this.everyoneLeft();
  }

  /** The call's state changed: the person it was placed to or answered from follows it. */
  followCall(state: CallState): void {
    if (!this.first.present) return;
    if (state === 'Ringing' && this.first.state === 'Connecting') this.first.setState('Ringing');
    if (state === 'Connected' && (this.first.state === 'Connecting' || this.first.state === 'Ringing' || this.first.state === 'Hold')) this.first.setState('Connected');
    if (state === 'RemoteHold') this.first.setState('Hold');
  }

  /** The call ended: everyone on it is gone (the call's own listeners hear no more). */
  end(reason: CallEndReasonLike): void {
    for (const person of this.remoteParticipants) person.leave(reason);
    this.events.clear();
  }
}
