import type { CallingBackend } from '../calling-backend';
import type { EngineClock, EngineLogger } from '../clock';
import { missingCase } from '../../../../shared/util/missing-case';
import { AgentCallController, type ActiveAgentSource, type CallDiagnosticsIpc, type CallHistoryIpc, type CallSettings } from './call-controller';
import { openWebAudioAnalyser, SimulatedMicrophoneLevelMeter, WebAudioMicrophoneLevelMeter, type MicrophoneLevelMeter } from './microphone-level';

export interface CallControllerDeps {
  backend: CallingBackend;
  /** The AgentRunner. */
  agents: ActiveAgentSource;
  /** The app's IPC client (it has `history.add` and `calls.diagnostic`). */
  api: CallHistoryIpc & CallDiagnosticsIpc;
  clock: EngineClock;
  /** Read when a call needs them: e.g. `async () => (await api.invoke('settings.get', {}))` unwrapped. */
  getSettings: () => CallSettings | Promise<CallSettings>;
  logger?: EngineLogger;
}

/** The simulator's fake devices cannot be captured, so it gets a simulated level. */
function levelMeterFor(backend: CallingBackend, clock: EngineClock, logger: EngineLogger | undefined): MicrophoneLevelMeter {
  switch (backend.kind) {
    case 'simulator':
      return new SimulatedMicrophoneLevelMeter(clock);
    case 'sdk':
      return new WebAudioMicrophoneLevelMeter({
        // Resolved per use: navigator.mediaDevices is absent on origins the browser deems insecure.
        mediaDevices: { getUserMedia: async (constraints) => navigator.mediaDevices.getUserMedia(constraints) },
        openAnalyser: openWebAudioAnalyser,
        clock,
        ...(logger ? { logger } : {}),
      });
    default:
      return missingCase(backend.kind);
  }
}

export function createCallController(deps: CallControllerDeps): AgentCallController {
  return new AgentCallController({
    agents: deps.agents,
    clock: deps.clock,
    getSettings: deps.getSettings,
    history: deps.api,
    levelMeter: levelMeterFor(deps.backend, deps.clock, deps.logger),
    diagnosticsIpc: deps.api,
    ...(deps.backend.watchCallDiagnostics ? { watchDiagnostics: deps.backend.watchCallDiagnostics.bind(deps.backend) } : {}),
    ...(deps.backend.watchCallCapture ? { watchCapture: deps.backend.watchCallCapture.bind(deps.backend) } : {}),
    ...(deps.backend.callTransfer ? { callTransfer: deps.backend.callTransfer.bind(deps.backend) } : {}),
    ...(deps.backend.watchCallMediaStats ? { watchMediaStats: deps.backend.watchCallMediaStats.bind(deps.backend) } : {}),
    ...(deps.backend.submitCallSurvey ? { submitSurvey: deps.backend.submitCallSurvey.bind(deps.backend) } : {}),
    ...(deps.backend.conferenceOf ? { conferenceOf: deps.backend.conferenceOf.bind(deps.backend) } : {}),
    ...(deps.logger ? { logger: deps.logger } : {}),
  });
}
