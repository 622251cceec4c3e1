import type { DiagnosticMessageKey } from '../../../../shared/calls/call-diagnostics';

/*
 * The User Facing Diagnostics banners in English: the words for the message keys of
 * shared/calls/call-diagnostics.ts. e2e tests match some of these, so change them together.
 */

const getCloser = 'Move closer to Wi-Fi or use a wired connection.';
const videoOnly = 'This app sends audio only, so your call is not affected.';

export const enDiagnostics = {
  networkReconnectPoor: `Your network connection is unstable: the call is reconnecting. ${getCloser}`,
  networkReconnectBad: 'Your network connection was lost: reconnecting the call. Check your Wi-Fi or cable; the call ends if the network does not come back soon.',
  networkReceiveQualityPoor: `Your network connection is poor: audio may break up. ${getCloser}`,
  networkReceiveQualityBad: `Your network connection is bad: you may not hear the other side. ${getCloser}`,
  networkSendQualityPoor: `Your network connection is poor: the other side may hear you break up. ${getCloser}`,
  networkSendQualityBad: `Your network connection is bad: the other side may not hear you. ${getCloser}`,
  noNetwork: 'No network is available: the call cannot carry audio. Check your Wi-Fi or cable.',
  networkRelaysNotReachable:
    "The calling service's media relays cannot be reached: a firewall may block them. Ask your IT team to allow Azure Communication Services media traffic.",
  speakingWhileMicrophoneIsMuted: 'You are speaking while muted. Unmute to be heard.',
  noSpeakerDevicesEnumerated: 'No speaker or headset was found: you cannot hear the call. Plug one in or check Settings > devices.',
  noMicrophoneDevicesEnumerated: 'No microphone was found: the other side cannot hear you. Plug one in or check Settings > devices.',
  microphoneNotFunctioning: 'Your microphone is not working: check it in Settings > devices or pick another microphone.',
  microphoneMuteUnexpectedly: 'Your microphone was muted by the system or the device: check its mute switch, then unmute.',
  microphonePermissionDenied: 'The app may not use your microphone: allow microphone access in your system or browser settings.',
  microphoneNotMuteButSilent: 'Your microphone is on but picks up no sound: check its cable and volume, or pick another microphone in Settings > devices.',
  camera: `The camera reported a problem ({name}). ${videoOnly}`,
  screenSharing: `Screen sharing reported a problem ({name}). ${videoOnly}`,
} satisfies Record<DiagnosticMessageKey, string>;

/** The QA timeline of raised and cleared diagnostics; the SDK's names stay as they are. */
export const enDiagnosticTimeline = {
  title: 'Call diagnostics',
  good: 'Good',
  poor: 'Poor',
  bad: 'Bad',
  raised: 'raised',
  cleared: 'cleared',
};
