import { createIdentifierFromRawId, getIdentifierRawId, isPhoneNumberIdentifier, type CommunicationIdentifier } from '@azure/communication-common';
import { callDiagnosticNameSchema, diagnosticValueSchema, isQualityDiagnostic, valueFits, type CallDiagnosticName, type DiagnosticValue } from '../../../../shared/calls/call-diagnostics';
import type { CallQualityFigures, CallQualityLevel } from '../../../../shared/calls/call-quality';
import type { CallState } from '../../../../shared/calls/call-view';
import { echoBotRawId } from '../../../../shared/calls/callee';
import type { AcceptCallOptionsLike, CallEndReasonLike, StartCallOptionsLike } from '../calling-backend';
import type { EngineClock, TimerHandle } from '../clock';
import { plannedAnswer, refusedBeforeRinging } from './answer-plan';
import { SimulatedCall } from './simulated-call';
import { parseQuality } from './simulated-media-stats';
import type { CallPlacer, SimulatedCallAgent } from './simulated-call-agent';
import { SimulatedCallingError } from './simulated-error';
import { SimulatedIncomingCall, type IncomingCallHandler } from './simulated-incoming-call';
import { SimulatedTransfers, type SimulatedTransferFeature } from './simulated-transfers';
import { SimulatedParticipantDesk, type SimulatedParticipantSnapshot, type SimulatorParticipantControls } from './simulated-participant-desk';

/** What the remote side does when the app calls it. */
export const answerModes = ['auto', 'manual', 'decline', 'busy', 'noAnswer', 'unavailable'] as const;
export type AnswerMode = (typeof answerModes)[number];

export interface SimulatorCallTimings {
  /** Connecting → Ringing for a call the app places; Connecting → Connected for one it accepts. */
  setupMs: number;
  /** Ringing → the remote side's answer in the auto, decline and busy modes. */
  answerMs: number;
  /** How long a call rings unanswered before the service gives up (either direction). */
  noAnswerMs: number;
  /** How long a call survives a lost network; restored sooner, it carries on. */
  networkGraceMs: number;
}

export const defaultCallTimings: SimulatorCallTimings = { setupMs: 300, answerMs: 1_000, noAnswerMs: 30_000, networkGraceMs: 8_000 };

export interface SimulatedCallSnapshot {
  id: string;
  direction: 'incoming' | 'outgoing';
  remoteRawId: string;
  state: CallState;
  muted: boolean;
  heldRemotely: boolean;
  dtmf: string;
  /** Diagnostics currently raised on the call, e.g. { networkReceiveQuality: 3 }. */
  diagnostics: Partial<Record<CallDiagnosticName, DiagnosticValue>>;
  recording: boolean;
  transcribing: boolean;
  /** What the network gives the call's audio (setQuality). */
  networkFigures: CallQualityFigures;
  /** The incoming call it was accepted from, for calls rung with ringFrom. */
  fromIncomingId?: string;
  /** Everyone else on the call: the person it was placed to or answered from, and anyone added. */
  participants: SimulatedParticipantSnapshot[];
}

export interface SimulatorCallsSnapshot {
  answerMode: AnswerMode;
  timings: SimulatorCallTimings;
  /** Live calls (ended ones leave, as from the SDK's agent.calls). */
  calls: SimulatedCallSnapshot[];
  /** Calls ringing in that are not yet answered, declined or cancelled. */
  ringing: { id: string; callerRawId: string; displayName?: string }[];
}

/**
 * QA's and tests' hand on the remote side of calls. A callId may be a call's id or the id
 * ringFrom returned; without one, the newest call the action applies to is meant. Every
 * action throws a readable Error when there is nothing it applies to.
 */
export interface SimulatorCallControls extends SimulatorParticipantControls {
  /** Rings the signed-in app from rawId ("8:acs:…", "4:+1…", "8:orgid:…"); returns the incoming call's id. */
  ringFrom(rawId: string, displayName?: string): string;
  /** The remote side answers a call the app placed (manual answer mode). */
  answer(callId?: string): void;
  /** The remote side declines a call the app placed and that is still ringing. */
  decline(callId?: string): void;
  /** The remote side hangs up a connected call, or the caller gives up a call ringing in. */
  hangUp(callId?: string): void;
  /** The remote side puts a connected call on hold (the app sees RemoteHold). */
  hold(callId?: string): void;
  resume(callId?: string): void;
  setAnswerMode(mode: AnswerMode): void;
  setTimings(timings: Partial<SimulatorCallTimings>): void;
  /** The DTMF tones the remote side heard on a call, e.g. "12#". */
  dtmfReceived(callId?: string): string;
  /**
   * Raises or clears one of the SDK's User Facing Diagnostics on a live call: a quality
   * (1 Good = cleared, 2 Poor, 3 Bad) or a flag (true raised, false cleared), e.g.
   * diagnostic('networkReceiveQuality', 3), diagnostic('speakingWhileMicrophoneIsMuted', true).
   */
  diagnostic(name: CallDiagnosticName, value: DiagnosticValue, callId?: string): void;
  /** Starts or stops recording a live call, as a recording bot or a Teams policy would (the app must say so). */
  startRecording(callId?: string): void;
  stopRecording(callId?: string): void;
  /** Starts or stops transcribing a live call. */
  startTranscription(callId?: string): void;
  stopTranscription(callId?: string): void;
  /**
   * The remote side transfers a live call to rawId, as a Teams user or a call centre would: the
   * app's call ends ("transferred") and a call to rawId takes its place. Returns the new call's id.
   */
  transferTo(rawId: string, displayName?: string, callId?: string): string;
  /** The next transfer the app makes fails with this code, e.g. failNextTransfer(486, 0) busy, (603, 0) declined, (480, 0) unavailable. */
  failNextTransfer(code: number, subCode?: number): void;
  snapshot(): SimulatorCallsSnapshot;
  // ---- call quality and the end-of-call survey ----
  /**
   * Sets what the network gives a live call's audio, as the SDK's MediaStats would report it
   * once a second: 'good', 'poor', 'bad', or figures { roundTripMs, jitterMs, packetLossPercent }.
   */
  setQuality(quality: CallQualityLevel | CallQualityFigures, callId?: string): void;
  /** The end-of-call ratings the app sent, oldest first. */
  surveys(): { callId: string; overallRating: { score: number } }[];
}

const live = (call: SimulatedCall) => !call.ended;
/** Only a call that is up can be recorded or transcribed. */
const connectedOrHeld = (call: SimulatedCall) => call.state === 'Connected' || call.state === 'LocalHold' || call.state === 'RemoteHold';
/** Ids end in one counter shared by calls and incoming calls, so they order by creation. */
const sequence = (id: string) => Number(id.slice(id.lastIndexOf('-') + 1));
const normal: CallEndReasonLike = { code: 0, subCode: 0 };

function raisedDiagnostics(call: SimulatedCall): Partial<Record<CallDiagnosticName, DiagnosticValue>> {
  const raised: Partial<Record<CallDiagnosticName, DiagnosticValue>> = {};
  for (const name of callDiagnosticNameSchema.options) {
    const value = call.diagnosticValue(name);
    if (value !== undefined && value !== 1 && value !== false) raised[name] = value;
  }
  return raised;
}

/**
 * The calling service and the people at the other end, for the simulator: it places the
 * app's calls and answers them as the answer mode says, rings the app, and drops calls that
 * lose the network for longer than the grace. End reasons are the SDK's own code/subCode
 * pairs for the same events (see shared/calls/end-reasons.ts).
 */
export class SimulatedCallDesk implements SimulatorCallControls, CallPlacer, IncomingCallHandler {
  private mode: AnswerMode = 'auto';
  private timings: SimulatorCallTimings = { ...defaultCallTimings };
  private readonly calls: { call: SimulatedCall; agent: SimulatedCallAgent; fromIncomingId?: string }[] = [];
  private readonly ringingIn = new Map<SimulatedIncomingCall, SimulatedCallAgent>();
  /** The next scheduled step of each call (setup, answer, timeout). */
  private readonly steps = new Map<SimulatedCall | SimulatedIncomingCall, TimerHandle>();
  /** Steps that came due while the network was down; they run when it returns. */
  private readonly stalled = new Map<SimulatedCall | SimulatedIncomingCall, () => void>();
  private readonly dropTimers = new Map<SimulatedCall | SimulatedIncomingCall, TimerHandle>();
  private nextId = 1;
  private readonly transfers: SimulatedTransfers;
  /** The people on calls besides the one each was placed to (add people, conference). */
  private readonly participants: SimulatedParticipantDesk;

  constructor(
    private readonly clock: EngineClock,
    private readonly reachable: () => boolean,
    /** Connected agents, oldest first; ringFrom rings the newest. */
    private readonly connectedAgents: () => SimulatedCallAgent[],
  ) {
    this.transfers = new SimulatedTransfers({
      clock,
      delayMs: () => this.timings.answerMs,
      liveCall: (id) => this.calls.find(({ call }) => call.id === id && live(call))?.call,
      isTeams: (call) => this.calls.find((entry) => entry.call === call)?.agent.kind === 'teams',
      placeTargetCall: (from, target, displayName) => this.placeTransferTarget(from, target, displayName),
    });
    this.participants = new SimulatedParticipantDesk(clock, () => ({ mode: this.mode, timings: this.timings }), () => this.calls);
  }

  // ---- the app's side (CallPlacer, IncomingCallHandler) ----

  placeCall(agent: SimulatedCallAgent, targets: CommunicationIdentifier[], options: StartCallOptionsLike | undefined): SimulatedCall {
    const [target] = targets;
    if (!target || targets.length > 1) throw new Error('The simulator places calls to exactly one participant.');
    const rawId = getIdentifierRawId(target);
    if (rawId === agent.rawId) throw new SimulatedCallingError(400, 40202, 'ExpectedError', 'Call to yourself is not supported.');
    const identifier = createIdentifierFromRawId(rawId);
    const toPhone = isPhoneNumberIdentifier(identifier);
    const call = new SimulatedCall(`sim-call-${this.nextId++}`, 'Outgoing', { identifier }, { muted: options?.audioOptions?.muted ?? false });
    this.adopt(call, agent);

    if (rawId === echoBotRawId) {
      // The echo bot answers at once, whatever the answer mode; only an unreachable service stops it.
      this.schedule(call, this.timings.setupMs, () => (this.mode === 'unavailable' ? call.end({ code: 480, subCode: 10037 }) : call.connect()));
      return call;
    }
    this.schedule(call, this.timings.setupMs, () => {
      // A Teams user calls out with their own Teams phone number; an ACS user must present one of the resource's.
      const refused = refusedBeforeRinging(this.mode, toPhone, agent.kind === 'acs' && !options?.alternateCallerId);
      if (refused) return call.end(refused);
      call.ring();
      this.scheduleAnswer(call, toPhone);
    });
    return call;
  }

  accept(incoming: SimulatedIncomingCall, options: AcceptCallOptionsLike | undefined): SimulatedCall {
    const agent = this.ringingIn.get(incoming);
    this.forgetIncoming(incoming);
    if (!agent || agent.disposed) throw new Error('The incoming call is no longer there.');
    agent.stopRinging(incoming);
    const { identifier, displayName } = incoming.callerInfo;
    if (!identifier) throw new Error('The simulator rings only from known callers.');
    const call = new SimulatedCall(`sim-call-${this.nextId++}`, 'Incoming', displayName === undefined ? { identifier } : { identifier, displayName }, {
      muted: options?.audioOptions?.muted ?? false,
    });
    this.adopt(call, agent, incoming.id);
    this.schedule(call, this.timings.setupMs, () => call.connect());
    return call;
  }

  reject(incoming: SimulatedIncomingCall): void {
    this.forgetIncoming(incoming);
    // The SDK's "locally declined" pair.
    incoming.end({ code: 0, subCode: 4501 });
  }

  // ---- the remote side (SimulatorCallControls) ----

  ringFrom(rawId: string, displayName?: string): string {
    const text = rawId.trim();
    if (text === '') throw new Error('ringFrom needs the caller\'s raw id, e.g. "8:acs:<resource>_<user>" or "4:+14255550123".');
    if (!this.reachable()) throw new Error('The simulated network is down: no call can ring in.');
    const agent = this.connectedAgents().at(-1);
    if (!agent) throw new Error('Nobody is signed in: sign in (and wait for ready) before ringing the app.');
    const identifier = createIdentifierFromRawId(text);
    const name = displayName?.trim();
    const incoming = new SimulatedIncomingCall(`sim-incoming-${this.nextId++}`, name ? { identifier, displayName: name } : { identifier }, this);
    this.ringingIn.set(incoming, agent);
    incoming.on('callEnded', () => this.forgetIncoming(incoming));
    this.schedule(incoming, this.timings.noAnswerMs, () => incoming.end({ code: 487, subCode: 10004 }));
    agent.ring(incoming);
    return incoming.id;
  }

  answer(callId?: string): void {
    const call = this.findCall(callId, (candidate) => candidate.direction === 'Outgoing' && (candidate.state === 'Connecting' || candidate.state === 'Ringing'), 'answer');
    this.cancelStep(call);
    call.connect();
  }

  decline(callId?: string): void {
    const call = this.findCall(callId, (candidate) => candidate.direction === 'Outgoing' && (candidate.state === 'Connecting' || candidate.state === 'Ringing'), 'decline');
    call.end(this.isPhone(call) ? { code: 603, subCode: 560603 } : { code: 603, subCode: 0 });
  }

  hangUp(callId?: string): void {
    const incoming = this.findIncoming(callId);
    if (incoming) {
      incoming.end({ code: 487, subCode: 0 });
      return;
    }
    const call = this.findCall(callId, live, 'hang up');
    if (call.state === 'Connecting' || call.state === 'Ringing') {
      // Nobody has answered yet, so the remote side can only turn it down.
      call.end({ code: 603, subCode: 0 });
      return;
    }
    call.end(this.isPhone(call) ? { code: 0, subCode: 560000 } : normal);
  }

  hold(callId?: string): void {
    this.findCall(callId, (call) => call.state === 'Connected' || call.state === 'LocalHold', 'hold').setRemoteHold(true);
  }

  resume(callId?: string): void {
    this.findCall(callId, (call) => call.heldRemotely, 'resume').setRemoteHold(false);
  }

  setAnswerMode(mode: AnswerMode): void {
    if (!answerModes.includes(mode)) throw new Error(`Unknown answer mode "${String(mode)}"; use one of ${answerModes.join(', ')}.`);
    this.mode = mode;
  }

  setTimings(timings: Partial<SimulatorCallTimings>): void {
    for (const [key, value] of Object.entries(timings)) {
      if (value !== undefined && (!Number.isFinite(value) || value < 0)) throw new Error(`Timing ${key} must be a non-negative number of milliseconds.`);
    }
    this.timings = { ...this.timings, ...timings };
  }

  dtmfReceived(callId?: string): string {
    const entry = callId === undefined ? this.calls.at(-1) : this.calls.find((candidate) => candidate.call.id === callId || candidate.fromIncomingId === callId);
    if (!entry) throw new Error(callId === undefined ? 'There is no call.' : `No call with id ${callId}.`);
    return entry.call.dtmf;
  }

  diagnostic(name: CallDiagnosticName, value: DiagnosticValue, callId?: string): void {
    const parsedName = callDiagnosticNameSchema.safeParse(name);
    if (!parsedName.success) throw new Error(`Unknown diagnostic "${String(name)}"; use one of ${callDiagnosticNameSchema.options.join(', ')}.`);
    const parsedValue = diagnosticValueSchema.safeParse(value);
    if (!parsedValue.success) throw new Error(`A diagnostic value is 1 (Good), 2 (Poor), 3 (Bad), true or false, not ${JSON.stringify(value)}.`);
    if (!valueFits(parsedName.data, parsedValue.data)) {
      throw new Error(`${name} takes ${isQualityDiagnostic(parsedName.data) ? 'a quality: 1 (Good), 2 (Poor) or 3 (Bad)' : 'a flag: true or false'}.`);
    }
    this.findCall(callId, live, 'report a diagnostic').setDiagnostic(parsedName.data, parsedValue.data);
  }

  startRecording(callId?: string): void {
    this.findCall(callId, connectedOrHeld, 'start recording').setCapture({ recording: true });
  }

  stopRecording(callId?: string): void {
    this.findCall(callId, (call) => live(call) && call.captureState.recording, 'stop recording').setCapture({ recording: false });
  }

  startTranscription(callId?: string): void {
    this.findCall(callId, connectedOrHeld, 'start transcription').setCapture({ transcribing: true });
  }

  stopTranscription(callId?: string): void {
    this.findCall(callId, (call) => live(call) && call.captureState.transcribing, 'stop transcription').setCapture({ transcribing: false });
  }

  // ---- transfers (simulated-transfers.ts) ----

  transferTo(rawId: string, displayName?: string, callId?: string): string {
    return this.transfers.transferAway(this.findCall(callId, connectedOrHeld, 'transfer'), rawId, displayName);
  }

  failNextTransfer(code: number, subCode = 0): void {
    this.transfers.failNext(code, subCode);
  }

  /** The Transfer feature of one of the desk's calls (the backend's callTransfer). */
  transferFeature(call: SimulatedCall): SimulatedTransferFeature {
    return this.transfers.featureOf(call);
  }

  /** The SDK's call to the target of a transfer made to us: the service sets it up, so no caller id is asked for. */
  private placeTransferTarget(from: SimulatedCall, target: CommunicationIdentifier, displayName: string | undefined): SimulatedCall {
    const agent = this.calls.find((entry) => entry.call === from)?.agent;
    if (!agent || agent.disposed) throw new Error('The call to transfer has no agent any more.');
    const identifier = createIdentifierFromRawId(getIdentifierRawId(target));
    const call = new SimulatedCall(`sim-call-${this.nextId++}`, 'Outgoing', displayName ? { identifier, displayName } : { identifier }, { muted: from.isMuted });
    this.adopt(call, agent);
    this.schedule(call, this.timings.setupMs, () => {
      call.ring();
      this.scheduleAnswer(call, isPhoneNumberIdentifier(identifier));
    });
    return call;
  }

  // ---- call quality and the end-of-call survey ----

  setQuality(quality: CallQualityLevel | CallQualityFigures, callId?: string): void {
    const figures = parseQuality(quality);
    this.findCall(callId, live, 'set the quality of').networkFigures = figures;
  }

  surveys(): { callId: string; overallRating: { score: number } }[] {
    return this.calls.flatMap(({ call }) => (call.survey ? [{ callId: call.id, overallRating: { ...call.survey.overallRating } }] : []));
  }

  // ---- the other people on calls (SimulatorParticipantControls) ----

  participantJoin(rawId: string, displayName?: string, callId?: string): void {
    this.participants.participantJoin(rawId, displayName, callId);
  }

  participantAnswer(rawId: string, callId?: string): void {
    this.participants.participantAnswer(rawId, callId);
  }

  participantMute(rawId: string, callId?: string): void {
    this.participants.participantMute(rawId, callId);
  }

  participantUnmute(rawId: string, callId?: string): void {
    this.participants.participantUnmute(rawId, callId);
  }

  participantHold(rawId: string, callId?: string): void {
    this.participants.participantHold(rawId, callId);
  }

  participantResume(rawId: string, callId?: string): void {
    this.participants.participantResume(rawId, callId);
  }

  participantLeave(rawId: string, callId?: string): void {
    this.participants.participantLeave(rawId, callId);
  }

  snapshot(): SimulatorCallsSnapshot {
    return {
      answerMode: this.mode,
      timings: { ...this.timings },
      calls: this.calls.filter(({ call }) => live(call)).map(({ call, fromIncomingId }) => ({
        id: call.id,
        direction: call.direction === 'Incoming' ? 'incoming' : 'outgoing',
        remoteRawId: call.remoteParticipants[0] ? getIdentifierRawId(call.remoteParticipants[0].identifier) : '',
        state: call.state,
        muted: call.isMuted,
        heldRemotely: call.heldRemotely,
        dtmf: call.dtmf,
        diagnostics: raisedDiagnostics(call),
        ...call.captureState,
        networkFigures: { ...call.networkFigures },
        ...(fromIncomingId === undefined ? {} : { fromIncomingId }),
        participants: this.participants.snapshot(call),
      })),
      ringing: [...this.ringingIn.keys()].map((incoming) => ({
        id: incoming.id,
        callerRawId: incoming.callerInfo.identifier ? getIdentifierRawId(incoming.callerInfo.identifier) : '',
        ...(incoming.callerInfo.displayName === undefined ? {} : { displayName: incoming.callerInfo.displayName }),
      })),
    };
  }

  // ---- the service's network ----

  /** Called by the service when reachability changes. */
  networkChanged(reachable: boolean): void {
    const parties: (SimulatedCall | SimulatedIncomingCall)[] = [...this.calls.filter(({ call }) => live(call)).map(({ call }) => call), ...this.ringingIn.keys()];
    // Like the SDK: a call that loses its network reports networkReconnect Bad until it is back.
    for (const party of parties) {
      if (party instanceof SimulatedCall) this.reportReconnect(party, reachable);
    }
    if (reachable) {
      for (const party of parties) this.clearDropTimer(party);
      for (const [party, step] of [...this.stalled]) {
        this.stalled.delete(party);
        step();
      }
      return;
    }
    for (const party of parties) this.startDropTimer(party);
  }

  private reportReconnect(call: SimulatedCall, reachable: boolean): void {
    if (reachable && call.diagnosticValue('networkReconnect') === undefined) return;
    call.setDiagnostic('networkReconnect', reachable ? 1 : 3);
  }

  /** Like the SDK's reconnection window: a call without network ends when it runs out. */
  private startDropTimer(party: SimulatedCall | SimulatedIncomingCall): void {
    if (this.dropTimers.has(party)) return;
    this.dropTimers.set(
      party,
      this.clock.setTimeout(() => {
        this.dropTimers.delete(party);
        if (party instanceof SimulatedCall && party.state !== 'Connecting' && party.state !== 'Ringing') party.end({ code: 410, subCode: 3101 });
        else party.end({ code: 410, subCode: 3100 });
      }, this.timings.networkGraceMs),
    );
  }

  private scheduleAnswer(call: SimulatedCall, toPhone: boolean): void {
    const { afterMs, outcome } = plannedAnswer(this.mode, toPhone, this.timings);
    this.schedule(call, afterMs, () => (outcome === 'answer' ? call.connect() : call.end(outcome)));
  }

  private adopt(call: SimulatedCall, agent: SimulatedCallAgent, fromIncomingId?: string): void {
    const entry = fromIncomingId === undefined ? { call, agent } : { call, agent, fromIncomingId };
    this.calls.push(entry);
    this.participants.adopt(entry);
    call.onEnded(() => {
      this.cancelStep(call);
      this.clearDropTimer(call);
      this.stalled.delete(call);
    });
    agent.addCall(call);
    if (!this.reachable()) this.startDropTimer(call);
  }

  /** Runs a step after ms; one that comes due while the network is down waits for it. */
  private schedule(party: SimulatedCall | SimulatedIncomingCall, ms: number, step: () => void): void {
    this.cancelStep(party);
    this.steps.set(
      party,
      this.clock.setTimeout(() => {
        this.steps.delete(party);
        if (party.ended) return;
        if (this.reachable()) step();
        else this.stalled.set(party, step);
      }, ms),
    );
  }

  private cancelStep(party: SimulatedCall | SimulatedIncomingCall): void {
    const timer = this.steps.get(party);
    if (timer === undefined) return;
    this.clock.clearTimeout(timer);
    this.steps.delete(party);
  }

  private clearDropTimer(party: SimulatedCall | SimulatedIncomingCall): void {
    const timer = this.dropTimers.get(party);
    if (timer === undefined) return;
    this.clock.clearTimeout(timer);
    this.dropTimers.delete(party);
  }

  private forgetIncoming(incoming: SimulatedIncomingCall): void {
    this.ringingIn.delete(incoming);
    this.cancelStep(incoming);
    this.clearDropTimer(incoming);
    this.stalled.delete(incoming);
  }

  /** Without an id, the ringing call only if it is newer than every live call. */
  private findIncoming(callId: string | undefined): SimulatedIncomingCall | undefined {
    const ringing = [...this.ringingIn.keys()];
    if (callId !== undefined) return ringing.find((incoming) => incoming.id === callId);
    const newestRinging = ringing.at(-1);
    const newestCall = this.calls.filter(({ call }) => live(call)).at(-1);
    if (!newestRinging || !newestCall) return newestRinging;
    return sequence(newestRinging.id) > sequence(newestCall.fromIncomingId ?? newestCall.call.id) ? newestRinging : undefined;
  }

  private findCall(callId: string | undefined, applies: (call: SimulatedCall) => boolean, action: string): SimulatedCall {
    const candidates = this.calls.filter(({ call }) => live(call) && applies(call));
    const found = callId === undefined ? candidates.at(-1) : candidates.find(({ call, fromIncomingId }) => call.id === callId || fromIncomingId === callId);
    if (!found) throw new Error(callId === undefined ? `There is no call to ${action}.` : `No call with id ${callId} that can be told to ${action}.`);
    return found.call;
  }

  private isPhone(call: SimulatedCall): boolean {
    const remote = call.remoteParticipants[0];
    return remote !== undefined && isPhoneNumberIdentifier(remote.identifier);
  }
}
