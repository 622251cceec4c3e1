import type { ActiveAgent } from '../agent-runner';
import type { EngineClock, EngineLogger } from '../clock';
import type { PreferredDevices } from './audio-devices';
import type { WatchCallCapture } from './call-capture';
import type { CallTransferFeature } from './call-transfer';
import type { CallHistoryIpc } from './call-history-report';
import type { WatchCallMediaStats } from './call-quality';
import type { SubmitCallSurvey } from './call-survey';
import type { ConferenceOf } from './call-participants';
import type { CallDiagnosticsIpc, WatchCallDiagnostics } from './call-warnings';
import type { DialSettings } from './dial';
import type { MicrophoneLevelMeter } from './microphone-level';

/** The settings calls read at the moment they need them (main owns and may change them). */
export type CallSettings = DialSettings & PreferredDevices;

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
  /** Absent: calls never show as recorded or transcribed. */
  watchCapture?: WatchCallCapture;
  /** Absent: calls cannot be transferred. */
  callTransfer?: CallTransferFeature;
  /** Absent: calls show no quality. */
  watchMediaStats?: WatchCallMediaStats;
  /** Absent: no call can be rated. */
  submitSurvey?: SubmitCallSurvey;
  /** Absent: calls cannot add people and show no participant list. */
  conferenceOf?: ConferenceOf;
}
