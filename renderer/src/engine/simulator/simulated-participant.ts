import type { CommunicationIdentifierKind } from '@azure/communication-common';
import type { CallEndReasonLike, ParticipantLike, ParticipantStateLike, PropertyChangedListener } from '../calling-backend';
import { EventListeners } from './event-listeners';

type ParticipantEvent = 'stateChanged' | 'isMutedChanged' | 'displayNameChanged';
type ParticipantEvents = Record<ParticipantEvent, PropertyChangedListener>;

/**
 * One person on a simulated call, as the SDK's RemoteParticipant behaves: the simulated
 * service changes their state, mute and name; the app reads them and listens.
 */
export class SimulatedParticipant implements ParticipantLike {
  private currentState: ParticipantStateLike;
  private muted = false;
  private name: string | undefined;
  private endReason: CallEndReasonLike | undefined;
  private readonly events = new EventListeners<ParticipantEvents>();

  constructor(
    readonly identifier: CommunicationIdentifierKind,
    displayName: string | undefined,
    state: ParticipantStateLike,
  ) {
    this.name = displayName;
    this.currentState = state;
  }

  get state(): ParticipantStateLike {
    return this.currentState;
  }

  get isMuted(): boolean {
    return this.muted;
  }

  get displayName(): string | undefined {
    return this.name;
  }

  get callEndReason(): CallEndReasonLike | undefined {
    return this.endReason;
  }

  get present(): boolean {
    return this.currentState !== 'Disconnected';
  }

  on(event: ParticipantEvent, listener: PropertyChangedListener): void {
    this.events.add(event, listener);
  }

  off(event: ParticipantEvent, listener: PropertyChangedListener): void {
    this.events.remove(event, listener);
  }

  // ---- the simulated service ----

  setState(state: ParticipantStateLike): void {
    if (!this.present || state === this.currentState) return;
    this.currentState = state;
    this.events.emit('stateChanged');
  }

  setMuted(muted: boolean): void {
    if (!this.present || muted === this.muted) return;
    this.muted = muted;
    this.events.emit('isMutedChanged');
  }

  setDisplayName(name: string): void {
    if (name === this.name) return;
    this.name = name;
    this.events.emit('displayNameChanged');
  }

  /** Leaves (or never joins) with the SDK's reason, readable when stateChanged fires. */
  leave(reason: CallEndReasonLike): void {
    if (!this.present) return;
    this.endReason = reason;
    this.currentState = 'Disconnected';
    this.events.emit('stateChanged');
    this.events.clear();
  }
}
