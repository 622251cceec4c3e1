import { createIdentifierFromRawId } from '@azure/communication-common';
import { parseCallee, peerFromCallee, peerFromIdentifier } from '../../../../shared/calls/callee';
import type { CountryCode } from '../../../../shared/calls/phone-number';
import type { CallEndReason, CallState, CallView, IncomingCallView, Peer } from '../../../../shared/calls/call-view';
import { describeDiagnostic, isRaised, type CallWarning } from '../../../../shared/calls/call-diagnostics';
import { describeEndReason, type CallFailure, type EndKind } from '../../../../shared/calls/end-reasons';
import { toRawSdkError } from '../../../../shared/errors/classify';
import { missingCase } from '../../../../shared/util/missing-case';
import { historyPeerOf, type CallOutcome, type NewCallHistoryEntry } from '../../../../shared/history/call-history-schema';
import type { IpcResult, ReplyOf, RequestOf } from '../../../../shared/ipc/contract';
import type { ActiveAgent } from '../agent-runner';
import type {
  AudioDeviceLike,
  CallAgentCommonLike,
  CallDiagnosticEvent,
  CallDiagnosticListener,
  CallLike,
  CollectionUpdatedListener,
  ConnectionStateChangedListener,
  DeviceManagerLike,
  DtmfToneLike,
  IncomingCallLike,
  IncomingCallListener,
  PropertyChangedListener,
} from '../calling-backend';
import { silentEngineLogger, type EngineClock, type EngineLogger } from '../clock';
import type { CallController, CallsSnapshot, DeviceView, DialRefusalReason, DialResult } from './call-controller-api';
import type { MicrophoneLevelMeter, MicrophoneLevelSession } from './microphone-level';
import { SilentMicrophoneWatch } from './silent-microphone';

/** The settings calls read at the moment they need them (main owns and may change them). */
export interface CallSettings {
  /** The ACS phone number presented on calls to phone numbers. */
  alternateCallerId?: string | undefined;
  /** The country national numbers are dialled in (the setting, else the system language's region). */
  defaultCountry?: CountryCode | undefined;
  microphoneId?: string | undefined;
  speakerId?: string | undefined;
}

/** Where finished calls go: main's `history.add` channel. */
export interface CallHistoryIpc {
  invoke(channel: 'history.add', request: RequestOf<'history.add'>): Promise<IpcResult<ReplyOf<'history.add'>>>;
}

/** Where raised/cleared diagnostics go: main's `calls.diagnostic` channel (its log and timeline). */
export interface CallDiagnosticsIpc {
  invoke(channel: 'calls.diagnostic', request: RequestOf<'calls.diagnostic'>): Promise<IpcResult<ReplyOf<'calls.diagnostic'>>>;
}

/** The backend's watchCallDiagnostics. */
export type WatchCallDiagnostics = (call: CallLike, listener: CallDiagnosticListener) => () => void;

/** The AgentRunner, as far as calls need it. */
export interface ActiveAgentSource {
  onAgentChanged(listener: (active: ActiveAgent | undefined) => void): () => void;
}

export interface CallControllerOptions {
  agents: ActiveAgentSource;
  clock: EngineClock;
  getSettings: () => CallSettings | Promise<CallSettings>;
  history: CallHistoryIpc;
  levelMeter: MicrophoneLevelMeter;
  logger?: EngineLogger;
  /** Absent: calls show no diagnostics. */
  watchDiagnostics?: WatchCallDiagnostics;
  /** Absent: diagnostics are shown but not reported to main. */
  diagnosticsIpc?: CallDiagnosticsIpc;
}

interface TrackedCall {
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
  /** Raised User Facing Diagnostics, oldest first. */
  warnings: CallWarning[];
  stopListening: () => void;
}

interface TrackedIncoming {
  readonly id: string;
  readonly incoming: IncomingCallLike;
  readonly caller: Peer;
  readonly receivedAt: number;
  declinedHere: boolean;
  stopListening: () => void;
}

/** States in which a call holds the line: the microphone meter runs while any call is in one. */
const activeStates: ReadonlySet<CallState> = new Set(['Connecting', 'Ringing', 'EarlyMedia', 'Connected', 'LocalHold', 'RemoteHold', 'InLobby']);

const dtmfTones: Readonly<Record<string, DtmfToneLike>> = {
  '0': 'Num0',
  '1': 'Num1',
  '2': 'Num2',
  '3': 'Num3',
  '4': 'Num4',
  '5': 'Num5',
  '6': 'Num6',
  '7': 'Num7',
  '8': 'Num8',
  '9': 'Num9',
  '*': 'Star',
  '#': 'Pound',
};

/** End kinds that mean "this call did not happen" when it never connected and nobody here hung up. */
const setupFailureKinds: ReadonlySet<EndKind> = new Set(['failed', 'busy', 'noAnswer', 'unavailable']);

function toEndReason(reason: { code: number; subCode?: number } | undefined): CallEndReason | undefined {
  if (!reason) return undefined;
  return reason.subCode === undefined ? { code: reason.code } : { code: reason.code, subCode: reason.subCode };
}

function toDeviceView(device: AudioDeviceLike): DeviceView {
  return { id: device.id, name: device.name, isSystemDefault: device.isSystemDefault };
}

function refused(reason: DialRefusalReason): DialResult {
  return { ok: false, refusal: { kind: 'refused', reason } };
}

function messageOf(error: unknown): string {
  return toRawSdkError(error).message;
}

/**
 * Calls on the current CallAgent, for either backend: it owns every SDK Call and IncomingCall
 * object and turns them into immutable snapshots for the screens. It follows the AgentRunner's
 * agent (a new sign-in brings a new one), reports each finished call to main's history, and
 * explains failed calls with the SDK's end reasons in words.
 */
export class AgentCallController implements CallController {
  private active: ActiveAgent | undefined;
  private stopAgent: (() => void) | undefined;
  private devices: DeviceManagerLike | undefined;
  private stopDevices: (() => void) | undefined;
  private readonly live: TrackedCall[] = [];
  private ended: TrackedCall | undefined;
  private readonly ringing: TrackedIncoming[] = [];
  private microphones: AudioDeviceLike[] = [];
  private speakers: AudioDeviceLike[] = [];
  private selectedMicrophoneId: string | undefined;
  private selectedSpeakerId: string | undefined;
  private level = 0;
  private meter: { session: MicrophoneLevelSession | undefined; deviceId: string | undefined } | undefined;
  /** Watches the level of the call being talked on (connected, not muted); see silent-microphone.ts. */
  private silence: { watch: SilentMicrophoneWatch; call: TrackedCall } | undefined;
  private lastFailure: { failure: CallFailure; callId?: string } | undefined;
  private current: CallsSnapshot;
  private readonly listeners = new Set<(snapshot: CallsSnapshot) => void>();
  private readonly levelListeners = new Set<(level: number) => void>();
  private readonly stopRunner: () => void;
  private nextId = 1;
  private readonly logger: EngineLogger;

  constructor(private readonly options: CallControllerOptions) {
    this.logger = options.logger ?? silentEngineLogger;
    this.current = this.buildSnapshot();
    this.stopRunner = options.agents.onAgentChanged((active) => this.useAgent(active));
  }

  snapshot(): CallsSnapshot {
    return this.current;
  }

  subscribe(listener: (snapshot: CallsSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  microphoneLevel(): number {
    return this.level;
  }

  subscribeLevel(listener: (level: number) => void): () => void {
    this.levelListeners.add(listener);
    return () => this.levelListeners.delete(listener);
  }

  dispose(): void {
    this.stopRunner();
    this.useAgent(undefined);
    this.listeners.clear();
    this.levelListeners.clear();
  }

  async startCall(input: string): Promise<DialResult> {
    const active = this.active;
    // Read at dial time: the default country and caller id saved a moment ago apply to this call.
    const settings = await this.options.getSettings();
    const callee = parseCallee(input, { defaultCountry: settings.defaultCountry });
    if (!callee.ok) return { ok: false, refusal: { kind: 'callee', callee: callee.refusal } };
    if (!active || active.agent.connectionState !== 'Connected') return refused('notConnected');
    if (this.active !== active) return refused('signedOutDuringSetup');
    if (active.kind === 'teams' && callee.kind === 'acsUser') return refused('teamsCannotCallAcsUser');
    // A Teams user calls phone numbers with their own Teams number; an ACS user presents one of the resource's.
    const alternateCallerId = callee.kind === 'phoneNumber' && active.kind === 'acs' ? settings.alternateCallerId : undefined;
    if (callee.kind === 'phoneNumber' && active.kind === 'acs' && !alternateCallerId) return refused('callerIdMissing');

    this.setFailure(undefined);
    await this.holdConnectedCalls();
    const dialledAt = this.options.clock.now();
    let call: CallLike;
    try {
      call = dial(active, callee.rawId, alternateCallerId);
    } catch (error) {
      const raw = toRawSdkError(error);
      const codes = raw.code === undefined ? '' : ` (${raw.code}/${raw.subCode ?? '-'})`;
      const message = `${raw.message}${codes}`;
      this.setFailure({ failure: { kind: 'notStarted', detail: message, retryable: false } });
      this.publish();
      return { ok: false, refusal: { kind: 'notStarted', detail: message } };
    }
    const tracked = this.track(call, { direction: 'outgoing', peer: peerFromCallee(callee), rangAt: dialledAt });
    return { ok: true, callId: tracked.id };
  }

  async accept(incomingId: string): Promise<void> {
    const entry = this.ringing.find((candidate) => candidate.id === incomingId);
    if (!entry) return;
    await this.holdConnectedCalls();
    this.forgetIncoming(entry);
    let call: CallLike;
    try {
      call = await entry.incoming.accept({ audioOptions: { muted: false } });
    } catch (error) {
      this.setFailure({ failure: { kind: 'notAnswered', detail: messageOf(error), retryable: true } });
      this.reportIncoming(entry, 'failed', toEndReason(entry.incoming.callEndReason));
      this.publish();
      return;
    }
    this.track(call, { direction: 'incoming', peer: entry.caller, rangAt: entry.receivedAt });
    this.publish();
  }

  async decline(incomingId: string): Promise<void> {
    const entry = this.ringing.find((candidate) => candidate.id === incomingId);
    if (!entry) return;
    entry.declinedHere = true;
    try {
      await entry.incoming.reject();
    } finally {
      // The SDK may or may not raise callEnded for a rejected call; the outcome is known either way.
      if (this.ringing.includes(entry)) this.endIncoming(entry);
    }
  }

  async hangUp(callId: string): Promise<void> {
    const tracked = this.findLive(callId);
    if (!tracked) return;
    tracked.hungUpHere = true;
    await tracked.call.hangUp();
  }

  async setMuted(callId: string, muted: boolean): Promise<void> {
    const tracked = this.requireLive(callId);
    if (muted) await tracked.call.mute();
    else await tracked.call.unmute();
    this.refresh(tracked);
  }

  async setHeld(callId: string, held: boolean): Promise<void> {
    const tracked = this.requireLive(callId);
    if (held) {
      await tracked.call.hold();
    } else {
      // One call at a time is live: resuming this one holds the one in progress. Mute is about
      // the microphone, not one call: the resumed call takes the muting of the one it replaces.
      const talking = this.live.find((other) => other !== tracked && other.call.state === 'Connected');
      await this.holdConnectedCalls(tracked);
      await tracked.call.resume();
      if (talking && talking.call.isMuted !== tracked.call.isMuted) {
        await (talking.call.isMuted ? tracked.call.mute() : tracked.call.unmute());
      }
    }
    this.refresh(tracked);
  }

  async sendDtmf(callId: string, tone: string): Promise<void> {
    const sdkTone = dtmfTones[tone];
    if (!sdkTone) throw new Error(`"${tone}" is not a keypad tone: use 0-9, * or #.`);
    await this.requireLive(callId).call.sendDtmf(sdkTone);
  }

  async selectMicrophone(deviceId: string): Promise<void> {
    const device = this.microphones.find((candidate) => candidate.id === deviceId);
    if (!this.devices || !device) throw new Error('That microphone is not available.');
    await this.devices.selectMicrophone(device);
    this.readSelection();
  }

  async selectSpeaker(deviceId: string): Promise<void> {
    const device = this.speakers.find((candidate) => candidate.id === deviceId);
    if (!this.devices || !device) throw new Error('That speaker is not available.');
    await this.devices.selectSpeaker(device);
    this.readSelection();
  }

  dismissEnded(callId: string): void {
    if (this.ended?.id !== callId) return;
    this.ended = undefined;
    if (this.lastFailure?.callId === callId) this.lastFailure = undefined;
    this.publish();
  }

  // ---- the agent ----

  private useAgent(active: ActiveAgent | undefined): void {
    if (active?.agent === this.active?.agent && active?.callClient === this.active?.callClient) return;
    this.stopAgent?.();
    this.stopAgent = undefined;
    // The SDK ends an agent's calls when it is disposed; whatever is still here did not say so.
    for (const tracked of [...this.live]) this.finishCall(tracked);
    for (const entry of [...this.ringing]) this.endIncoming(entry);
    this.active = active;
    if (active) {
      this.watchAgent(active.agent);
      void this.loadDevices(active);
    } else {
      this.releaseDevices();
    }
    this.publish();
  }

  private watchAgent(agent: CallAgentCommonLike): void {
    const onIncoming: IncomingCallListener = ({ incomingCall }) => this.trackIncoming(incomingCall);
    // Only for the snapshot's `reconnecting`: the session's own phase follows the runner's grace period.
    const onConnection: ConnectionStateChangedListener = () => this.publish();
    const onCallsUpdated: CollectionUpdatedListener<CallLike> = ({ added }) => {
      // Calls the SDK starts on its own (accepted elsewhere, an accept racing its promise) are shown too.
      for (const call of added) {
        if (!this.live.some((tracked) => tracked.call === call)) this.track(call, {});
      }
    };
    agent.on('incomingCall', onIncoming);
    agent.on('callsUpdated', onCallsUpdated);
    agent.on('connectionStateChanged', onConnection);
    this.stopAgent = () => {
      agent.off('connectionStateChanged', onConnection);
      agent.off('incomingCall', onIncoming);
      agent.off('callsUpdated', onCallsUpdated);
    };
    for (const call of agent.calls) this.track(call, {});
  }

  // ---- calls ----

  private track(call: CallLike, known: { direction?: 'incoming' | 'outgoing'; peer?: Peer; rangAt?: number }): TrackedCall {
    const existing = this.live.find((tracked) => tracked.call === call);
    if (existing) {
      if (known.peer) existing.peer = known.peer;
      if (known.rangAt !== undefined) existing.rangAt = known.rangAt;
      if (known.direction) existing.direction = known.direction;
      this.publish();
      return existing;
    }
    const now = this.options.clock.now();
    const remote = call.remoteParticipants[0];
    const onChange: PropertyChangedListener = () => this.refresh(tracked);
    const tracked: TrackedCall = {
      id: `call-${this.nextId++}`,
      call,
      direction: known.direction ?? (call.direction === 'Incoming' ? 'incoming' : 'outgoing'),
      peer: known.peer ?? peerFromIdentifier(remote?.identifier, remote?.displayName),
      startedAt: now,
      rangAt: known.rangAt ?? now,
      state: call.state,
      muted: call.isMuted,
      hungUpHere: false,
      warnings: [],
      stopListening: () => {
        call.off('stateChanged', onChange);
        call.off('isMutedChanged', onChange);
        stopDiagnostics();
      },
    };
    call.on('stateChanged', onChange);
    call.on('isMutedChanged', onChange);
    this.live.push(tracked);
    const stopDiagnostics = this.options.watchDiagnostics?.(call, (event) => this.onDiagnostic(tracked, event)) ?? (() => undefined);
    this.refresh(tracked);
    return tracked;
  }

  private refresh(tracked: TrackedCall): void {
    if (!this.live.includes(tracked)) return;
    const { call } = tracked;
    tracked.state = call.state;
    tracked.muted = call.isMuted;
    if (tracked.connectedAt === undefined && call.state === 'Connected') tracked.connectedAt = this.options.clock.now();
    if (call.state === 'Disconnected') {
      this.finishCall(tracked);
      return;
    }
    this.publish();
  }

  private finishCall(tracked: TrackedCall): void {
    const index = this.live.indexOf(tracked);
    if (index < 0) return;
    this.live.splice(index, 1);
    tracked.stopListening();
    tracked.state = 'Disconnected';
    // An ended call has no network or microphone left to warn about.
    for (const warning of tracked.warnings.splice(0)) this.reportDiagnostic(tracked, warning, false);
    const endReason = toEndReason(tracked.call.callEndReason);
    if (endReason) tracked.endReason = endReason;
    const endedAt = Math.max(this.options.clock.now(), tracked.rangAt);
    tracked.endedAt = endedAt;
    const described = describeEndReason(endReason, tracked.direction);
    const connected = tracked.connectedAt !== undefined;

    let outcome: CallOutcome;
    if (connected) outcome = described.kind === 'failed' ? 'failed' : 'completed';
    else if (tracked.hungUpHere || described.kind === 'cancelled') outcome = 'cancelled';
    else if (described.kind === 'declined') outcome = 'declined';
    else outcome = 'failed';

    const failed = connected ? described.kind === 'failed' : !tracked.hungUpHere && setupFailureKinds.has(described.kind);
    if (failed) {
      const action = described.action ?? (described.retryable ? 'callAgain' : undefined);
      const end = action === undefined ? described : { ...described, action };
      this.setFailure({ failure: { kind: 'ended', end: Object.freeze(end), retryable: described.retryable }, callId: tracked.id });
    }

    this.ended = tracked;
    this.report({
      direction: tracked.direction,
      peer: tracked.peer,
      startedAt: tracked.rangAt,
      ...(tracked.connectedAt === undefined ? {} : { connectedAt: tracked.connectedAt }),
      endedAt,
      durationMs: tracked.connectedAt === undefined ? 0 : endedAt - tracked.connectedAt,
      endReason: { code: endReason?.code ?? 0, subCode: endReason?.subCode ?? 0 },
      outcome,
    });
    this.publish();
  }

  // ---- User Facing Diagnostics ----

  private onDiagnostic(tracked: TrackedCall, event: CallDiagnosticEvent): void {
    if (!this.live.includes(tracked)) return;
    const index = tracked.warnings.findIndex((warning) => warning.diagnostic === event.diagnostic);
    const existing = tracked.warnings[index];
    if (!isRaised(event.value)) {
      // getLatest() also reports diagnostics that were never raised: nothing to clear then.
      if (!existing) return;
      tracked.warnings.splice(index, 1);
      this.reportDiagnostic(tracked, { ...existing, value: event.value }, false);
    } else {
      if (existing?.value === event.value) return;
      const warning: CallWarning = {
        diagnostic: event.diagnostic,
        kind: event.kind,
        severity: describeDiagnostic(event.diagnostic, event.value).severity,
        value: event.value,
        since: existing?.since ?? this.options.clock.now(),
      };
      if (existing) tracked.warnings[index] = warning;
      else tracked.warnings.push(warning);
      this.reportDiagnostic(tracked, warning, true);
    }
    this.publish();
  }

  private reportDiagnostic(tracked: TrackedCall, warning: CallWarning, raised: boolean): void {
    const ipc = this.options.diagnosticsIpc;
    if (!ipc) return;
    const change = { callId: tracked.id, kind: warning.kind, diagnostic: warning.diagnostic, value: warning.value, raised, at: this.options.clock.now() };
    ipc.invoke('calls.diagnostic', change).then(
      (result) => {
        if (!result.ok) this.logger.warn('calls.diagnostic was refused', { error: result.error.message });
      },
      (error: unknown) => this.logger.warn('calls.diagnostic failed', { error: messageOf(error) }),
    );
  }

  private async holdConnectedCalls(except?: TrackedCall): Promise<void> {
    for (const tracked of [...this.live]) {
      if (tracked === except || tracked.call.state !== 'Connected') continue;
      try {
        await tracked.call.hold();
      } catch (error) {
        this.logger.warn('could not hold the current call', { error: messageOf(error) });
      }
      this.refresh(tracked);
    }
  }

  private findLive(callId: string): TrackedCall | undefined {
    return this.live.find((tracked) => tracked.id === callId);
  }

  private requireLive(callId: string): TrackedCall {
    const tracked = this.findLive(callId);
    if (!tracked) throw new Error('That call has ended.');
    return tracked;
  }

  // ---- incoming calls ----

  private trackIncoming(incoming: IncomingCallLike): void {
    if (this.ringing.some((entry) => entry.incoming === incoming)) return;
    const onEnded = () => this.endIncoming(entry);
    const entry: TrackedIncoming = {
      id: `incoming-${this.nextId++}`,
      incoming,
      caller: peerFromIdentifier(incoming.callerInfo.identifier, incoming.callerInfo.displayName),
      receivedAt: this.options.clock.now(),
      declinedHere: false,
      stopListening: () => incoming.off('callEnded', onEnded),
    };
    incoming.on('callEnded', onEnded);
    this.ringing.push(entry);
    this.publish();
  }

  /** It stopped ringing without being answered here. */
  private endIncoming(entry: TrackedIncoming): void {
    if (!this.ringing.includes(entry)) return;
    this.forgetIncoming(entry);
    this.reportIncoming(entry, entry.declinedHere ? 'declined' : 'missed', toEndReason(entry.incoming.callEndReason));
    this.publish();
  }

  private forgetIncoming(entry: TrackedIncoming): void {
    const index = this.ringing.indexOf(entry);
    if (index >= 0) this.ringing.splice(index, 1);
    entry.stopListening();
  }

  private reportIncoming(entry: TrackedIncoming, outcome: CallOutcome, reason: CallEndReason | undefined): void {
    const endedAt = Math.max(this.options.clock.now(), entry.receivedAt);
    this.report({
      direction: 'incoming',
      peer: entry.caller,
      startedAt: entry.receivedAt,
      endedAt,
      durationMs: 0,
      endReason: { code: reason?.code ?? 0, subCode: reason?.subCode ?? 0 },
      outcome,
    });
  }

  // ---- devices and the microphone level ----

  private async loadDevices(active: ActiveAgent): Promise<void> {
    try {
      const devices = await active.callClient.getDeviceManager();
      if (this.active !== active) return;
      this.devices = devices;
      const onDevices = () => void this.readDeviceLists(devices);
      const onSelection = () => this.readSelection();
      devices.on('audioDevicesUpdated', onDevices);
      devices.on('selectedMicrophoneChanged', onSelection);
      devices.on('selectedSpeakerChanged', onSelection);
      this.stopDevices = () => {
        devices.off('audioDevicesUpdated', onDevices);
        devices.off('selectedMicrophoneChanged', onSelection);
        devices.off('selectedSpeakerChanged', onSelection);
      };
      // Without permission the browser lists devices without names.
      await devices.askDevicePermission({ audio: true, video: false });
      await this.readDeviceLists(devices);
      await this.applyPreferredDevices(devices);
    } catch (error) {
      this.logger.warn('audio devices unavailable', { error: messageOf(error) });
    }
  }

  private async readDeviceLists(devices: DeviceManagerLike): Promise<void> {
    const [microphones, speakers] = await Promise.all([devices.getMicrophones(), devices.getSpeakers()]);
    if (this.devices !== devices) return;
    this.microphones = microphones;
    this.speakers = speakers;
    this.readSelection();
  }

  /** The devices chosen in Settings, when they are plugged in. */
  private async applyPreferredDevices(devices: DeviceManagerLike): Promise<void> {
    const { microphoneId, speakerId } = await this.options.getSettings();
    const microphone = this.microphones.find((device) => device.id === microphoneId);
    if (microphone && devices.selectedMicrophone?.id !== microphone.id) await devices.selectMicrophone(microphone);
    const speaker = this.speakers.find((device) => device.id === speakerId);
    if (speaker && devices.isSpeakerSelectionAvailable && devices.selectedSpeaker?.id !== speaker.id) await devices.selectSpeaker(speaker);
    this.readSelection();
  }

  private readSelection(): void {
    if (!this.devices) return;
    this.selectedMicrophoneId = this.devices.selectedMicrophone?.id;
    this.selectedSpeakerId = this.devices.selectedSpeaker?.id;
    this.publish();
  }

  private releaseDevices(): void {
    this.stopDevices?.();
    this.stopDevices = undefined;
    this.devices = undefined;
    this.microphones = [];
    this.speakers = [];
    this.selectedMicrophoneId = undefined;
    this.selectedSpeakerId = undefined;
  }

  /** Runs the meter on the selected microphone while a call holds the line, and only then. */
  private updateMeter(): void {
    const wanted = this.live.some((tracked) => activeStates.has(tracked.state));
    if (this.meter && (!wanted || this.meter.deviceId !== this.selectedMicrophoneId)) {
      this.meter.session?.stop();
      this.meter = undefined;
      this.setLevel(0);
    }
    if (wanted && !this.meter) {
      const holder: { session: MicrophoneLevelSession | undefined; deviceId: string | undefined } = { session: undefined, deviceId: this.selectedMicrophoneId };
      this.meter = holder;
      holder.session = this.options.levelMeter.start(holder.deviceId, (level) => {
        if (this.meter !== holder) return;
        this.silence?.watch.level(level);
        this.setLevel(level);
      });
    }
    this.updateSilenceWatch();
  }

  /** Levels go to their own listeners, never through publish(): see CallController.microphoneLevel. */
  private setLevel(level: number): void {
    if (level === this.level) return;
    this.level = level;
    for (const listener of [...this.levelListeners]) listener(level);
  }

  /**
   * A microphone that sends nothing shows as the SDK's own microphoneNotFunctioning diagnostic
   * on the call being talked on, so the banner, the timeline and main treat it alike.
   */
  private updateSilenceWatch(): void {
    const talking = this.meter ? this.live.find((tracked) => tracked.state === 'Connected' && !tracked.muted) : undefined;
    if (this.silence && this.silence.call === talking) return;
    const previous = this.silence;
    this.silence = undefined;
    previous?.watch.stop();
    // Muted, on hold or ended: silence means nothing now, so a warning the watch raised goes.
    if (previous?.watch.isSilent && this.live.includes(previous.call)) {
      this.onDiagnostic(previous.call, { kind: 'media', diagnostic: 'microphoneNotFunctioning', value: false });
    }
    if (!talking) return;
    this.silence = {
      call: talking,
      watch: new SilentMicrophoneWatch(this.options.clock, (silent) =>
        this.onDiagnostic(talking, { kind: 'media', diagnostic: 'microphoneNotFunctioning', value: silent }),
      ),
    };
  }

  // ---- snapshots ----

  private setFailure(failure: { failure: CallFailure; callId?: string } | undefined): void {
    this.lastFailure = failure;
  }

  private report(entry: NewCallHistoryEntry): void {
    this.options.history.invoke('history.add', { ...entry, peer: historyPeerOf(entry.peer) }).then(
      (result) => {
        if (!result.ok) this.logger.warn('history.add was refused', { error: result.error.message });
      },
      (error: unknown) => this.logger.warn('history.add failed', { error: messageOf(error) }),
    );
  }

  private publish(): void {
    this.updateMeter();
    this.current = this.buildSnapshot();
    for (const listener of [...this.listeners]) listener(this.current);
  }

  private buildSnapshot(): CallsSnapshot {
    const views = [...this.live, ...(this.ended ? [this.ended] : [])].map((tracked) => this.callView(tracked));
    const incoming: IncomingCallView[] = this.ringing.map((entry) => Object.freeze({ id: entry.id, caller: entry.caller, receivedAt: entry.receivedAt }));
    const failure = this.lastFailure;
    return Object.freeze({
      calls: Object.freeze(views) as CallView[],
      incoming: Object.freeze(incoming) as IncomingCallView[],
      microphones: Object.freeze(this.microphones.map(toDeviceView)) as DeviceView[],
      speakers: Object.freeze(this.speakers.map(toDeviceView)) as DeviceView[],
      selectedMicrophoneId: this.selectedMicrophoneId,
      selectedSpeakerId: this.selectedSpeakerId,
      reconnecting: this.active !== undefined && this.active.agent.connectionState === 'Disconnected',
      lastFailure: failure ? Object.freeze({ ...failure.failure }) : undefined,
    });
  }

  private callView(tracked: TrackedCall): CallView {
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
    if (tracked.warnings.length > 0) view.warnings = Object.freeze(tracked.warnings.map((warning) => Object.freeze({ ...warning }))) as CallWarning[];
    return Object.freeze(view);
  }
}

/** The two agents start a 1:1 call differently: CallAgent takes a list, TeamsCallAgent one participant. */
function dial(active: ActiveAgent, rawId: string, alternateCallerId: string | undefined): CallLike {
  const participant = createIdentifierFromRawId(rawId);
  const audioOptions = { muted: false };
  switch (active.kind) {
    case 'acs':
      return active.agent.startCall(
        [participant],
        alternateCallerId === undefined ? { audioOptions } : { alternateCallerId: { phoneNumber: alternateCallerId }, audioOptions },
      );
    case 'teams':
      if (participant.kind === 'communicationUser' || participant.kind === 'teamsExtensionUser') {
        throw new Error(`A Teams user cannot call this identity (${participant.kind}).`);
      }
      return active.agent.startCall(participant, { audioOptions });
    default:
      return missingCase(active);
  }
}
