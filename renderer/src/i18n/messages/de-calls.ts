import type { enEndActions, enEndReasons } from './en-calls';

/** German words for why a call ended; typed by the English ones, so a missing key does not compile. */

const callEnded = 'Anruf beendet';
const callCancelled = 'Anruf abgebrochen';
const noAnswer = 'Keine Antwort';
const notAvailable = 'Nicht erreichbar';
const notSignedIn = 'Nicht angemeldet';
const callDropped = 'Anruf unterbrochen';
const couldNotConnect = 'Anruf konnte nicht verbunden werden';
const serviceError = 'Dienstfehler';
const missedCall = 'Verpasster Anruf';

export const deEndReasons: Record<keyof typeof enEndReasons, { title: string; explanation: string }> = {
  ended: { title: callEnded, explanation: 'Der Anruf wurde normal beendet.' },
  endedNoReason: { title: callEnded, explanation: 'Der Anruf wurde beendet.' },
  endedByOrganizer: { title: callEnded, explanation: 'Die Organisatorin oder der Organisator hat den Anruf für alle beendet.' },
  endedByService: { title: callEnded, explanation: 'Azure Communication Services hat den Anruf beendet.' },
  endedByServerApp: { title: callEnded, explanation: 'Eine Serveranwendung (Call Automation oder ein Bot) hat den Anruf beendet.' },
  everyoneLeft: { title: callEnded, explanation: 'Alle anderen haben den Anruf verlassen.' },
  otherSideLeftAbruptly: { title: callEnded, explanation: 'Die Gegenseite ist plötzlich weggefallen (die App wurde geschlossen oder hat die Verbindung verloren).' },
  phoneHungUp: { title: callEnded, explanation: 'Die Person am Telefon hat aufgelegt.' },
  removed: { title: 'Aus dem Anruf entfernt', explanation: 'Eine andere teilnehmende Person hat Sie aus dem Anruf entfernt.' },
  transferred: { title: 'Anruf weitergeleitet', explanation: 'Der Anruf wurde erfolgreich weitergeleitet.' },
  tooLong: { title: 'Anruf zu lang', explanation: 'Der Anruf hat die längste zulässige Dauer erreicht.' },
  cancelledHere: { title: callCancelled, explanation: 'Der Anruf wurde auf diesem Gerät abgebrochen oder abgelehnt, bevor er verbunden war.' },
  cancelledBeforeAnswer: { title: callCancelled, explanation: 'Der Anruf wurde abgebrochen, bevor er angenommen wurde.' },
  cancelledBeforeConnect: { title: callCancelled, explanation: 'Der Anruf wurde abgebrochen oder abgelehnt, bevor er verbunden war.' },
  callerCancelled: { title: callCancelled, explanation: 'Die anrufende Person hat den Anruf abgebrochen.' },
  answeredElsewhere: { title: 'Anderswo angenommen', explanation: 'Der Anruf wurde auf einem anderen Gerät angenommen.' },
  missedCallerHungUp: { title: missedCall, explanation: 'Die anrufende Person hat aufgelegt, bevor der Anruf angenommen wurde.' },
  missedNotAnswered: { title: missedCall, explanation: 'Der Anruf wurde nicht rechtzeitig angenommen.' },
  declined: { title: 'Anruf abgelehnt', explanation: 'Die angerufene Person hat den Anruf abgelehnt.' },
  busy: { title: 'Besetzt', explanation: 'Die angerufene Person ist besetzt.' },
  numberBusy: { title: 'Besetzt', explanation: 'Die angerufene Nummer ist besetzt.' },
  timedOutUnanswered: { title: noAnswer, explanation: 'Die Zeit für den Anruf ist abgelaufen, bevor er angenommen wurde.' },
  nobodyAnswered: { title: noAnswer, explanation: 'Niemand hat rechtzeitig geantwortet.' },
  didNotRespond: { title: noAnswer, explanation: 'Die angerufene Person hat nicht reagiert.' },
  didNotAnswer: { title: noAnswer, explanation: 'Die angerufene Person hat nicht abgenommen.' },
  notAnsweredInTime: { title: 'Nicht angenommen', explanation: 'Der Anruf wurde nicht rechtzeitig angenommen.' },
  notAvailable: { title: notAvailable, explanation: 'Die angerufene Person ist gerade nicht erreichbar.' },
  notSignedInAnywhere: { title: notAvailable, explanation: 'Die angerufene Person ist nirgends angemeldet.' },
  notOnline: { title: notAvailable, explanation: 'Die angerufene Person war nicht online.' },
  unreachable: { title: notAvailable, explanation: 'Die angerufene Person konnte nicht erreicht werden.' },
  notFound: { title: 'Nicht gefunden', explanation: 'Zu dieser ID oder Nummer wurde niemand gefunden.' },
  numberNotFound: { title: 'Nummer nicht gefunden', explanation: 'Diese Telefonnummer gibt es nicht.' },
  callNotFound: { title: 'Anruf nicht gefunden', explanation: 'Den Anruf gibt es nicht, oder er ist bereits beendet.' },
  incompleteNumber: { title: 'Unvollständige Nummer', explanation: 'Die Telefonnummer ist unvollständig oder ungültig.' },
  refused: { title: 'Anruf abgewiesen', explanation: 'Der Anrufdienst hat die Anfrage für den Anruf abgewiesen.' },
  destinationNotAllowed: { title: 'Ziel nicht erlaubt', explanation: 'Diese ACS-Ressource darf dieses Ziel nicht anrufen.' },
  notAllowed: { title: 'Nicht erlaubt', explanation: 'Der Anruf ist nicht erlaubt.' },
  participantNotAllowed: { title: 'Nicht erlaubt', explanation: 'Eine Richtlinie erlaubt es nicht, diese Person hinzuzufügen.' },
  numberBlocked: { title: 'Nummer gesperrt', explanation: 'Keine Sprachroute passt zur gewählten Nummer, oder sie wurde als Spam gesperrt.' },
  refusedByNetwork: {
    title: 'Anruf vom Netz abgewiesen',
    explanation: 'Das Telefonnetz hat den Anruf abgewiesen: Die Anrufer-ID, die Routing-Richtlinie oder das Ziel ist möglicherweise nicht erlaubt.',
  },
  tokenRejected: { title: notSignedIn, explanation: 'Der Anrufdienst hat das Zugriffstoken nicht akzeptiert (ungültig oder abgelaufen).' },
  tokenNotAccepted: { title: notSignedIn, explanation: 'Der Anrufdienst hat das Zugriffstoken nicht akzeptiert.' },
  noValidToken: { title: notSignedIn, explanation: 'Die App hatte für den Anruf kein gültiges Zugriffstoken.' },
  setupTimedOut: { title: 'Zeitüberschreitung beim Verbindungsaufbau', explanation: 'Der Anruf konnte nicht rechtzeitig aufgebaut werden; eine Seite hat möglicherweise die Verbindung verloren.' },
  gatewayTimeout: { title: 'Zeitüberschreitung im Telefonnetz', explanation: 'Das Gateway zum Telefonnetz hat nicht rechtzeitig geantwortet.' },
  localNetworkProblem: { title: couldNotConnect, explanation: 'Ein Netzwerkproblem auf diesem Computer hat den Aufbau des Anrufs verhindert.' },
  audioNegotiationFailed: { title: couldNotConnect, explanation: 'Die Audioverbindung konnte nicht ausgehandelt werden.' },
  firewallBlocks: { title: couldNotConnect, explanation: 'Die Netzwerkkonfiguration hier (eine Firewall oder ein Proxy) blockiert Anrufe.' },
  noAudioConnection: { title: 'Keine Audioverbindung', explanation: 'Die Audioverbindung zum Anrufdienst konnte nicht hergestellt werden.' },
  audioConnectionLost: { title: callDropped, explanation: 'Die Audioverbindung zum Anrufdienst ist abgerissen.' },
  droppedLocalNetwork: { title: callDropped, explanation: 'Der Anruf wurde unterbrochen, weil dieser Computer die Netzwerkverbindung verloren hat.' },
  droppedNoReconnect: { title: callDropped, explanation: 'Dieser Computer hat die Netzwerkverbindung verloren und konnte sie nicht wiederherstellen.' },
  droppedNetworkLost: { title: callDropped, explanation: 'Die Netzwerkverbindung ist abgerissen.' },
  connectionLost: { title: 'Verbindung verloren', explanation: 'Der Anruf hat seine Netzwerkverbindung verloren.' },
  serviceUnreachable: {
    title: 'Anrufdienst nicht erreichbar',
    explanation: 'Der Anruf konnte nicht aufgebaut werden, weil die Endpunkte von Azure Communication Services nicht erreichbar waren.',
  },
  networkRequestFailed: { title: 'Netzwerkanfrage fehlgeschlagen', explanation: 'Eine Netzwerkanfrage des Anrufs ist fehlgeschlagen.' },
  serviceInternalError: { title: serviceError, explanation: 'Bei Azure Communication Services ist ein interner Fehler aufgetreten.' },
  callingServiceError: { title: serviceError, explanation: 'Beim Anrufdienst ist ein interner Fehler aufgetreten.' },
  phoneNetworkError: { title: serviceError, explanation: 'Im Telefonnetz ist ein unerwarteter Fehler aufgetreten.' },
  serviceUnavailable: { title: 'Dienst nicht verfügbar', explanation: 'Der Anrufdienst ist gerade nicht verfügbar.' },
  unknown: { title: callEnded, explanation: 'Der Anruf endete mit code {code}, subCode {subCode}; diese Kombination kennt die App nicht.' },
  unknownWithoutSubCode: { title: callEnded, explanation: 'Der Anruf endete mit code {code} ohne subCode; diesen Code kennt die App nicht.' },
};

export const deEndActions: Record<keyof typeof enEndActions, string> = {
  callAgain: 'Rufen Sie erneut an.',
  checkNetwork: 'Prüfen Sie die Netzwerkverbindung und rufen Sie dann erneut an.',
  tryLater: 'Versuchen Sie es später noch einmal.',
  tryWhenOnline: 'Versuchen Sie es noch einmal, wenn die Person online ist.',
  signInAgain: 'Melden Sie sich ab und wieder an.',
  enableDestination: 'Aktivieren Sie für Ihre ACS-Telefonnummer Anrufe in dieses Land oder zu diesem Nummerntyp.',
  askAdminPolicy: 'Fragen Sie Ihre Administration nach der Anrufrichtlinie.',
  checkRouting: 'Prüfen Sie die Nummer und die Direct-Routing-Konfiguration.',
  checkCallerId: 'Prüfen Sie die Anrufer-ID für Telefonanrufe in den Einstellungen: Sie muss eine Telefonnummer Ihrer ACS-Ressource sein.',
  checkCallerIdAndPolicies: 'Prüfen Sie die Anrufer-ID und die Anrufrichtlinien Ihrer ACS-Ressource.',
  checkNumberWithCountryCode: 'Prüfen Sie die Nummer, einschließlich der Ländervorwahl.',
  checkCallee: 'Prüfen Sie die angerufene Nummer oder ID.',
  checkIdOrNumber: 'Prüfen Sie die ID oder Nummer.',
  allowFirewall: 'Lassen Sie die Medien-Ports und -Adressen von ACS durch die Firewall oder den Proxy zu.',
};
