import { createIdentifierFromRawId, getIdentifierRawId, isPhoneNumberIdentifier } from '@azure/communication-common';
import type { AgentKind } from '../../../../shared/session/attempt';
import type { ParticipantStateLike } from '../calling-backend';
import type { EngineClock } from '../clock';
import { plannedAnswer, refusedBeforeRinging } from './answer-plan';
import type { SimulatedCall } from './simulated-call';
import type { AnswerMode, SimulatorCallTimings } from './simulated-call-desk';
import type { ParticipantInvitation } from './simulated-conference';
import { SimulatedParticipant } from './simulated-participant';

/**
 * QA's and tests' hand on the other people on a call (added by the app, or joining on their
 * own). `rawId` names the person ("8:acs:…", "4:+1…"); without a callId, the newest live call
 * they are on is meant. Each throws a readable Error when nobody fits.
 */
export interface SimulatorParticipantControls {
  /** Someone joins a connected call on their own, as when another person on it adds them. */
  participantJoin(rawId: string, displayName?: string, callId?: string): void;
  /** A person the app added and who is ringing answers (answer mode 'manual'). */
  participantAnswer(rawId: string, callId?: string): void;
  participantMute(rawId: string, callId?: string): void;
  participantUnmute(rawId: string, callId?: string): void;
  /** The person puts the call on hold on their side (the app shows them on hold). */
  participantHold(rawId: string, callId?: string): void;
  participantResume(rawId: string, callId?: string): void;
  /** The person hangs up; when they were the last one, the call ends ("everyone left"). */
  participantLeave(rawId: string, callId?: string): void;
}

/** One person on a call, for the simulator's snapshot. */
export interface SimulatedParticipantSnapshot {
  rawId: string;
  displayName?: string;
  state: ParticipantStateLike;
  muted: boolean;
}

/** A live call as the call desk keeps it. */
export interface DeskCall {
  call: SimulatedCall;
  agent: { kind: AgentKind };
  fromIncomingId?: string;
}

/**
 * The people the app adds to calls, and everyone else on them, for the simulator: an added
 * person rings and answers as the call desk's answer mode says (busy, declined, no answer…,
 * with the SDK's end reasons), so QA provokes a failed add the way it provokes a failed call.
 */
export class SimulatedParticipantDesk implements SimulatorParticipantControls {
  constructor(
    private readonly clock: EngineClock,
    /** The call desk's answer mode and timings, read when someone is added. */
    private readonly answering: () => { mode: AnswerMode; timings: SimulatorCallTimings },
    /** The call desk's calls, oldest first. */
    private readonly calls: () => readonly DeskCall[],
  ) {}

  /** Starts answering the invitations of a call the desk placed or accepted. */
  adopt(entry: DeskCall): void {
    entry.call.conference.onInvite((invitation) => this.ring(entry, invitation));
  }

  participantJoin(rawId: string, displayName?: string, callId?: string): void {
    const text = rawId.trim();
    if (text === '') throw new Error('participantJoin needs the person\'s raw id, e.g. "8:acs:<resource>_<user>" or "4:+14255550123".');
    const entry = this.newest(callId, (call) => call.state === 'Connected' || call.state === 'LocalHold' || call.state === 'RemoteHold', 'join');
    if (entry.call.conference.find(text)) throw new Error(`${text} is already on the call.`);
    const name = displayName?.trim();
    entry.call.conference.join(new SimulatedParticipant(createIdentifierFromRawId(text), name || undefined, 'Connected'));
  }

  participantAnswer(rawId: string, callId?: string): void {
    const person = this.person(rawId, callId, (state) => state === 'Connecting' || state === 'Ringing', 'answer');
    person.setState('Connected');
  }

  participantMute(rawId: string, callId?: string): void {
    this.person(rawId, callId, (state) => state !== 'Disconnected', 'mute').setMuted(true);
  }

  participantUnmute(rawId: string, callId?: string): void {
    this.person(rawId, callId, (state) => state !== 'Disconnected', 'unmute').setMuted(false);
  }

  participantHold(rawId: string, callId?: string): void {
    this.person(rawId, callId, (state) => state === 'Connected', 'hold').setState('Hold');
  }

  participantResume(rawId: string, callId?: string): void {
    this.person(rawId, callId, (state) => state === 'Hold', 'resume').setState('Connected');
  }

  participantLeave(rawId: string, callId?: string): void {
    const entry = this.entryWith(rawId, callId, () => true, 'leave');
    const person = entry.call.conference.find(rawId);
    // A person who was never answered declines; one on the call hangs up.
    if (person) entry.call.conference.leave(person, person.state === 'Connecting' || person.state === 'Ringing' ? { code: 603, subCode: 0 } : { code: 0, subCode: 0 });
  }

  snapshot(call: SimulatedCall): SimulatedParticipantSnapshot[] {
    return call.conference.remoteParticipants.map((person) => ({
      rawId: getIdentifierRawId(person.identifier),
      ...(person.displayName === undefined ? {} : { displayName: person.displayName }),
      state: person.state,
      muted: person.isMuted,
    }));
  }

  private ring({ call, agent }: DeskCall, { participant, options }: ParticipantInvitation): void {
    const { mode, timings } = this.answering();
    const toPhone = isPhoneNumberIdentifier(participant.identifier);
    const leave = (reason: Parameters<SimulatedParticipant['leave']>[0]) => call.conference.leave(participant, reason);
    this.clock.setTimeout(() => {
      if (!participant.present) return;
      const refused = refusedBeforeRinging(mode, toPhone, agent.kind === 'acs' && !options?.alternateCallerId);
      if (refused) return leave(refused);
      participant.setState('Ringing');
      const { afterMs, outcome } = plannedAnswer(mode, toPhone, timings);
      this.clock.setTimeout(() => {
        // Answered or gone meanwhile (QA answered by hand, the app removed them, the call ended).
        if (participant.state !== 'Ringing') return;
        if (outcome === 'answer') participant.setState('Connected');
        else leave(outcome);
      }, afterMs);
    }, timings.setupMs);
  }

  private person(rawId: string, callId: string | undefined, applies: (state: ParticipantStateLike) => boolean, action: string): SimulatedParticipant {
    const entry = this.entryWith(rawId, callId, applies, action);
    const person = entry.call.conference.find(rawId.trim());
    if (!person) throw new Error(`${rawId} is not on that call.`);
    return person;
  }

  /** The newest live call on which this person is and can be told to do this. */
  private entryWith(rawId: string, callId: string | undefined, applies: (state: ParticipantStateLike) => boolean, action: string): DeskCall {
    const text = rawId.trim();
    return this.newest(
      callId,
      (call) => {
        const person = call.conference.find(text);
        return person !== undefined && applies(person.state);
      },
      `${action} ${text}`,
      `Nobody with id ${text} on a live call can ${action}.`,
    );
  }

  private newest(callId: string | undefined, applies: (call: SimulatedCall) => boolean, action: string, nobody = `There is no connected call to ${action}.`): DeskCall {
    const candidates = this.calls().filter(({ call }) => !call.ended && applies(call));
    const found = callId === undefined ? candidates.at(-1) : candidates.find(({ call, fromIncomingId }) => call.id === callId || fromIncomingId === callId);
    if (!found) throw new Error(callId === undefined ? nobody : `No call with id ${callId} where that applies.`);
    return found;
  }
}
