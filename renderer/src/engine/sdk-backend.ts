import type {
  Call,
  CallAgent,
  CallSurvey,
  CallSurveyFeature,
  DeviceManager,
  DiagnosticFlag,
  DiagnosticQuality,
  IncomingCall,
  MediaDiagnosticChangedEventArgs,
  MediaDiagnosticType,
  MediaStatsCallFeature,
  MediaStatsReportSample,
  NetworkDiagnosticChangedEventArgs,
  NetworkDiagnosticType,
  RecordingCallFeature,
  RemoteParticipant,
  RemoteParticipantState,
  TeamsCall,
  TeamsCallAgent,
  TranscriptionCallFeature,
  TransferCallFeature,
} from '@azure/communication-calling';
import type { DiagnosticValue, MediaDiagnosticName, NetworkDiagnosticName } from '../../../shared/calls/call-diagnostics';
import type { AgentKind } from '../../../shared/session/attempt';
import type {
  AcsConferenceCallLike,
  CallAgentLike,
  ConferenceCallOfKind,
  CallCaptureListener,
  CallDiagnosticListener,
  CallingBackend,
  CallSurveyFeatureLike,
  CallSurveyLike,
  CallClientLike,
  CallLike,
  CredentialOptions,
  TeamsCallAgentLike,
  DeviceManagerLike,
  IncomingCallLike,
  MediaStatsCollectorLike,
  MediaStatsFeatureLike,
  MediaStatsSampleLike,
  MediaStatsSampleListener,
  ParticipantLike,
  ParticipantStateLike,
  RecordingFeatureLike,
  TeamsConferenceCallLike,
  TokenCredentialLike,
  TranscriptionFeatureLike,
  TransferFeatureLike,
} from './calling-backend';

type SdkModules = typeof import('./sdk-modules');

/*
 * The real Calling SDK behind the engine interface. The SDK is loaded with a dynamic import
 * (of ./sdk-modules, which says why it is one module) so the 6.8 MB calling bundle stays out
 * of the first screen; prefetchSdk() starts that download while the user is still looking at
 * the sign-in form. Nothing here changes what the SDK does: errors, timings and objects pass
 * through untouched.
 */

/**
 * Compile-time proof that the SDK's own objects are what the engine's interfaces describe;
 * createCallClient below proves it for CallClient (and through it TeamsCallAgent).
 */
type Satisfies<T extends U, U> = T;
export type _SdkShapes = [
  Satisfies<CallAgent, CallAgentLike>,
  Satisfies<TeamsCallAgent, TeamsCallAgentLike>,
  Satisfies<Call, CallLike>,
  Satisfies<IncomingCall, IncomingCallLike>,
  Satisfies<DeviceManager, DeviceManagerLike>,
  Satisfies<RecordingCallFeature, RecordingFeatureLike>,
  Satisfies<TranscriptionCallFeature, TranscriptionFeatureLike>,
  Satisfies<TransferCallFeature, TransferFeatureLike>,
  // Call quality and the survey: the SDK's objects are what the engine reads, and the survey it sends is one the SDK takes.
  Satisfies<MediaStatsCallFeature, MediaStatsFeatureLike>,
  Satisfies<MediaStatsReportSample, MediaStatsSampleLike>,
  Satisfies<CallSurveyFeature, CallSurveyFeatureLike>,
  Satisfies<CallSurveyLike, CallSurvey>,
  // Both ways: shared/calls/call-diagnostics.ts must name exactly the SDK's diagnostics.
  Satisfies<NetworkDiagnosticType, NetworkDiagnosticName>,
  Satisfies<NetworkDiagnosticName, NetworkDiagnosticType>,
  Satisfies<MediaDiagnosticType, MediaDiagnosticName>,
  Satisfies<MediaDiagnosticName, MediaDiagnosticType>,
  Satisfies<DiagnosticQuality | DiagnosticFlag, DiagnosticValue>,
  // Add people / conference: both call kinds, their participants, and the participant states both ways.
  Satisfies<Call, AcsConferenceCallLike>,
  Satisfies<TeamsCall, TeamsConferenceCallLike>,
  Satisfies<RemoteParticipant, ParticipantLike>,
  Satisfies<RemoteParticipantState, ParticipantStateLike>,
  Satisfies<ParticipantStateLike, RemoteParticipantState>,
];

let sdkLoad: Promise<SdkModules> | undefined;

function loadSdk(): Promise<SdkModules> {
  // A failed load (e.g. a chunk that could not be fetched) must not stick: the next attempt retries it.
  sdkLoad ??= import('./sdk-modules').catch((error: unknown) => {
    sdkLoad = undefined;
    throw error;
  });
  return sdkLoad;
}

/** Starts loading the SDK without waiting for it; load errors surface on first real use. */
export function prefetchSdk(): void {
  loadSdk().catch(() => undefined);
}

export class SdkBackend implements CallingBackend {
  readonly kind = 'sdk' as const;

  async createCallClient(): Promise<CallClientLike> {
    const sdk = await loadSdk();
    return new sdk.CallClient();
  }

  async createCredential(options: CredentialOptions): Promise<TokenCredentialLike> {
    const sdk = await loadSdk();
    return new sdk.AzureCommunicationTokenCredential({
      token: options.token,
      tokenRefresher: options.tokenRefresher,
      refreshProactively: true,
    });
  }

  watchCallDiagnostics(call: CallLike, listener: CallDiagnosticListener): () => void {
    return followCallFeature(call, (sdk, sdkCall) => {
      const diagnostics = sdkCall.feature(sdk.Features.UserFacingDiagnostics);
      const onNetwork = (args: NetworkDiagnosticChangedEventArgs) => listener({ kind: 'network', diagnostic: args.diagnostic, value: args.value });
      const onMedia = (args: MediaDiagnosticChangedEventArgs) => listener({ kind: 'media', diagnostic: args.diagnostic, value: args.value });
      diagnostics.network.on('diagnosticChanged', onNetwork);
      diagnostics.media.on('diagnosticChanged', onMedia);
      // Raised before we listened: getLatest() still has them.
      for (const [name, latest] of Object.entries(diagnostics.network.getLatest())) {
        if (latest) onNetwork({ diagnostic: name as NetworkDiagnosticType, value: latest.value, valueType: latest.valueType });
      }
      for (const [name, latest] of Object.entries(diagnostics.media.getLatest())) {
        if (latest) onMedia({ diagnostic: name as MediaDiagnosticType, value: latest.value, valueType: latest.valueType });
      }
      return () => {
        diagnostics.network.off('diagnosticChanged', onNetwork);
        diagnostics.media.off('diagnosticChanged', onMedia);
      };
    });
  }

  watchCallCapture(call: CallLike, listener: CallCaptureListener): () => void {
    return followCallFeature(call, (sdk, sdkCall) => {
      const recording: RecordingFeatureLike = sdkCall.feature(sdk.Features.Recording);
      const transcription: TranscriptionFeatureLike = sdkCall.feature(sdk.Features.Transcription);
      const report = () => listener({ recording: recording.isRecordingActive, transcribing: transcription.isTranscriptionActive });
      recording.on('isRecordingActiveChanged', report);
      transcription.on('isTranscriptionActiveChanged', report);
      report();
      return () => {
        recording.off('isRecordingActiveChanged', report);
        transcription.off('isTranscriptionActiveChanged', report);
      };
    });
  }

  async callTransfer(call: CallLike): Promise<TransferFeatureLike> {
    const sdk = await loadSdk();
    // Only the SDK's own Call objects reach this backend; the SDK hands out one feature object per call.
    return (call as Call).feature(sdk.Features.Transfer);
  }

  watchCallMediaStats(call: CallLike, listener: MediaStatsSampleListener): () => void {
    return followCallFeature(call, (sdk, sdkCall) => {
      const collector: MediaStatsCollectorLike = sdkCall.feature(sdk.Features.MediaStats).createCollector(mediaStatsCollectorOptions);
      collector.on('sampleReported', listener);
      return () => {
        collector.off('sampleReported', listener);
        collector.dispose();
      };
    });
  }

  async submitCallSurvey(call: CallLike, survey: CallSurveyLike): Promise<void> {
    const sdk = await loadSdk();
    await (call as Call).feature(sdk.Features.CallSurvey).submitSurvey(survey);
  }

  conferenceOf(call: CallLike, kind: AgentKind): ConferenceCallOfKind {
    // Only the SDK's own calls reach this backend: a CallAgent's are Calls, a TeamsCallAgent's TeamsCalls.
    return kind === 'acs' ? { kind, call: call as Call } : { kind, call: call as TeamsCall };
  }
}

/** The docs' example options; only the once-a-second samples are read, never the summaries (summaryReported). */
const mediaStatsCollectorOptions = { aggregationInterval: 10, dataPointsPerAggregation: 6 };

/**
 * Subscribes to one of a call's SDK features once the SDK module is at hand (a call exists only
 * once the SDK has loaded, so that is at once in practice); the returned unsubscribe works before
 * and after that.
 */
function followCallFeature(call: CallLike, subscribe: (sdk: SdkModules, sdkCall: Call) => () => void): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  loadSdk().then(
    (sdk) => {
      // Only the SDK's own Call objects reach this backend.
      if (!stopped) stop = subscribe(sdk, call as Call);
    },
    () => undefined,
  );
  return () => {
    stopped = true;
    stop?.();
  };
}
