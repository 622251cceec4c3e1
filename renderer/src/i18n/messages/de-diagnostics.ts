import type { enDiagnosticTimeline, enDiagnostics } from './en-diagnostics';

/** The User Facing Diagnostics banners in German; typed by the English ones. */

const getCloser = 'Gehen Sie näher an das WLAN oder nutzen Sie eine Kabelverbindung.';
const videoOnly = 'Diese App überträgt nur Audio, Ihr Anruf ist also nicht betroffen.';
const devices = 'Einstellungen > Geräte';

export const deDiagnostics: Record<keyof typeof enDiagnostics, string> = {
  networkReconnectPoor: `Ihre Netzwerkverbindung ist instabil: Der Anruf wird neu verbunden. ${getCloser}`,
  networkReconnectBad: 'Ihre Netzwerkverbindung ist abgebrochen: Der Anruf wird neu verbunden. Prüfen Sie WLAN oder Kabel; der Anruf endet, wenn das Netzwerk nicht bald zurückkommt.',
  networkReceiveQualityPoor: `Ihre Netzwerkverbindung ist schwach: Der Ton kann aussetzen. ${getCloser}`,
  networkReceiveQualityBad: `Ihre Netzwerkverbindung ist schlecht: Sie hören die Gegenseite möglicherweise nicht. ${getCloser}`,
  networkSendQualityPoor: `Ihre Netzwerkverbindung ist schwach: Bei der Gegenseite kommt Ihre Stimme möglicherweise abgehackt an. ${getCloser}`,
  networkSendQualityBad: `Ihre Netzwerkverbindung ist schlecht: Die Gegenseite hört Sie möglicherweise nicht. ${getCloser}`,
  noNetwork: 'Kein Netzwerk verfügbar: Der Anruf kann keinen Ton übertragen. Prüfen Sie WLAN oder Kabel.',
  networkRelaysNotReachable:
    'Die Medien-Relays des Anrufdienstes sind nicht erreichbar: Möglicherweise blockiert eine Firewall sie. Bitten Sie Ihre IT, den Medienverkehr von Azure Communication Services zuzulassen.',
  speakingWhileMicrophoneIsMuted: 'Sie sprechen, während Ihr Mikrofon stummgeschaltet ist. Heben Sie die Stummschaltung auf, damit man Sie hört.',
  noSpeakerDevicesEnumerated: `Kein Lautsprecher oder Headset gefunden: Sie können den Anruf nicht hören. Schließen Sie eines an oder prüfen Sie ${devices}.`,
  noMicrophoneDevicesEnumerated: `Kein Mikrofon gefunden: Die Gegenseite kann Sie nicht hören. Schließen Sie eines an oder prüfen Sie ${devices}.`,
  microphoneNotFunctioning: `Ihr Mikrofon funktioniert nicht: Prüfen Sie es unter ${devices} oder wählen Sie ein anderes Mikrofon.`,
  microphoneMuteUnexpectedly: 'Ihr Mikrofon wurde vom System oder vom Gerät stummgeschaltet: Prüfen Sie den Stummschalter und heben Sie dann die Stummschaltung auf.',
  microphonePermissionDenied: 'Die App darf Ihr Mikrofon nicht verwenden: Erlauben Sie den Mikrofonzugriff in den System- oder Browsereinstellungen.',
  microphoneNotMuteButSilent: `Ihr Mikrofon ist eingeschaltet, nimmt aber keinen Ton auf: Prüfen Sie Kabel und Lautstärke oder wählen Sie unter ${devices} ein anderes Mikrofon.`,
  camera: `Die Kamera hat ein Problem gemeldet ({name}). ${videoOnly}`,
  screenSharing: `Die Bildschirmfreigabe hat ein Problem gemeldet ({name}). ${videoOnly}`,
};

export const deDiagnosticTimeline: Record<keyof typeof enDiagnosticTimeline, string> = {
  title: 'Anrufdiagnose',
  good: 'Gut',
  poor: 'Schwach',
  bad: 'Schlecht',
  raised: 'ausgelöst',
  cleared: 'aufgehoben',
};
