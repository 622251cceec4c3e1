import { z } from 'zod';
import { missingCase } from '../util/missing-case';

/*
 * The Calling SDK's User Facing Diagnostics in plain words. The names are the SDK's own
 * (NetworkDiagnosticType, MediaDiagnosticType); sdk-backend.ts proves at compile time that
 * these lists and the SDK's unions are the same, so a new SDK diagnostic fails the build
 * until it has a description here.
 */

export const networkDiagnosticNames = ['networkReconnect', 'networkReceiveQuality', 'networkSendQuality', 'noNetwork', 'networkRelaysNotReachable'] as const;
export type NetworkDiagnosticName = (typeof networkDiagnosticNames)[number];

export const mediaDiagnosticNames = [
  'speakingWhileMicrophoneIsMuted',
  'noSpeakerDevicesEnumerated',
  'noMicrophoneDevicesEnumerated',
  'cameraFreeze',
  'cameraStartFailed',
  'cameraStartTimedOut',
  'capturerStartFailed',
  'microphoneNotFunctioning',
  'microphoneMuteUnexpectedly',
  'cameraStoppedUnexpectedly',
  'capturerStoppedUnexpectedly',
  'screenshareRecordingDisabled',
  'microphonePermissionDenied',
  'cameraPermissionDenied',
  'microphoneNotMuteButSilent',
] as const;
export type MediaDiagnosticName = (typeof mediaDiagnosticNames)[number];

export const callDiagnosticNameSchema = z.enum([...networkDiagnosticNames, ...mediaDiagnosticNames]);
export type CallDiagnosticName = z.infer<typeof callDiagnosticNameSchema>;

export const diagnosticKindSchema = z.enum(['network', 'media']);
export type DiagnosticKind = z.infer<typeof diagnosticKindSchema>;

/** The SDK's DiagnosticQuality (Good = 1, Poor = 2, Bad = 3) or DiagnosticFlag (a boolean). */
export const diagnosticValueSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.boolean()]);
export type DiagnosticValue = z.infer<typeof diagnosticValueSchema>;

/** The SDK reports these as DiagnosticQuality; every other diagnostic is a DiagnosticFlag. */
const qualityDiagnostics: ReadonlySet<string> = new Set<CallDiagnosticName>(['networkReconnect', 'networkReceiveQuality', 'networkSendQuality']);

export function isQualityDiagnostic(name: CallDiagnosticName): boolean {
  return qualityDiagnostics.has(name);
}

/** A quality diagnostic carries 1-3, a flag a boolean; anything else did not come from the SDK. */
export function valueFits(name: CallDiagnosticName, value: DiagnosticValue): boolean {
  return isQualityDiagnostic(name) ? typeof value === 'number' : typeof value === 'boolean';
}

function checkValueFits(entry: { diagnostic: CallDiagnosticName; kind: DiagnosticKind; value: DiagnosticValue }, context: z.core.$RefinementCtx): void {
  if (entry.kind !== diagnosticKindOf(entry.diagnostic)) {
    context.addIssue({ code: 'custom', path: ['kind'], message: `${entry.diagnostic} is a ${diagnosticKindOf(entry.diagnostic)} diagnostic` });
  }
  if (!valueFits(entry.diagnostic, entry.value)) {
    context.addIssue({ code: 'custom', path: ['value'], message: `${entry.diagnostic} takes ${isQualityDiagnostic(entry.diagnostic) ? 'a quality (1, 2 or 3)' : 'a flag (true or false)'}` });
  }
}

export const diagnosticSeveritySchema = z.enum(['warning', 'error']);
export type DiagnosticSeverity = z.infer<typeof diagnosticSeveritySchema>;

/** One raised diagnostic on a call, as the call card shows it. */
export const callWarningSchema = z.strictObject({
  diagnostic: callDiagnosticNameSchema,
  kind: diagnosticKindSchema,
  severity: diagnosticSeveritySchema,
  value: diagnosticValueSchema,
  /** Epoch ms when it was raised. */
  since: z.number(),
}).superRefine(checkValueFits);
export type CallWarning = z.infer<typeof callWarningSchema>;

/** One raised/cleared change, as main logs it and keeps it in the window's timeline. */
export const callDiagnosticChangeSchema = z.strictObject({
  callId: z.string().min(1).max(200),
  kind: diagnosticKindSchema,
  diagnostic: callDiagnosticNameSchema,
  value: diagnosticValueSchema,
  raised: z.boolean(),
  /** Epoch ms. */
  at: z.number(),
}).superRefine(checkValueFits);
export type CallDiagnosticChange = z.infer<typeof callDiagnosticChangeSchema>;

/**
 * What a raised diagnostic says, by message key: the banner's words are the renderer's
 * `diagnostic.<message>` (the camera and screen-sharing texts quote the diagnostic's name).
 */
export const diagnosticMessageKeys = [
  'networkReconnectPoor',
  'networkReconnectBad',
  'networkReceiveQualityPoor',
  'networkReceiveQualityBad',
  'networkSendQualityPoor',
  'networkSendQualityBad',
  'noNetwork',
  'networkRelaysNotReachable',
  'speakingWhileMicrophoneIsMuted',
  'noSpeakerDevicesEnumerated',
  'noMicrophoneDevicesEnumerated',
  'microphoneNotFunctioning',
  'microphoneMuteUnexpectedly',
  'microphonePermissionDenied',
  'microphoneNotMuteButSilent',
  'camera',
  'screenSharing',
] as const;
export type DiagnosticMessageKey = (typeof diagnosticMessageKeys)[number];

export interface DiagnosticDescription {
  /** What happened and what to do, for a banner. */
  message: DiagnosticMessageKey;
  severity: DiagnosticSeverity;
}

export function diagnosticKindOf(name: CallDiagnosticName): DiagnosticKind {
  return (networkDiagnosticNames as readonly string[]).includes(name) ? 'network' : 'media';
}

/** Quality Good and flag false mean "cleared"; Poor, Bad and true mean "raised". */
export function isRaised(value: DiagnosticValue): boolean {
  return typeof value === 'boolean' ? value : value !== 1;
}

/** What each diagnostic means for the user; quality diagnostics read worse when Bad. */
export function describeDiagnostic(name: CallDiagnosticName, value: DiagnosticValue): DiagnosticDescription {
  const bad = value === 3;
  switch (name) {
    case 'networkReconnect':
    case 'networkReceiveQuality':
    case 'networkSendQuality':
      return { message: `${name}${bad ? 'Bad' : 'Poor'}`, severity: bad ? 'error' : 'warning' };
    case 'noNetwork':
    case 'networkRelaysNotReachable':
    case 'noSpeakerDevicesEnumerated':
    case 'noMicrophoneDevicesEnumerated':
    case 'microphoneNotFunctioning':
    case 'microphonePermissionDenied':
      return { message: name, severity: 'error' };
    case 'speakingWhileMicrophoneIsMuted':
    case 'microphoneMuteUnexpectedly':
    case 'microphoneNotMuteButSilent':
      return { message: name, severity: 'warning' };
    // This app sends audio only: video and screen-sharing trouble does not affect the call.
    case 'cameraFreeze':
    case 'cameraStartFailed':
    case 'cameraStartTimedOut':
    case 'cameraStoppedUnexpectedly':
    case 'cameraPermissionDenied':
      return { message: 'camera', severity: 'warning' };
    case 'capturerStartFailed':
    case 'capturerStoppedUnexpectedly':
    case 'screenshareRecordingDisabled':
      return { message: 'screenSharing', severity: 'warning' };
    default:
      return missingCase(name);
  }
}
