import type { AgentKind } from '../../../../shared/session/attempt';
import type { CallCaptureListener, CallClientLike, CallDiagnosticListener, CallLike, CallingBackend, CallSurveyLike, ConferenceCallOfKind, CredentialOptions, MediaStatsSampleListener, TokenCredentialLike, TransferFeatureLike } from '../calling-backend';
import type { EngineClock } from '../clock';
import { SimulatedCall } from './simulated-call';
import { SimulatedCallClient } from './simulated-call-client';
import { watchSimulatedMediaStats } from './simulated-media-stats';
import { SimulatedCredential } from './simulated-credential';
import { SimulatedService, type SimulatorControls, type SimulatorDelays } from './simulated-service';

export interface SimulatorBackendOptions {
  clock: EngineClock;
  delays?: Partial<SimulatorDelays>;
}

/** The engine's backend when no real service is used; `controls` plays the service. */
export class SimulatorBackend implements CallingBackend {
  readonly kind = 'simulator' as const;
  readonly controls: SimulatorControls;
  private readonly service: SimulatedService;

  constructor(private readonly options: SimulatorBackendOptions) {
    this.service = new SimulatedService(options.clock, options.delays);
    this.controls = this.service;
  }

  async createCallClient(): Promise<CallClientLike> {
    return new SimulatedCallClient(this.service);
  }

  async createCredential(options: CredentialOptions): Promise<TokenCredentialLike> {
    return new SimulatedCredential(options, this.options.clock);
  }

  /** The simulated call desk raises and clears them (QA: `__softphoneSimulator.calls.diagnostic`). */
  watchCallDiagnostics(call: CallLike, listener: CallDiagnosticListener): () => void {
    return call instanceof SimulatedCall ? call.watchDiagnostics(listener) : () => undefined;
  }

  watchCallCapture(call: CallLike, listener: CallCaptureListener): () => void {
    return call instanceof SimulatedCall ? call.watchCapture(listener) : () => undefined;
  }

  /** The simulated call desk carries transfers out (QA: `__softphoneSimulator.calls.transferTo`, `failNextTransfer`). */
  async callTransfer(call: CallLike): Promise<TransferFeatureLike> {
    if (!(call instanceof SimulatedCall)) throw new Error('The simulator transfers only its own calls.');
    return this.service.calls.transferFeature(call);
  }

  /** A sample a second of the figures QA sets (`__softphoneSimulator.calls.setQuality`). */
  watchCallMediaStats(call: CallLike, listener: MediaStatsSampleListener): () => void {
    return call instanceof SimulatedCall ? watchSimulatedMediaStats(call, this.options.clock, listener) : () => undefined;
  }

  /** Recorded on the call (`__softphoneSimulator.calls.surveys()`). */
  async submitCallSurvey(call: CallLike, survey: CallSurveyLike): Promise<void> {
    if (!(call instanceof SimulatedCall)) throw new Error('The simulator rates only its own calls.');
    await call.submitSurvey(survey);
  }

  /** The simulated call's people; the call desk answers the ones added (QA: `calls.participantLeave`, …). */
  conferenceOf(call: CallLike, kind: AgentKind): ConferenceCallOfKind {
    if (!(call instanceof SimulatedCall)) throw new Error('The simulator backend only runs simulated calls.');
    // One simulated conference stands in for both the SDK's Call and TeamsCall.
    return { kind, call: call.conference };
  }
}
