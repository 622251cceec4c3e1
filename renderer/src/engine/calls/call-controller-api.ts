import type { CallView, IncomingCallView, Peer } from '../../../../shared/calls/call-view';
import type { CalleeRefusal } from '../../../../shared/calls/callee';
import type { CallFailure } from '../../../../shared/calls/end-reasons';
import type { TransferRefusal, TransferRequest, TransferResult } from './call-transfer';
import type { ConferenceIntents } from './conference-api';

/** A device the SDK's DeviceManager lists. */
export interface DeviceView {
  id: string;
  name: string;
  isSystemDefault: boolean;
}

export interface CallsSnapshot {
  /** Every call not yet disconnected, plus the last ended one until dismissed (for its end reason). */
  calls: CallView[];
  incoming: IncomingCallView[];
  microphones: DeviceView[];
  speakers: DeviceView[];
  selectedMicrophoneId: string | undefined;
  selectedSpeakerId: string | undefined;
  /**
   * The agent lost its connection to the calling service and the SDK is reconnecting: calls
   * cannot start and a call in progress may drop. The screens say "Reconnecting…".
   */
  reconnecting: boolean;
  /** A call that could not start or dropped, explained like sign-in errors (by message key: the engine has no i18n). */
  lastFailure: CallFailure | undefined;
}

/** Why a dial was refused before it reached the SDK; each is a message `dial.refused.<reason>`. */
export const dialRefusalReasons = ['notConnected', 'teamsCannotCallAcsUser', 'callerIdMissing', 'signedOutDuringSetup', 'callingUnavailable', 'testCallNeedsAcs'] as const;
export type DialRefusalReason = (typeof dialRefusalReasons)[number];

/**
 * Why no call started, as keys and values: the engine has no i18n, the dialer puts it into
 * words. `callingUnavailable` comes from a shell without an engine, never from the engine.
 */
export type DialRefusal =
  | { kind: 'callee'; callee: CalleeRefusal }
  | { kind: 'refused'; reason: DialRefusalReason }
  /** `detail` is the SDK's own message (with its codes), shown as it is after a lead-in. */
  | { kind: 'notStarted'; detail: string };

export type DialResult = { ok: true; callId: string } | { ok: false; refusal: DialRefusal };

/**
 * What the screens may ask of calls. The engine owns every SDK Call object; Vue components
 * subscribe to snapshots and call these intents, nothing more.
 */
export interface CallController {
  snapshot(): CallsSnapshot;
  subscribe(listener: (snapshot: CallsSnapshot) => void): () => void;
  /**
   * The microphone level, 0..1, sampled from the selected microphone while a call is up; 0
   * otherwise. A stream of its own, outside the snapshots: it changes ten times a second, and a
   * new snapshot each time would re-render every call on screen (the in-call CPU profile).
   */
  microphoneLevel(): number;
  subscribeLevel(listener: (level: number) => void): () => void;

  /** Classifies the input first; a malformed callee is refused before any SDK call. */
  startCall(input: string): Promise<DialResult>;
  /**
   * Calls the ACS echo bot (8:echo123), which plays back what it hears: a check of the
   * microphone and speaker before a real call. Its view has `testCall`; it stays out of history.
   */
  startTestCall(): Promise<DialResult>;
  /** Accepts with audio only; a call already up is put on hold first. */
  accept(incomingId: string): Promise<void>;
  decline(incomingId: string): Promise<void>;
  hangUp(callId: string): Promise<void>;
  setMuted(callId: string, muted: boolean): Promise<void>;
  setHeld(callId: string, held: boolean): Promise<void>;
  /** '0'-'9', '*', '#'. */
  sendDtmf(callId: string, tone: string): Promise<void>;
  /**
   * Transfers a call that is up: to a person (blind, typed as in the dialer), to a Teams user's
   * voicemail, or to another call (consultative). The call's view follows the transfer.
   */
  transfer(callId: string, request: TransferRequest): Promise<TransferResult>;
  /** Consultative transfer's first step: holds the call and calls the target; the new call's view names the call waiting. */
  consult(callId: string, input: string): Promise<DialResult>;
  selectMicrophone(deviceId: string): Promise<void>;
  /**
   * Sends the one-tap rating (1 worst … 5 best, the SDK's CallSurvey) of the ended call on
   * screen whose view says `survey: 'offered'`; its view then says 'sent'. Throws when the call
   * cannot be rated (any more) or the service refuses.
   */
  rateCall(callId: string, score: number): Promise<void>;
  selectSpeaker(deviceId: string): Promise<void>;
  dismissEnded(callId: string): void;
  /** Add people, remove them, merge a held call into the one in progress. */
  readonly conference: ConferenceIntents;
}

export type { CallFailure, CallView, IncomingCallView, Peer, TransferRefusal, TransferRequest, TransferResult };
