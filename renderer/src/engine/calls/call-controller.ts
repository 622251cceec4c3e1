import type { CallView } from '../../../../shared/calls/call-view';
import { callIdsOf } from '../../../../shared/history/call-history-schema';
import type { CallFailure } from '../../../../shared/calls/end-reasons';
import { toRawSdkError } from '../../../../shared/errors/classify';
import type { ActiveAgent } from '../agent-runner';
import type { CallAgentCommonLike, CallLike, CollectionUpdatedListener, IncomingCallListener } from '../calling-backend';
import { silentEngineLogger, type EngineLogger } from '../clock';
import { AudioDevices } from './audio-devices';
import type { CallController, CallsSnapshot, DialResult } from './call-controller-api';
import type { ActiveAgentSource, CallControllerOptions, CallSettings } from './call-controller-options';
import { createCallFeatures, type CallFeatures } from './call-features';
import { CallSurveys } from './call-survey';
import { CallParticipants } from './call-participants';
import { Conference } from './conference';
import { CallHistoryReporter, finishedCallEntry, judgeFinishedCall, toEndReason, type CallHistoryIpc } from './call-history-report';
import { CallWarnings, type CallDiagnosticsIpc, type WatchCallDiagnostics } from './call-warnings';
import { describeStartError, dial, planDial, planTestCall, toDtmfTone, type PlannedDial } from './dial';
import { IncomingCalls } from './incoming-calls';
import { lineActivityOf, MicrophoneMonitor } from './microphone-monitor';
import { callView, learnKnown, trackCall, type KnownCall, type TrackedCall } from './tracked-call';
import { CallTransfers, type TransferRequest, type TransferResult } from './call-transfer';

export type { ActiveAgentSource, CallControllerOptions, CallDiagnosticsIpc, CallHistoryIpc, CallSettings, WatchCallDiagnostics };

/**
 * The call registry, for either backend: it follows the AgentRunner's agent (a new sign-in
 * brings a new one), owns every SDK Call object, carries out the screens' intents and composes
 * the immutable snapshots they render. Each other concern is a module that contributes its
 * slice: audio devices, the microphone monitor, call warnings, incoming calls, history, the SDK's
 * call features (recording notices, quality) and the rating after a call.
 */
export class AgentCallController implements CallController {
  private active: ActiveAgent | undefined;
  private stopAgent: (() => void) | undefined;
  private readonly live: TrackedCall[] = [];
  private ended: TrackedCall | undefined;
  private lastFailure: { failure: CallFailure; callId?: string } | undefined;
  private current: CallsSnapshot;
  private readonly listeners = new Set<(snapshot: CallsSnapshot) => void>();
  private readonly stopRunner: () => void;
  private nextId = 1;
  private readonly logger: EngineLogger;
  private readonly history: CallHistoryReporter;
  private readonly warnings: CallWarnings;
  private readonly features: CallFeatures;
  private readonly surveys: CallSurveys;
  private readonly transfers: CallTransfers;
  private readonly incoming: IncomingCalls;
  private readonly devices: AudioDevices;
  private readonly microphone: MicrophoneMonitor;
  private readonly participants: CallParticipants;
  readonly conference: Conference;

  constructor(private readonly options: CallControllerOptions) {
    this.logger = options.logger ?? silentEngineLogger;
    const { clock } = options;
    const publish = () => this.publish();
    this.history = new CallHistoryReporter(options.history, this.logger);
    this.warnings = new CallWarnings({ clock, logger: this.logger, watchDiagnostics: options.watchDiagnostics, diagnosticsIpc: options.diagnosticsIpc, onChange: publish });
    this.features = createCallFeatures(options, publish);
    this.surveys = new CallSurveys(options.submitSurvey, publish);
    const findLive = (callId: string) => this.live.find((tracked) => tracked.id === callId);
    const dialTarget = (input: string) => this.startCall(input);
    this.transfers = new CallTransfers({ feature: options.callTransfer, findLive, dial: dialTarget, getSettings: options.getSettings, agentKind: () => this.active?.kind, logger: this.logger, onChange: publish });
    this.incoming = new IncomingCalls({ clock, history: this.history, nextId: () => `incoming-${this.nextId++}`, onChange: publish });
    this.devices = new AudioDevices({ getPreferred: options.getSettings, logger: this.logger, onChange: () => this.lineChanged() });
    this.microphone = new MicrophoneMonitor({
      clock,
      levelMeter: options.levelMeter,
      onSilence: (callId, silent) => this.warnings.change(callId, { kind: 'media', diagnostic: 'microphoneNotFunctioning', value: silent }),
    });
    this.participants = new CallParticipants(options.conferenceOf, publish);
    const stateOf = (callId: string) => this.live.find((tracked) => tracked.id === callId)?.call.state;
    const [hangUp, dismissEnded] = [(id: string) => this.hangUp(id), (id: string) => this.dismissEnded(id)];
    this.conference = new Conference({ participants: this.participants, active: () => this.active, getSettings: options.getSettings, stateOf, hangUp, dismissEnded, logger: this.logger });
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
    return this.microphone.level();
  }

  subscribeLevel(listener: (level: number) => void): () => void {
    return this.microphone.subscribeLevel(listener);
  }

  dispose(): void {
    this.stopRunner();
    this.useAgent(undefined);
    this.microphone.dispose();
    this.listeners.clear();
  }

  async startCall(input: string): Promise<DialResult> {
    const active = this.active;
    // Read at dial time: the default country and caller id saved a moment ago apply to this call.
    const plan = planDial(input, await this.options.getSettings(), active, this.active === active);
    return plan.ok ? this.place(plan, {}) : plan;
  }

  async startTestCall(): Promise<DialResult> {
    const plan = planTestCall(this.active);
    return plan.ok ? this.place(plan, { testCall: true }) : plan;
  }

  transfer(callId: string, request: TransferRequest): Promise<TransferResult> {
    return this.transfers.transfer(callId, request);
  }

  consult(callId: string, input: string): Promise<DialResult> {
    return this.transfers.consult(callId, input);
  }

  async accept(incomingId: string): Promise<void> {
    const answered = await this.incoming.answer(incomingId, { muted: this.microphoneMuted() }, () => this.holdConnectedCalls());
    if (!answered) return;
    if (answered.ok) this.track(answered.call, { direction: 'incoming', peer: answered.caller, rangAt: answered.receivedAt });
    else this.lastFailure = { failure: { kind: 'notAnswered', detail: answered.detail, retryable: true } };
    this.publish();
  }

  async decline(incomingId: string): Promise<void> {
    await this.incoming.decline(incomingId);
  }

  async hangUp(callId: string): Promise<void> {
    const tracked = this.live.find((candidate) => candidate.id === callId);
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
    const sdkTone = toDtmfTone(tone);
    await this.requireLive(callId).call.sendDtmf(sdkTone);
  }

  selectMicrophone(deviceId: string): Promise<void> {
    return this.devices.selectMicrophone(deviceId);
  }

  selectSpeaker(deviceId: string): Promise<void> {
    return this.devices.selectSpeaker(deviceId);
  }

  rateCall(callId: string, score: number): Promise<void> {
    return this.surveys.rate(callId, score);
  }

  dismissEnded(callId: string): void {
    if (this.ended?.id !== callId) return;
    this.ended = undefined;
    this.surveys.forget(callId);
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
    this.incoming.endAll();
    this.active = active;
    this.devices.use(active?.callClient);
    if (active) this.watchAgent(active.agent);
    this.lineChanged();
  }

  private watchAgent(agent: CallAgentCommonLike): void {
    const onIncoming: IncomingCallListener = ({ incomingCall }) => this.incoming.add(incomingCall);
    // Only for the snapshot's `reconnecting`: the session's own phase follows the runner's grace period.
    const onConnection = () => this.publish();
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

  private track(call: CallLike, known: KnownCall): TrackedCall {
    const existing = this.live.find((tracked) => tracked.call === call);
    if (existing) {
      learnKnown(existing, known);
      this.publish();
      return existing;
    }
    const tracked: TrackedCall = trackCall(call, `call-${this.nextId++}`, this.options.clock.now(), known, () => this.refresh(tracked));
    this.live.push(tracked);
    this.warnings.watch(tracked.id, call);
    this.features.watch(tracked.id, call);
    this.transfers.watch(tracked);
    if (this.active) this.participants.watch(tracked.id, call, this.active.kind, () => tracked.peer);
    this.refresh(tracked);
    return tracked;
  }

  private refresh(tracked: TrackedCall): void {
    if (!this.live.includes(tracked)) return;
    const { call } = tracked;
    tracked.state = call.state;
    tracked.muted = call.isMuted;
    if (tracked.connectedAt === undefined && call.state === 'Connected') tracked.connectedAt = this.options.clock.now();
    if (call.state === 'Disconnected') return this.finishCall(tracked);
    this.lineChanged();
  }

  private finishCall(tracked: TrackedCall): void {
    const index = this.live.indexOf(tracked);
    if (index < 0) return;
    this.live.splice(index, 1);
    tracked.stopListening();
    this.warnings.end(tracked.id);
    const kept = this.features.end(tracked.id);
    this.participants.end(tracked.id);
    tracked.state = 'Disconnected';
    const endReason = toEndReason(tracked.call.callEndReason);
    if (endReason) tracked.endReason = endReason;
    const transferred = this.transfers.end(tracked, endReason);
    tracked.endedAt = Math.max(this.options.clock.now(), tracked.rangAt);
    // Read now, not when tracking began: the SDK may replace a call's id once the service assigns one.
    // The Web SDK has no synchronous correlation id (Call.info.getServerCallId() is async and names
    // the server's call), so callIds.correlation stays for engines that know one.
    const finished = { ...tracked, endedAt: tracked.endedAt, endReason, callIds: callIdsOf(tracked.id, tracked.call.id) };
    const { outcome, failure } = judgeFinishedCall(finished);
    if (failure) this.lastFailure = { failure, callId: tracked.id };
    this.ended = tracked;
    this.surveys.ended(tracked.id, tracked.call, tracked.connectedAt !== undefined && !tracked.testCall);
    // A test call checks the devices; it is no call the user would look for in history.
    if (!tracked.testCall) this.history.report({ ...finishedCallEntry(finished, outcome), ...kept, ...transferred });
    this.lineChanged();
  }

  private async place(plan: PlannedDial, known: KnownCall): Promise<DialResult> {
    this.lastFailure = undefined;
    const muted = this.microphoneMuted();
    await this.holdConnectedCalls();
    const dialledAt = this.options.clock.now();
    let call: CallLike;
    try {
      call = dial(plan.active, plan.rawId, plan.alternateCallerId, { muted });
    } catch (error) {
      const detail = describeStartError(error);
      this.lastFailure = { failure: { kind: 'notStarted', detail, retryable: false } };
      this.publish();
      return { ok: false, refusal: { kind: 'notStarted', detail } };
    }
    const tracked = this.track(call, { ...known, direction: 'outgoing', peer: plan.peer, rangAt: dialledAt });
    return { ok: true, callId: tracked.id };
  }

  private async holdConnectedCalls(except?: TrackedCall): Promise<void> {
    for (const tracked of [...this.live]) {
      if (tracked === except || tracked.call.state !== 'Connected') continue;
      try {
        await tracked.call.hold();
      } catch (error) {
        this.logger.warn('could not hold the current call', { error: toRawSdkError(error).message });
      }
      this.refresh(tracked);
    }
  }

  /**
   * Whether the person is muted: the call they talk on is. As on resume, muting is about the
   * microphone, not one call, so a call they answer or place next (holding this one) starts so.
   */
  private microphoneMuted(): boolean {
    return this.live.some((talking) => talking.call.state === 'Connected' && talking.call.isMuted);
  }

  private requireLive(callId: string): TrackedCall {
    const tracked = this.live.find((candidate) => candidate.id === callId);
    if (!tracked) throw new Error('That call has ended.');
    return tracked;
  }

  // ---- snapshots ----

  /** A call's state or mute, or the microphone, changed: the monitor follows, then the screens. */
  private lineChanged(): void {
    this.microphone.follow(lineActivityOf(this.live, this.devices.selectedMicrophoneId));
    this.publish();
  }

  /** Only composes and announces a snapshot: it starts and stops nothing. */
  private publish(): void {
    this.current = this.buildSnapshot();
    for (const listener of [...this.listeners]) listener(this.current);
  }

  private buildSnapshot(): CallsSnapshot {
    const views = [...this.live, ...(this.ended ? [this.ended] : [])].map((tracked) =>
      callView(tracked, this.warnings.of(tracked.id), { ...this.features.of(tracked.id), ...this.surveys.of(tracked.id), ...this.transfers.of(tracked), ...this.participants.of(tracked.id) }),
    );
    const failure = this.lastFailure;
    return Object.freeze({
      calls: Object.freeze(views) as CallView[],
      incoming: this.incoming.views(),
      ...this.devices.slice(),
      reconnecting: this.active !== undefined && this.active.agent.connectionState === 'Disconnected',
      lastFailure: failure ? Object.freeze({ ...failure.failure }) : undefined,
    });
  }
}
