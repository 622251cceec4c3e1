import { identifierFromRawId, peerFromIdentifier } from '../../../../shared/calls/callee';
import type { Peer } from '../../../../shared/calls/call-view';
import type { ConferenceNotice, ConferenceView, ParticipantView, WhyNot } from '../../../../shared/calls/conference-view';
import type { AgentKind } from '../../../../shared/session/attempt';
import { missingCase } from '../../../../shared/util/missing-case';
import type { CallLike, CollectionUpdatedListener, ConferenceCallOfKind, ParticipantLike } from '../calling-backend';

/** The backend's conferenceOf. */
export type ConferenceOf = (call: CallLike, kind: AgentKind) => ConferenceCallOfKind;


/** How an add ended: the person is on the call, or not and why. */
export type AddOutcome = { joined: true } | { joined: false; why: WhyNot };

/** What the call view shows for a call that never had anyone added, joining or leaving. */
export interface ConferenceSlice {
  conference?: ConferenceView;
}

interface Person {
  readonly participant: ParticipantLike;
  stop: () => void;
  /** Added here and not yet settled: resolves when they join or drop out. */
  pendingAdd?: { settle: (outcome: AddOutcome) => void; announce: boolean };
  /** Removed here: their leaving is no news. */
  removing?: true;
  wasConnected: boolean;
}

interface WatchedCall {
  readonly conference: ConferenceCallOfKind;
  readonly people: Person[];
  /** Names the app knows and the SDK may not give (the dialled peer, the merged call's), by raw id. */
  readonly names: Map<string, Peer>;
  /** The call's own peer (it may be named after tracking began). */
  readonly callPeer: () => Peer;
  /** People were added, joined or left, or an add was tried: the view shows the list from now on. */
  expanded: boolean;
  notice?: ConferenceNotice;
  stop: () => void;
}

/** The SDK's identifiers differ for the two call kinds: a Teams call cannot add or remove an ACS user. */
function addTo(conference: ConferenceCallOfKind, rawId: string, alternateCallerId: string | undefined): ParticipantLike {
  const identifier = identifierFromRawId(rawId);
  switch (conference.kind) {
    case 'acs':
      if (identifier.kind === 'phoneNumber') {
        return conference.call.addParticipant(identifier, alternateCallerId === undefined ? undefined : { alternateCallerId: { phoneNumber: alternateCallerId } });
      }
      if (identifier.kind === 'communicationUser' || identifier.kind === 'microsoftTeamsUser') return conference.call.addParticipant(identifier);
      throw new Error(`This call cannot add this kind of identity (${identifier.kind}).`);
    case 'teams':
      if (identifier.kind === 'communicationUser' || identifier.kind === 'teamsExtensionUser') throw new Error(`A Teams call cannot add this identity (${identifier.kind}).`);
      return conference.call.addParticipant(identifier);
    default:
      return missingCase(conference);
  }
}

async function removeFrom(conference: ConferenceCallOfKind, participant: ParticipantLike): Promise<void> {
  const identifier = participant.identifier;
  switch (conference.kind) {
    case 'acs':
      return conference.call.removeParticipant(identifier);
    case 'teams':
      if (identifier.kind === 'phoneNumber' || identifier.kind === 'microsoftTeamsUser' || identifier.kind === 'unknown') return conference.call.removeParticipant(identifier);
      throw new Error(`A Teams call cannot remove this identity (${identifier.kind}).`);
    default:
      return missingCase(conference);
  }
}

const rawIdOf = (participant: ParticipantLike) => peerFromIdentifier(participant.identifier).rawId;

/**
 * Who is on each call besides this user (the SDK's remoteParticipants, with their state and
 * mute), adding and removing people, and what the last add did, for the call's view. A call
 * shows its list once it has had more than one person, or an add was tried: a plain 1:1 call
 * looks as it always did.
 */
export class CallParticipants {
  private readonly calls = new Map<string, WatchedCall>();

  constructor(
    private readonly conferenceOf: ConferenceOf | undefined,
    /** Someone joined, left, muted or changed state: publish a new snapshot. */
    private readonly onChange: () => void,
  ) {}

  /** Whether this engine can add people at all (a backend without the hook cannot). */
  get available(): boolean {
    return this.conferenceOf !== undefined;
  }

  watch(callId: string, call: CallLike, kind: AgentKind, callPeer: () => Peer): void {
    if (!this.conferenceOf) return;
    const conference = this.conferenceOf(call, kind);
    const watched: WatchedCall = { conference, people: [], names: new Map(), callPeer, expanded: false, stop: () => undefined };
    const onUpdated: CollectionUpdatedListener<ParticipantLike> = ({ added, removed }) => {
      for (const participant of added) this.follow(watched, participant);
      for (const participant of removed) this.forget(watched, participant);
      this.onChange();
    };
    conference.call.on('remoteParticipantsUpdated', onUpdated);
    for (const participant of conference.call.remoteParticipants) this.follow(watched, participant);
    watched.stop = () => {
      conference.call.off('remoteParticipantsUpdated', onUpdated);
      for (const person of watched.people.splice(0)) {
        person.stop();
        person.pendingAdd?.settle({ joined: false, why: {} });
      }
    };
    this.calls.set(callId, watched);
  }

  /** The call's view slice. */
  of(callId: string): ConferenceSlice {
    const watched = this.calls.get(callId);
    if (!watched || (!watched.expanded && !watched.notice)) return {};
    const participants = watched.people.filter((person) => person.participant.state !== 'Disconnected').map((person) => this.view(watched, person));
    return { conference: Object.freeze(watched.notice ? { participants, notice: watched.notice } : { participants }) };
  }

  /** Everyone on the call now, as the view names them. */
  peopleOn(callId: string): Peer[] {
    const watched = this.calls.get(callId);
    if (!watched) return [];
    return watched.people.filter((person) => person.participant.state !== 'Disconnected').map((person) => this.peerOf(watched, person.participant));
  }

  /**
   * Adds someone (a raw id the dialer accepted). Throws what the SDK throws at once; otherwise
   * resolves when they join or drop out. `announce`: a failure becomes the call's notice (a
   * merge says it in its own words instead).
   */
  add(callId: string, peer: Peer, alternateCallerId: string | undefined, announce: boolean): Promise<AddOutcome> {
    const watched = this.require(callId);
    watched.names.set(peer.rawId, peer);
    watched.expanded = true;
    // A new add replaces the last add's news; a merge keeps its own "merging" notice.
    if (announce) watched.notice = undefined;
    const participant = addTo(watched.conference, peer.rawId, alternateCallerId);
    // The SDK may have reported them already (remoteParticipantsUpdated fires inside addParticipant).
    const person = this.follow(watched, participant);
    this.onChange();
    if (participant.state === 'Connected') return Promise.resolve({ joined: true });
    if (participant.state === 'Disconnected') return Promise.resolve(this.failedAdd(watched, person, announce));
    return new Promise((settle) => (person.pendingAdd = { settle, announce }));
  }

  async remove(callId: string, rawId: string): Promise<void> {
    const watched = this.require(callId);
    const person = watched.people.find((candidate) => rawIdOf(candidate.participant) === rawId);
    if (!person) throw new Error('They are no longer on the call.');
    person.removing = true;
    watched.notice = undefined;
    try {
      await removeFrom(watched.conference, person.participant);
    } catch (error) {
      delete person.removing;
      throw error;
    }
  }

  setNotice(callId: string, notice: ConferenceNotice | undefined): void {
    const watched = this.calls.get(callId);
    if (!watched) return;
    watched.notice = notice;
    this.onChange();
  }

  /** The call ended: stops following it; adds still waiting end unjoined. */
  end(callId: string): void {
    const watched = this.calls.get(callId);
    if (!watched) return;
    this.calls.delete(callId);
    watched.stop();
  }

  private require(callId: string): WatchedCall {
    const watched = this.calls.get(callId);
    if (!watched) throw new Error(this.conferenceOf ? 'That call has ended.' : 'This engine cannot add people to calls.');
    return watched;
  }

  private follow(watched: WatchedCall, participant: ParticipantLike): Person {
    const known = watched.people.find((person) => person.participant === participant);
    if (known) return known;
    const onState = () => this.stateChanged(watched, person);
    const onChange = () => this.onChange();
    participant.on('stateChanged', onState);
    participant.on('isMutedChanged', onChange);
    participant.on('displayNameChanged', onChange);
    const person: Person = {
      participant,
      wasConnected: participant.state === 'Connected' || participant.state === 'Hold',
      stop: () => {
        participant.off('stateChanged', onState);
        participant.off('isMutedChanged', onChange);
        participant.off('displayNameChanged', onChange);
      },
    };
    watched.people.push(person);
    if (watched.people.length > 1) watched.expanded = true;
    return person;
  }

  private stateChanged(watched: WatchedCall, person: Person): void {
    const { state } = person.participant;
    if (state === 'Connected' || state === 'Hold') {
      person.wasConnected = true;
      person.pendingAdd?.settle({ joined: true });
      delete person.pendingAdd;
    }
    if (state === 'Disconnected') this.leaves(watched, person);
    this.onChange();
  }

  /** The SDK reports a leaver twice (stateChanged to Disconnected, then remoteParticipantsUpdated): once is news. */
  private forget(watched: WatchedCall, participant: ParticipantLike): void {
    const person = watched.people.find((candidate) => candidate.participant === participant);
    if (!person) return;
    this.leaves(watched, person);
  }

  private leaves(watched: WatchedCall, person: Person): void {
    const index = watched.people.indexOf(person);
    if (index < 0) return;
    watched.people.splice(index, 1);
    person.stop();
    watched.expanded = true;
    if (person.pendingAdd) {
      const { settle, announce } = person.pendingAdd;
      delete person.pendingAdd;
      settle(this.failedAdd(watched, person, announce));
      return;
    }
    if (person.wasConnected && !person.removing) watched.notice = { kind: 'left', peer: this.peerOf(watched, person.participant) };
  }

  private failedAdd(watched: WatchedCall, person: Person, announce: boolean): AddOutcome {
    const reason = person.participant.callEndReason;
    const why: WhyNot = reason ? { endReason: reason.subCode === undefined ? { code: reason.code } : { code: reason.code, subCode: reason.subCode } } : {};
    if (announce) watched.notice = { kind: 'addFailed', peer: this.peerOf(watched, person.participant), why };
    return { joined: false, why };
  }

  private view(watched: WatchedCall, person: Person): ParticipantView {
    const { participant } = person;
    return { peer: this.peerOf(watched, participant), state: participant.state, muted: participant.isMuted };
  }

  /** The SDK's display name first; else the name the app knows (the dialled or merged peer); else the id's readable form. */
  private peerOf(watched: WatchedCall, participant: ParticipantLike): Peer {
    const peer = peerFromIdentifier(participant.identifier, participant.displayName);
    if (participant.displayName?.trim()) return peer;
    const callPeer = watched.callPeer();
    return watched.names.get(peer.rawId) ?? (callPeer.rawId === peer.rawId ? callPeer : peer);
  }
}
