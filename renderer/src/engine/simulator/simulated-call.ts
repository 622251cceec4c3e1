import { diagnosticKindOf, isRaised, type CallDiagnosticName, type DiagnosticValue } from '../../../../shared/calls/call-diagnostics';
import type { CallQualityFigures } from '../../../../shared/calls/call-quality';
import type { CallState } from '../../../../shared/calls/call-view';
import { missingCase } from '../../../../shared/util/missing-case';
import type { CallCaptureListener, CallCaptureState, CallDiagnosticListener, CallSurveyLike, CallEndReasonLike, CallLike, DtmfToneLike, PropertyChangedListener, RemoteParticipantLike } from '../calling-backend';
import { EventListeners } from './event-listeners';
import { qualityPresets } from './simulated-media-stats';
import { everyoneLeftReason, SimulatedConference } from './simulated-conference';
import { SimulatedParticipant } from './simulated-participant';

type CallEvents = { stateChanged: PropertyChangedListener; isMutedChanged: PropertyChangedListener };

/** Where a simulated call is, before hold is taken into account. */
type Phase = 'connecting' | 'ringing' | 'connected' | 'disconnecting' | 'ended';

const toneCharacters: Record<DtmfToneLike, string> = {
  Num0: '0',
  Num1: '1',
  Num2: '2',
  Num3: '3',
  Num4: '4',
  Num5: '5',
  Num6: '6',
  Num7: '7',
  Num8: '8',
  Num9: '9',
  Star: '*',
  Pound: '#',
  A: 'A',
  B: 'B',
  C: 'C',
  D: 'D',
  Flash: '!',
};

/**
 * One call as the SDK's Call object behaves: the local user acts through the CallLike
 * methods, the simulated remote side (SimulatedCallDesk) through ring/connect/setRemoteHold/end.
 * Like the SDK, hold and DTMF need a connected call and a local hang-up before the answer
 * ends the call as cancelled (487).
 */
export class SimulatedCall implements CallLike {
  private phase: Phase = 'connecting';
  private localHold = false;
  private remoteHold = false;
  private muted: boolean;
  private endReason: CallEndReasonLike | undefined;
  private everConnected = false;
  private readonly events = new EventListeners<CallEvents>();
  private readonly endHooks: ((call: SimulatedCall) => void)[] = [];
  /** The latest value of each diagnostic, as the SDK's getLatest() keeps them. */
  private readonly diagnostics = new Map<CallDiagnosticName, DiagnosticValue>();
  private readonly diagnosticListeners = new Set<CallDiagnosticListener>();
  /** Recording and transcription, as the SDK's Recording and Transcription features report them. */
  private capture: CallCaptureState = { recording: false, transcribing: false };
  private readonly captureListeners = new Set<CallCaptureListener>();
  /** What the network gives this call's audio now (the desk's setQuality); sampled by the simulated MediaStats. */
  networkFigures: CallQualityFigures = { ...qualityPresets.good };
  /** The end-of-call survey the app sent, for QA to check (the SDK's CallSurvey feature). */
  survey: CallSurveyLike | undefined;
  /** The tones the remote side heard, as typed: "12#". */
  dtmf = '';
  /** The people on the call: the one it was placed to or answered from, and anyone added since. */
  readonly conference: SimulatedConference;

  constructor(
    readonly id: string,
    readonly direction: 'Incoming' | 'Outgoing',
    remote: RemoteParticipantLike,
    options: { muted: boolean },
  ) {
    const first = new SimulatedParticipant(remote.identifier, remote.displayName, 'Connecting');
    this.conference = new SimulatedConference(first, () => this.state, () => this.end(everyoneLeftReason));
    this.muted = options.muted;
  }

  get remoteParticipants(): readonly RemoteParticipantLike[] {
    return this.conference.remoteParticipants;
  }

  get state(): CallState {
    switch (this.phase) {
      case 'connecting':
        return 'Connecting';
      case 'ringing':
        return 'Ringing';
      case 'connected':
        if (this.localHold) return 'LocalHold';
        return this.remoteHold ? 'RemoteHold' : 'Connected';
      case 'disconnecting':
        return 'Disconnecting';
      case 'ended':
        return 'Disconnected';
      default:
        return missingCase(this.phase);
    }
  }

  get callEndReason(): CallEndReasonLike | undefined {
    return this.endReason;
  }

  get isMuted(): boolean {
    return this.muted;
  }

  get ended(): boolean {
    return this.phase === 'ended' || this.phase === 'disconnecting';
  }

  get heldRemotely(): boolean {
    return this.remoteHold;
  }

  on(event: 'stateChanged' | 'isMutedChanged', listener: PropertyChangedListener): void {
    this.events.add(event, listener);
  }

  off(event: 'stateChanged' | 'isMutedChanged', listener: PropertyChangedListener): void {
    this.events.remove(event, listener);
  }

  async mute(): Promise<void> {
    this.setMuted(true);
  }

  async unmute(): Promise<void> {
    this.setMuted(false);
  }

  async hold(): Promise<void> {
    this.requireConnected('hold');
    if (this.localHold) return;
    this.change(() => (this.localHold = true));
  }

  async resume(): Promise<void> {
    this.requireConnected('resume');
    if (!this.localHold) return;
    this.change(() => (this.localHold = false));
  }

  async hangUp(): Promise<void> {
    if (this.ended) return;
    const reason = this.everConnected ? { code: 0, subCode: 0 } : { code: 487, subCode: 0 };
    this.change(() => (this.phase = 'disconnecting'));
    this.end(reason);
  }

  async sendDtmf(tone: DtmfToneLike): Promise<void> {
    if (this.phase !== 'connected') throw new Error(`Cannot send DTMF while the call is ${this.state}.`);
    this.dtmf += toneCharacters[tone];
  }

  // ---- the remote side and the service ----

  ring(): void {
    if (this.phase === 'connecting') this.change(() => (this.phase = 'ringing'));
  }

  connect(): void {
    if (this.phase !== 'connecting' && this.phase !== 'ringing') return;
    this.everConnected = true;
    this.change(() => (this.phase = 'connected'));
  }

  setRemoteHold(held: boolean): void {
    if (this.phase !== 'connected' || this.remoteHold === held) return;
    this.change(() => (this.remoteHold = held));
  }

  /** Ends the call with the SDK's end reason; the reason is readable when stateChanged fires. */
  end(reason: CallEndReasonLike): void {
    if (this.phase === 'ended') return;
    this.endReason = reason;
    this.change(() => (this.phase = 'ended'));
    this.events.clear();
    this.diagnosticListeners.clear();
    this.captureListeners.clear();
    this.conference.end(reason);
    for (const hook of this.endHooks.splice(0)) hook(this);
  }

  /** The SDK's diagnosticChanged: fires only when the value changes. */
  setDiagnostic(diagnostic: CallDiagnosticName, value: DiagnosticValue): void {
    if (this.phase === 'ended') throw new Error('The call has ended.');
    if (this.diagnostics.get(diagnostic) === value) return;
    this.diagnostics.set(diagnostic, value);
    const event = { kind: diagnosticKindOf(diagnostic), diagnostic, value };
    for (const listener of [...this.diagnosticListeners]) listener(event);
  }

  diagnosticValue(diagnostic: CallDiagnosticName): DiagnosticValue | undefined {
    return this.diagnostics.get(diagnostic);
  }

  /** Reports the diagnostics already raised (like reading getLatest()), then every change. */
  watchDiagnostics(listener: CallDiagnosticListener): () => void {
    this.diagnosticListeners.add(listener);
    for (const [diagnostic, value] of this.diagnostics) {
      if (isRaised(value)) listener({ kind: diagnosticKindOf(diagnostic), diagnostic, value });
    }
    return () => this.diagnosticListeners.delete(listener);
  }

  get captureState(): CallCaptureState {
    return { ...this.capture };
  }

  /** Someone on the call (a bot, a Teams policy, the other side) starts or stops recording or transcribing it. */
  setCapture(change: Partial<CallCaptureState>): void {
    if (this.phase === 'ended') throw new Error('The call has ended.');
    const next = { ...this.capture, ...change };
    if (next.recording === this.capture.recording && next.transcribing === this.capture.transcribing) return;
    this.capture = next;
    for (const listener of [...this.captureListeners]) listener({ ...next });
  }

  /** Reports the current state (like reading isRecordingActive), then every change. */
  watchCapture(listener: CallCaptureListener): () => void {
    this.captureListeners.add(listener);
    listener({ ...this.capture });
    return () => this.captureListeners.delete(listener);
  }

  /** Like the SDK: a survey is about a call that took place and has ended, and is sent once. */
  async submitSurvey(survey: CallSurveyLike): Promise<void> {
    if (this.phase !== 'ended') throw new Error('A call is rated once it has ended.');
    if (!this.everConnected) throw new Error('A call that never connected cannot be rated.');
    if (this.survey) throw new Error('This call has already been rated.');
    this.survey = { overallRating: { score: survey.overallRating.score } };
  }

  onEnded(hook: (call: SimulatedCall) => void): void {
    if (this.phase === 'ended') hook(this);
    else this.endHooks.push(hook);
  }

  private setMuted(muted: boolean): void {
    if (this.ended) throw new Error('The call has ended.');
    if (this.muted === muted) return;
    this.muted = muted;
    this.events.emit('isMutedChanged');
  }

  private requireConnected(action: string): void {
    if (this.phase !== 'connected') throw new Error(`Cannot ${action} while the call is ${this.state}.`);
  }

  private change(mutate: () => void): void {
    const before = this.state;
    mutate();
    if (this.state === before) return;
    this.conference.followCall(this.state);
    this.events.emit('stateChanged');
  }
}
