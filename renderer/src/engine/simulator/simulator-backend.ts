import type { AgentKind } from '../../../../shared/session/attempt';
import type { CallCaptureListener, ConferenceCallOfKind, CallClientLike, CallDiagnosticListener, CallLike, CallingBackend, CredentialOptions, TokenCredentialLike } from '../calling-backend';
import type { EngineClock } from '../clock';
import { SimulatedCall } from './simulated-call';
import { SimulatedCallClient } from './simulated-call-client';
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

  /** The simulated call's people; the call desk answers the ones added (QA: `calls.participantLeave`, …). */
  conferenceOf(call: CallLike, kind: AgentKind): ConferenceCallOfKind {
    if (!(call instanceof SimulatedCall)) throw new Error('The simulator backend only runs simulated calls.');
    // One simulated conference stands in for both the SDK's Call and TeamsCall.
    return { kind, call: call.conference };
  }
}
