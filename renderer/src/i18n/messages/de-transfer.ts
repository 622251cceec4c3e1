import type { enTransfer } from './en-transfer';

/* Weiterverbinden (Transfer): das Formular im Anruf, der Fortschritt und der Eintrag im Verlauf. */
export const deTransfer: typeof enTransfer = {
  control: 'Verbinden',
  form: 'Diesen Anruf weiterverbinden',
  target: 'Weiterverbinden mit',
  placeholder: 'Nummer, ACS-ID oder Teams-ID',
  confirm: 'Weiterverbinden',
  consult: 'Erst anrufen',
  voicemail: 'An Voicemail',
  cancel: 'Abbrechen',
  complete: '{waiting} mit {peer} verbinden',
  voicemailOf: 'Voicemail von {peer}',
  state: {
    transferring: 'Wird mit {target} verbunden …',
    transferred: 'Mit {target} verbunden.',
    failed: 'Weiterverbinden mit {target} fehlgeschlagen: {reason}',
    away: '{by} verbindet Sie mit {target} …',
    arrived: 'Von {by} zu Ihnen weiterverbunden.',
    consultation: '{waiting} wartet gehalten darauf, mit {peer} verbunden zu werden.',
  },
  failed: {
    notSupported: 'Dieser Anruf kann nicht weiterverbunden werden.',
    targetNotRecognized: 'Das Ziel wurde nicht erkannt.',
    notAllowed: 'Eine Richtlinie erlaubt es nicht.',
    busy: 'Die Leitung ist besetzt.',
    declined: 'Sie wurde abgelehnt.',
    noAnswer: 'Niemand hat geantwortet.',
    unavailable: 'Das Ziel ist nicht erreichbar.',
    callEnded: 'Der Anruf wurde beendet.',
    unknown: 'Der Dienst hat keinen Grund genannt.',
  },
  refused: {
    unavailable: 'Weiterverbinden ist hier nicht verfügbar.',
    notConnected: 'Nur ein verbundener Anruf kann weiterverbunden werden.',
    inProgress: 'Dieser Anruf wird bereits weiterverbunden.',
    voicemailNeedsTeams: 'An die Voicemail verbinden erfordert eine Teams-Anmeldung.',
    voicemailNeedsTeamsUser: 'Voicemail gehört zu einem Teams-Benutzer: Geben Sie seine Teams-ID ein.',
    targetCallEnded: 'Der Anruf, mit dem verbunden werden sollte, ist beendet.',
  },
  ended: {
    transferredTo: 'Mit {target} verbunden',
    transferredAway: '{peer} hat Sie weiterverbunden.',
  },
  history: {
    transferredTo: 'Mit {target} verbunden',
    transferredBy: 'Von {peer} weiterverbunden',
  },
};
