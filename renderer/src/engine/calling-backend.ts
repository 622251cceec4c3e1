import type {
  CommunicationIdentifier,
  CommunicationIdentifierKind,
  CommunicationUserIdentifier,
  MicrosoftTeamsAppIdentifier,
  MicrosoftTeamsUserIdentifier,
  PhoneNumberIdentifier,
  UnknownIdentifier,
} from '@azure/communication-common';
import type { CallDiagnosticName, DiagnosticKind, DiagnosticValue } from '../../../shared/calls/call-diagnostics';
import type { CallState } from '../../../shared/calls/call-view';
import type { EngineKind } from '../../../shared/session/state';
import type { AgentKind } from '../../../shared/session/attempt';

/*
 * The slice of the Calling SDK the engine uses, shaped like the SDK itself so that the real
 * objects satisfy it without wrappers and the simulator can stand in for them. The runner
 * (and, later, the call features) only ever see these types. Call features extend these
 * interfaces rather than reaching past them.
 */

/** The SDK's own union (@azure/communication-calling ConnectionState). */
export type ConnectionState = 'Connected' | 'Disconnected';

/** The SDK's own union (ConnectionStateChangedReason). */
export type ConnectionStateChangedReason = 'invalidToken' | 'connectionIssue';

export interface ConnectionStateChangedArgs {
  newValue: ConnectionState;
  oldValue: ConnectionState;
  reason?: ConnectionStateChangedReason;
}

export type ConnectionStateChangedListener = (args: ConnectionStateChangedArgs) => void;

/** Structurally the same as @azure/abort-controller's AbortSignalLike. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface AccessTokenLike {
  token: string;
  /** Epoch milliseconds. */
  expiresOnTimestamp: number;
}

/** What createCallAgent accepts: the SDK's CommunicationTokenCredential. */
export interface TokenCredentialLike {
  getToken(options?: { abortSignal?: AbortSignalLike }): Promise<AccessTokenLike>;
  dispose(): void;
}

export interface CredentialOptions {
  /** The token to start with; the credential asks tokenRefresher once it is about to expire. */
  token: string;
  tokenRefresher: (abortSignal?: AbortSignalLike) => Promise<string>;
}

/** The SDK's CallEndReason. */
export interface CallEndReasonLike {
  readonly code: number;
  readonly subCode?: number;
}

/** The SDK's DtmfTone. */
export type DtmfToneLike = 'Num0' | 'Num1' | 'Num2' | 'Num3' | 'Num4' | 'Num5' | 'Num6' | 'Num7' | 'Num8' | 'Num9' | 'Star' | 'Pound' | 'A' | 'B' | 'C' | 'D' | 'Flash';

/** The SDK's PropertyChangedEvent: read the property again when it fires. */
export type PropertyChangedListener = () => void;

export interface CollectionUpdatedArgs<T> {
  added: T[];
  removed: T[];
}
export type CollectionUpdatedListener<T> = (args: CollectionUpdatedArgs<T>) => void;

export interface RemoteParticipantLike {
  readonly identifier: CommunicationIdentifierKind;
  readonly displayName?: string;
}

export interface CallLike {
  /** The SDK may replace a call's id once the service assigns one (idChanged); it is not a stable key. */
  readonly id: string;
  readonly state: CallState;
  readonly direction: 'Incoming' | 'Outgoing';
  readonly callEndReason?: CallEndReasonLike;
  readonly isMuted: boolean;
  readonly remoteParticipants: ReadonlyArray<RemoteParticipantLike>;
  mute(): Promise<void>;
  unmute(): Promise<void>;
  hold(): Promise<void>;
  resume(): Promise<void>;
  hangUp(): Promise<void>;
  sendDtmf(tone: DtmfToneLike): Promise<void>;
  on(event: 'stateChanged' | 'isMutedChanged', listener: PropertyChangedListener): void;
  off(event: 'stateChanged' | 'isMutedChanged', listener: PropertyChangedListener): void;
}

export interface CallerInfoLike {
  readonly identifier: CommunicationIdentifierKind | undefined;
  readonly displayName?: string;
}

export interface AudioOptionsLike {
  muted?: boolean;
}

export interface AcceptCallOptionsLike {
  audioOptions?: AudioOptionsLike;
}

export type CallEndedListener = (args: { callEndReason: CallEndReasonLike }) => void;

export interface IncomingCallLike {
  readonly id: string;
  readonly callerInfo: CallerInfoLike;
  readonly callEndReason?: CallEndReasonLike;
  accept(options?: AcceptCallOptionsLike): Promise<CallLike>;
  reject(): Promise<void>;
  on(event: 'callEnded', listener: CallEndedListener): void;
  off(event: 'callEnded', listener: CallEndedListener): void;
}

export interface StartCallOptionsLike {
  /** Required by the service for calls to phone numbers: an ACS number of the resource, in E.164. */
  alternateCallerId?: PhoneNumberIdentifier;
  audioOptions?: AudioOptionsLike;
}

export type IncomingCallListener = (args: { incomingCall: IncomingCallLike }) => void;

/** What CallAgent and TeamsCallAgent share: connection, calls, incoming calls, dispose. */
export interface CallAgentCommonLike {
  readonly connectionState: ConnectionState;
  readonly calls: ReadonlyArray<CallLike>;
  on(event: 'connectionStateChanged', listener: ConnectionStateChangedListener): void;
  on(event: 'incomingCall', listener: IncomingCallListener): void;
  on(event: 'callsUpdated', listener: CollectionUpdatedListener<CallLike>): void;
  off(event: 'connectionStateChanged', listener: ConnectionStateChangedListener): void;
  off(event: 'incomingCall', listener: IncomingCallListener): void;
  off(event: 'callsUpdated', listener: CollectionUpdatedListener<CallLike>): void;
  dispose(): Promise<void>;
}

export interface CallAgentLike extends CallAgentCommonLike {
  /** Throws at once for input the SDK rejects (e.g. calling yourself); other failures end the call with a callEndReason. */
  startCall(targets: CommunicationIdentifier[], options?: StartCallOptionsLike): CallLike;
}

/** Whom a Teams user can call 1:1 (the SDK's union): Teams users, phone numbers and Teams apps, never ACS users. */
export type TeamsCalleeIdentifier = MicrosoftTeamsUserIdentifier | PhoneNumberIdentifier | MicrosoftTeamsAppIdentifier | UnknownIdentifier;

/** The SDK's StartTeamsCallOptions: no alternateCallerId, a Teams user calls out with their own number. */
export interface StartTeamsCallOptionsLike {
  audioOptions?: AudioOptionsLike;
}

export interface TeamsCallAgentLike extends CallAgentCommonLike {
  /** One participant: a 1:1 call. (The SDK's array overload starts a group call instead.) */
  startCall(participant: TeamsCalleeIdentifier, options?: StartTeamsCallOptionsLike): CallLike;
}

/** A created agent, tagged with its kind because the two start calls differently. */
export type AgentOfKind = { kind: 'acs'; agent: CallAgentLike } | { kind: 'teams'; agent: TeamsCallAgentLike };

/** The SDK's AudioDeviceInfo. */
export interface AudioDeviceLike {
  readonly id: string;
  readonly name: string;
  readonly isSystemDefault: boolean;
  readonly deviceType: 'Microphone' | 'Speaker' | 'CompositeAudioDevice' | 'Virtual';
}

/** The SDK's DeviceManager, audio only: one per page, obtained from any CallClient. */
export interface DeviceManagerLike {
  readonly selectedMicrophone?: AudioDeviceLike;
  readonly selectedSpeaker?: AudioDeviceLike;
  /** False where the browser cannot route output (then the system's speaker plays). */
  readonly isSpeakerSelectionAvailable: boolean;
  getMicrophones(): Promise<AudioDeviceLike[]>;
  getSpeakers(): Promise<AudioDeviceLike[]>;
  /** Takes one of the objects getMicrophones() returned. */
  selectMicrophone(device: AudioDeviceLike): Promise<void>;
  selectSpeaker(device: AudioDeviceLike): Promise<void>;
  askDevicePermission(constraints: { audio: boolean; video: boolean }): Promise<{ audio: boolean; video: boolean }>;
  on(event: 'audioDevicesUpdated', listener: CollectionUpdatedListener<AudioDeviceLike>): void;
  on(event: 'selectedMicrophoneChanged' | 'selectedSpeakerChanged', listener: PropertyChangedListener): void;
  off(event: 'audioDevicesUpdated', listener: CollectionUpdatedListener<AudioDeviceLike>): void;
  off(event: 'selectedMicrophoneChanged' | 'selectedSpeakerChanged', listener: PropertyChangedListener): void;
}

/**
 * The SDK types TeamsCallAgentOptions as empty, yet createTeamsCallAgent reads `displayName`
 * and rejects it for Teams users. QA passes one on purpose to provoke that error, so both
 * methods take the same options here.
 */
export interface CallAgentCreateOptions {
  displayName?: string;
}

export interface CallClientLike {
  createCallAgent(credential: TokenCredentialLike, options?: CallAgentCreateOptions): Promise<CallAgentLike>;
  createTeamsCallAgent(credential: TokenCredentialLike, options?: CallAgentCreateOptions): Promise<TeamsCallAgentLike>;
  getDeviceManager(): Promise<DeviceManagerLike>;
  /** Also disposes the agent this client created. */
  dispose(): Promise<void>;
}

/** One diagnosticChanged event of the SDK's UserFacingDiagnostics feature (network or media). */
export interface CallDiagnosticEvent {
  kind: DiagnosticKind;
  diagnostic: CallDiagnosticName;
  value: DiagnosticValue;
}
export type CallDiagnosticListener = (event: CallDiagnosticEvent) => void;

/** The SDK's RecordingCallFeature, as far as the engine reads it. */
export interface RecordingFeatureLike {
  readonly isRecordingActive: boolean;
  on(event: 'isRecordingActiveChanged', listener: PropertyChangedListener): void;
  off(event: 'isRecordingActiveChanged', listener: PropertyChangedListener): void;
}

/** The SDK's TranscriptionCallFeature, as far as the engine reads it. */
export interface TranscriptionFeatureLike {
  readonly isTranscriptionActive: boolean;
  on(event: 'isTranscriptionActiveChanged', listener: PropertyChangedListener): void;
  off(event: 'isTranscriptionActiveChanged', listener: PropertyChangedListener): void;
}

/** Whether a call is being recorded or transcribed right now (by anyone on it). */
export interface CallCaptureState {
  recording: boolean;
  transcribing: boolean;
}
export type CallCaptureListener = (state: CallCaptureState) => void;

/** The SDK's TransferState. */
export type TransferStateLike = 'None' | 'Transferring' | 'Transferred' | 'Failed';

/** The SDK's Transfer: one transfer's progress, from Transferring to Transferred or Failed (with its error). */
export interface TransferLike {
  readonly state: TransferStateLike;
  readonly error?: { readonly code: number; readonly subCode?: number };
  on(event: 'stateChanged', listener: PropertyChangedListener): void;
  off(event: 'stateChanged', listener: PropertyChangedListener): void;
}

/** The SDK's TransferEventArgs: the call the SDK started to the target when the remote side transferred us. */
export interface TransferAcceptedArgs {
  targetCall: CallLike;
}
export type TransferAcceptedListener = (args: TransferAcceptedArgs) => void;

/**
 * The SDK's TransferCallFeature: a call is transferred to a participant (blind), to another call
 * (consultative: the call to the target) or, for Teams users, to a Teams user's voicemail. The SDK
 * accepts a transfer the remote side asks for by itself and reports it as transferAccepted.
 */
export interface TransferFeatureLike {
  transfer(target: { targetParticipant: CommunicationIdentifier }): TransferLike;
  transfer(target: { targetCallId: string }): TransferLike;
  transfer(target: { targetParticipantVoicemail: MicrosoftTeamsUserIdentifier }): TransferLike;
  on(event: 'transferAccepted', listener: TransferAcceptedListener): void;
  off(event: 'transferAccepted', listener: TransferAcceptedListener): void;
}

// ---- call quality and the end-of-call survey (Features.MediaStats, Features.CallSurvey) ----

/** One audio stream's figures in a MediaStats sample (the SDK's Outgoing/IncomingAudioMediaStats). */
export interface AudioStreamStatsLike {
  readonly rttInMs?: number;
  readonly jitterInMs?: number;
  readonly packetsPerSecond?: number;
  readonly packetsLostPerSecond?: number;
}

/** One sampleReported event of the SDK's MediaStats collector (once a second), audio only. */
export interface MediaStatsSampleLike {
  readonly audio: { readonly send: readonly AudioStreamStatsLike[]; readonly receive: readonly AudioStreamStatsLike[] };
}
export type MediaStatsSampleListener = (sample: MediaStatsSampleLike) => void;

/** The SDK's MediaStatsCollector, as far as the engine reads it. */
export interface MediaStatsCollectorLike {
  on(event: 'sampleReported', listener: MediaStatsSampleListener): void;
  off(event: 'sampleReported', listener: MediaStatsSampleListener): void;
  dispose(): void;
}

/** The SDK's MediaStatsCallFeature. */
export interface MediaStatsFeatureLike {
  createCollector(options?: { aggregationInterval?: number; dataPointsPerAggregation?: number }): MediaStatsCollectorLike;
}

/** The SDK's CallSurvey as the app fills it: the overall rating on the SDK's default 1–5 scale. */
export interface CallSurveyLike {
  overallRating: { score: number };
}

/** The SDK's CallSurveyFeature. */
export interface CallSurveyFeatureLike {
  submitSurvey(survey: CallSurveyLike): Promise<unknown>;
}
// ---- Add people / conference ----

/** The SDK's RemoteParticipantState. */
export type ParticipantStateLike = 'Idle' | 'Connecting' | 'Ringing' | 'Connected' | 'Hold' | 'InLobby' | 'EarlyMedia' | 'Disconnected';

/** The SDK's RemoteParticipant, as far as the participant list reads it. */
export interface ParticipantLike extends RemoteParticipantLike {
  readonly state: ParticipantStateLike;
  readonly isMuted: boolean;
  /** Why the participant left (or could not be added), once they have. */
  readonly callEndReason?: CallEndReasonLike;
  on(event: 'stateChanged' | 'isMutedChanged' | 'displayNameChanged', listener: PropertyChangedListener): void;
  off(event: 'stateChanged' | 'isMutedChanged' | 'displayNameChanged', listener: PropertyChangedListener): void;
}

/** What a call's participant list follows; both the SDK's Call and TeamsCall have it. */
export interface ParticipantListLike {
  readonly remoteParticipants: ReadonlyArray<ParticipantLike>;
  on(event: 'remoteParticipantsUpdated', listener: CollectionUpdatedListener<ParticipantLike>): void;
  off(event: 'remoteParticipantsUpdated', listener: CollectionUpdatedListener<ParticipantLike>): void;
}

/** The SDK's AddPhoneNumberOptions: the resource's number the added phone sees (as for startCall). */
export interface AddPhoneNumberOptionsLike {
  alternateCallerId?: PhoneNumberIdentifier;
}

/**
 * A CallAgent's Call (an ACS identity): it adds ACS users and Teams users, and phone numbers with
 * one of the resource's numbers as caller id. The returned participant starts out Connecting; a
 * failed add ends it Disconnected with a callEndReason.
 */
export interface AcsConferenceCallLike extends ParticipantListLike {
  addParticipant(identifier: CommunicationUserIdentifier | MicrosoftTeamsUserIdentifier): ParticipantLike;
  addParticipant(identifier: PhoneNumberIdentifier, options?: AddPhoneNumberOptionsLike): ParticipantLike;
  removeParticipant(identifier: CommunicationIdentifier): Promise<void>;
}

/** A TeamsCallAgent's TeamsCall: whom a Teams user can call, with their own number for phones (no caller id option). */
export interface TeamsConferenceCallLike extends ParticipantListLike {
  addParticipant(participant: TeamsCalleeIdentifier): ParticipantLike;
  removeParticipant(participant: MicrosoftTeamsUserIdentifier | PhoneNumberIdentifier | UnknownIdentifier): Promise<void>;
}

/** A call's conference side, tagged with its agent's kind because the two add people differently. */
export type ConferenceCallOfKind = { kind: 'acs'; call: AcsConferenceCallLike } | { kind: 'teams'; call: TeamsConferenceCallLike };

// ---- end of add people / conference ----

export interface CallingBackend {
  readonly kind: EngineKind;
  createCallClient(): Promise<CallClientLike>;
  createCredential(options: CredentialOptions): Promise<TokenCredentialLike>;
  /**
   * Follows a call's User Facing Diagnostics (the SDK's Call.feature is generic, so this lives
   * here rather than on CallLike). Diagnostics already raised are reported first. Returns the
   * unsubscribe. Optional so that test backends without diagnostics need not stub it.
   */
  watchCallDiagnostics?(call: CallLike, listener: CallDiagnosticListener): () => void;
  /**
   * Follows whether a call is recorded or transcribed (the SDK's Recording and Transcription
   * features); the current state is reported first, then every change. Returns the unsubscribe.
   */
  watchCallCapture?(call: CallLike, listener: CallCaptureListener): () => void;
  /** A call's Transfer feature (the SDK's `call.feature(Features.Transfer)`), once the SDK is at hand. */
  callTransfer?(call: CallLike): Promise<TransferFeatureLike>;
  /**
   * Follows a call's audio media statistics (the SDK's MediaStats feature): a sample a second
   * until the returned stop, which also disposes the collector.
   */
  watchCallMediaStats?(call: CallLike, listener: MediaStatsSampleListener): () => void;
  /** Sends the end-of-call survey (the SDK's CallSurvey feature) for a call that has ended. */
  submitCallSurvey?(call: CallLike, survey: CallSurveyLike): Promise<void>;
  /**
   * The call's participants and how to add and remove them (the SDK's Call and TeamsCall take
   * different identifiers, so `kind` names the agent that placed or answered it).
   */
  conferenceOf?(call: CallLike, kind: AgentKind): ConferenceCallOfKind;
}
