import { describe, expect, it } from 'vitest';
import {
  callDiagnosticChangeSchema,
  describeDiagnostic,
  diagnosticMessageKeys,
  diagnosticKindOf,
  isRaised,
  mediaDiagnosticNames,
  networkDiagnosticNames,
  type CallDiagnosticName,
} from '../../../shared/calls/call-diagnostics';

const allNames: CallDiagnosticName[] = [...networkDiagnosticNames, ...mediaDiagnosticNames];

describe('call diagnostics in plain words', () => {
  // The SDK's names (NetworkDiagnosticType / MediaDiagnosticType, @azure/communication-calling 2.0);
  // sdk-backend.ts checks at compile time that the lists match the SDK's unions exactly.
  it('knows the SDK diagnostics the app cares about', () => {
    const expected = [
      'networkReconnect',
      'networkReceiveQuality',
      'networkSendQuality',
      'noNetwork',
      'networkRelaysNotReachable',
      'speakingWhileMicrophoneIsMuted',
      'noSpeakerDevicesEnumerated',
      'noMicrophoneDevicesEnumerated',
      'microphoneNotFunctioning',
      'microphoneMuteUnexpectedly',
      'microphonePermissionDenied',
      'microphoneNotMuteButSilent',
    ];
    for (const name of expected) expect(allNames).toContain(name);
  });

  it.each(allNames)('%s has a message and a severity, raised Poor, Bad or true', (name) => {
    for (const value of [2, 3, true] as const) {
      const description = describeDiagnostic(name, value);
      expect(diagnosticMessageKeys).toContain(description.message);
      expect(['warning', 'error']).toContain(description.severity);
    }
  });

  it('network quality reads worse, and as an error, when Bad', () => {
    expect(describeDiagnostic('networkReceiveQuality', 2)).toEqual({ message: 'networkReceiveQualityPoor', severity: 'warning' });
    expect(describeDiagnostic('networkReceiveQuality', 3)).toEqual({ message: 'networkReceiveQualityBad', severity: 'error' });
    expect(describeDiagnostic('networkReconnect', 3)).toEqual({ message: 'networkReconnectBad', severity: 'error' });
    expect(describeDiagnostic('speakingWhileMicrophoneIsMuted', true)).toEqual({ message: 'speakingWhileMicrophoneIsMuted', severity: 'warning' });
    expect(describeDiagnostic('microphoneNotFunctioning', true)).toEqual({ message: 'microphoneNotFunctioning', severity: 'error' });
  });

  it('video and screen-sharing trouble is only a warning for an audio-only app', () => {
    expect(describeDiagnostic('cameraFreeze', true)).toEqual({ message: 'camera', severity: 'warning' });
    expect(describeDiagnostic('screenshareRecordingDisabled', true)).toEqual({ message: 'screenSharing', severity: 'warning' });
  });

  it('Good and false clear; Poor, Bad and true raise', () => {
    expect([1, 2, 3, true, false].map((value) => isRaised(value as 1 | 2 | 3 | boolean))).toEqual([false, true, true, true, false]);
  });

  it('sorts names into network and media', () => {
    expect(networkDiagnosticNames.every((name) => diagnosticKindOf(name) === 'network')).toBe(true);
    expect(mediaDiagnosticNames.every((name) => diagnosticKindOf(name) === 'media')).toBe(true);
  });

  it('the IPC change is strict', () => {
    const change = { callId: 'call-1', kind: 'media', diagnostic: 'speakingWhileMicrophoneIsMuted', value: true, raised: true, at: 5 };
    expect(callDiagnosticChangeSchema.safeParse(change).success).toBe(true);
    expect(callDiagnosticChangeSchema.safeParse({ ...change, value: 0 }).success).toBe(false);
    expect(callDiagnosticChangeSchema.safeParse({ ...change, extra: 1 }).success).toBe(false);
    // A flag diagnostic never carries a quality, nor the reverse.
    expect(callDiagnosticChangeSchema.safeParse({ ...change, value: 2 }).success).toBe(false);
    expect(callDiagnosticChangeSchema.safeParse({ ...change, diagnostic: 'networkSendQuality', kind: 'network', value: 2 }).success).toBe(true);
    expect(callDiagnosticChangeSchema.safeParse({ ...change, diagnostic: 'networkSendQuality', kind: 'network', value: false }).success).toBe(false);
  });
});
