import type { ErrorMessages } from './en-errors';

const retryText = 'Automatischer neuer Versuch mit wachsender Wartezeit. Mit „Jetzt erneut versuchen“ sofort versuchen.';
const supportText = 'Tritt es weiter auf, Diagnosedaten exportieren und den Support von Azure Communication Services mit code und subCode kontaktieren.';
const tokenFixText = 'Den Tokendienst prüfen (oder ein neues Token einfügen): Ein ACS-Zugriffstoken ist ein JWT, ausgestellt von CommunicationIdentityClient mit dem Scope „voip“.';
const networkText = 'Automatischer neuer Versuch (ohne Netzwerk, sobald es zurück ist). Bleibt es so, Verbindung, Proxy oder Firewall prüfen.';
const voipScopeAction = 'Ein Token mit dem Scope „voip“ ausstellen (zum Beispiel CommunicationIdentityClient.getToken(user, ["voip"])) und erneut anmelden.';
const clearDisplayName = 'Das Feld für den Anzeigenamen leeren und erneut anmelden.';
const teamsDisplayName = 'Für einen Teams-Call-Agent wurde ein Anzeigename angegeben; Teams-Benutzer erscheinen immer mit ihrem Teams-Namen.';
const usuallyTransient = 'Das ist meist vorübergehend.';

/** German error texts, keyed like the English ones; the type makes a missing id a compile error. */
export const deErrors: ErrorMessages = {
  '409/40228': {
    title: 'Für diese Identität gibt es schon einen Call-Agent',
    explanation: 'Pro Identität darf nur ein CallAgent existieren. Ein anderer war noch aktiv (zum Beispiel nach einem Doppelklick oder einer doppelt eingebundenen Komponente).',
    action: 'Die App gibt den vorhandenen Agent dieser Identität frei und erstellt ihn noch einmal. Passiert es erneut, abmelden und wieder anmelden.',
  },
  '408/40104': {
    title: 'Zeitüberschreitung beim Start des Calling-Stacks',
    explanation: `Der Calling-User-Stack wurde nicht rechtzeitig initialisiert. ${usuallyTransient}`,
    action: retryText,
  },
  '500/40216': {
    title: 'Call-Agent konnte nicht erstellt werden',
    explanation: 'Das SDK konnte den Call-Agent aus einem unerwarteten Grund nicht erstellen. Ein neuer Versuch gelingt meistens.',
    action: retryText,
  },
  '401/44110': {
    title: 'Kein Zugriffstoken erhalten',
    explanation: 'Das SDK hat die Anmeldeinformation nach einem Token gefragt und kein brauchbares erhalten.',
    action: 'Ein neues Token wird geholt, dann folgt ein neuer Versuch. Wiederholt es sich, den Token-Endpunkt prüfen oder ein neues Token einfügen.',
  },
  '408/40114': {
    title: 'Azure Communication Services nicht erreichbar',
    explanation: 'Die Verbindung zur ACS-Infrastruktur hat das Zeitlimit überschritten. Das Netzwerk ist vielleicht getrennt oder blockiert ACS.',
    action: networkText,
  },
  '403/40229': {
    title: 'Ein Teams-Token wurde für einen ACS-Call-Agent verwendet',
    explanation: 'CallAgent braucht ein Token für einen Azure-Communication-Services-Benutzer, aber dieses Token gehört einem Teams-Benutzer.',
    action: 'Mit einem ACS-Benutzertoken anmelden oder für dieses Token die Agent-Art Teams wählen.',
  },
  '412/40115': {
    title: 'Verbindung zu Azure Communication Services fehlgeschlagen',
    explanation: 'Das SDK konnte seine Verbindung zur ACS-Infrastruktur nicht aufbauen.',
    action: networkText,
  },
  '403/40231': {
    title: 'Ein ACS-Token wurde für einen Teams-Call-Agent verwendet',
    explanation: 'TeamsCallAgent braucht ein für einen Teams-Benutzer eingetauschtes Token, aber dieses Token gehört einem ACS-Benutzer.',
    action: 'Mit einem Teams-Benutzertoken anmelden oder für dieses Token die Agent-Art ACS wählen.',
  },
  '401/44114': {
    title: 'Das Token erlaubt keine Anrufe',
    explanation: 'Das Zugriffstoken wurde ohne den Scope „voip“ ausgestellt und kann daher nicht für Anrufe verwendet werden.',
    action: voipScopeAction,
  },
  '400/44214': {
    title: 'Teams-Benutzer können keinen Anzeigenamen setzen',
    explanation: teamsDisplayName,
    action: clearDisplayName,
  },
  '500/40102': {
    title: 'Calling-Stack konnte nicht starten',
    explanation: `Der Calling-Base-Stack ist bei der Initialisierung fehlgeschlagen. ${usuallyTransient}`,
    action: retryText,
  },
  '400/40100': {
    title: 'Der Ursprung der Seite ist nicht erlaubt',
    explanation: 'Das Calling SDK läuft nur auf einer https:-, file:- oder localhost-Seite; diese Seite kommt von woanders.',
    action: 'Die App über https:, file: oder http://localhost öffnen (nicht 127.0.0.1).',
  },
  '500/40000': {
    title: 'Der Calling-Client konnte nicht starten',
    explanation: 'Das Erstellen des CallClient ist aus einem unerwarteten Grund fehlgeschlagen.',
    action: `${retryText} ${supportText}`,
  },
  '404/40012': {
    title: 'Der Calling-Client war schon geschlossen',
    explanation: 'createCallAgent wurde auf einem bereits freigegebenen CallClient aufgerufen, meist weil sich Abmelden und Anmelden überschnitten haben.',
    action: 'Die App erstellt einen neuen CallClient und versucht es erneut.',
  },
  '400/40008': {
    title: 'Dieser Calling-Client hat schon einen Agent',
    explanation: 'Ein CallClient kann nur einen CallAgent oder TeamsCallAgent halten, und er hält schon einen für eine andere Identität.',
    action: 'Die App gibt den alten Agent frei und erstellt den neuen mit einem neuen CallClient.',
  },
  '400/40009': {
    title: 'Der Notruf-Ländercode ist ungültig',
    explanation: 'Der Ländercode für Notrufe ist länger als 10 Zeichen.',
    action: 'Den Notruf-Ländercode in den Einstellungen korrigieren.',
  },
  '409/40001': {
    title: 'Call-Agent konnte nicht erstellt werden',
    explanation: 'CallClient.createCallAgent ist aus einem unerwarteten Grund fehlgeschlagen.',
    action: `${retryText} ${supportText}`,
  },
  '409/40002': {
    title: 'Teams-Call-Agent konnte nicht erstellt werden',
    explanation: 'CallClient.createTeamsCallAgent ist aus einem unerwarteten Grund fehlgeschlagen.',
    action: `${retryText} ${supportText}`,
  },
  '500/41001': {
    title: 'Call-Agent konnte nicht erstellt werden',
    explanation: 'Das SDK hat einen allgemeinen Fehler beim Erstellen gemeldet.',
    action: `${retryText} ${supportText}`,
  },
  '401/44108': {
    title: 'Keine Anmeldeinformation übergeben',
    explanation: 'createCallAgent wurde ohne Token-Anmeldeinformation aufgerufen. Das ist ein Fehler in der App.',
    action: 'Dies mit Diagnosedaten melden; Abmelden und erneutes Anmelden kann helfen.',
  },
  '401/44109': {
    title: 'Das Zugriffstoken ist leer',
    explanation: 'Die Anmeldeinformation hat ein leeres Token geliefert.',
    action: tokenFixText,
  },
  '401/44111': {
    title: 'Das ist kein gültiges Zugriffstoken',
    explanation: 'Das Token hat keinen Payload-Teil: Es ist kein JSON Web Token.',
    action: tokenFixText,
  },
  '401/44112': {
    title: 'Das Zugriffstoken enthält keine Claims',
    explanation: 'Der Payload des Tokens ergibt nichts, daher kann das SDK nicht lesen, wem es gehört.',
    action: tokenFixText,
  },
  '401/44117': {
    title: 'Das Zugriffstoken konnte nicht gelesen werden',
    explanation: 'Das Token ist kein gültiges base64url-kodiertes JSON.',
    action: `Ein neues Token wird geholt, dann folgt ein neuer Versuch. ${tokenFixText}`,
  },
  '401/44113': {
    title: 'Das Token erlaubt keine Anrufe',
    explanation: 'Das Zugriffstoken hat Scopes, aber weder „voip“ noch „voip.join“, und kann daher nicht für Anrufe verwendet werden.',
    action: voipScopeAction,
  },
  '401/44115': {
    title: 'Das Token nennt keine ACS-Ressource',
    explanation: 'Das Token hat keinen resourceId-Claim und ist kein Teams-Benutzertoken.',
    action: tokenFixText,
  },
  '401/44116': {
    title: 'Das Token nennt keinen Benutzer',
    explanation: 'Das Token hat keinen skypeid-Claim, daher weiß das SDK nicht, für welchen Benutzer es ist.',
    action: tokenFixText,
  },
  '409/44012': {
    title: 'Die Identität im Token ist fehlerhaft',
    explanation: 'Die Benutzer-ID im Token hat kein Cloud-Präfix (wie „acs:“).',
    action: tokenFixText,
  },
  '401/40235': {
    title: 'Das Zugriffstoken ist abgelaufen',
    explanation: 'Die Tokenquelle hat dem SDK ein bereits abgelaufenes Token gegeben.',
    action: 'Ein neues Token wird geholt, dann folgt ein neuer Versuch. Wiederholt es sich, die Uhr des Tokendienstes und die Gültigkeitsdauer des Tokens prüfen.',
  },
  '400/40214': {
    title: 'Teams-Benutzer können keinen Anzeigenamen setzen',
    explanation:
      `${teamsDisplayName} (Die Fehlerbehebungstabelle nennt dafür 400/44214; SDK 2.0 meldet 400/40214.)`,
    action: clearDisplayName,
  },
  '400/40215': {
    title: 'Der Anzeigename ist zu lang',
    explanation: 'Der Anzeigename ist länger, als das SDK erlaubt (256 Zeichen, sofern der Dienst nichts anderes vorgibt).',
    action: 'Den Anzeigenamen kürzen und erneut anmelden.',
  },
  '409/40230': {
    title: 'Für diese Identität gibt es schon einen Teams-Call-Agent',
    explanation: 'Pro Identität darf nur ein TeamsCallAgent existieren, und ein anderer war noch aktiv.',
    action: 'Die App gibt den vorhandenen Agent frei und erstellt ihn noch einmal. Passiert es erneut, abmelden und wieder anmelden.',
  },
  '400/40233': {
    title: 'Das erneuerte Token gehört einem anderen Benutzer',
    explanation: 'Der Tokendienst hat ein Token für einen anderen als den angemeldeten Benutzer geliefert.',
    action: 'Abmelden und erneut anmelden; prüfen, dass der Tokendienst Tokens für denselben Benutzer ausstellt.',
  },
  '400/40234': {
    title: 'Das Token konnte nicht erneuert werden',
    explanation: 'Das Zugriffstoken ist abgelaufen, und das SDK hat nach mehreren Versuchen kein gültiges erhalten.',
    action: 'Ein neues Token wird geholt, dann folgt ein neuer Versuch. Wiederholt es sich, den Tokendienst prüfen.',
  },
  '422/40217': {
    title: 'Das Token wurde zu früh angefordert',
    explanation: 'Das SDK hat nach einem Token gefragt, bevor der Call-Agent fertig gestartet war.',
    action: retryText,
  },
  '500/40239': {
    title: 'Dieser Gerätetyp ist nicht erlaubt',
    explanation: 'Die App hat das SDK gebeten, einen Gerätetyp zu setzen, den der Dienst für diese Ressource nicht erlaubt.',
    action: 'Die Gerätetyp-Option aus der App-Konfiguration entfernen.',
  },
  '408/40101': {
    title: 'Zeitüberschreitung beim Start des Calling-Stacks',
    explanation: 'Der Calling-Base-Stack wurde nicht innerhalb von 50 s initialisiert.',
    action: retryText,
  },
  '500/40103': {
    title: 'Calling-Stack konnte nicht starten',
    explanation: 'Der User-Stack konnte nicht starten, weil der Base-Stack nicht erstellt wurde.',
    action: retryText,
  },
  '500/40105': {
    title: 'Calling-Stack konnte nicht starten',
    explanation: 'Der Calling-User-Stack ist bei der Initialisierung fehlgeschlagen.',
    action: retryText,
  },
  '500/40116': {
    title: 'Medien konnten nicht starten',
    explanation: 'Der Medienteil des Calling-Stacks konnte nicht initialisiert werden.',
    action: `${retryText} Prüfen, dass das Mikrofon nicht von einer anderen App blockiert wird.`,
  },
  '400/40119': {
    title: 'Diese Plattform wird für Anrufe nicht unterstützt',
    explanation: 'Das SDK meldet, dass sein Medien-Stack diesen Browser oder dieses Betriebssystem nicht unterstützt.',
    action: 'Die App (und das Betriebssystem) aktualisieren; für den Fall einer vorübergehenden Störung folgen ein paar neue Versuche.',
  },
  '500/40117': {
    title: 'Signalisierung konnte nicht starten',
    explanation: 'Der Signalisierungsteil des Calling-Stacks konnte nicht initialisiert werden.',
    action: retryText,
  },
  '500/40118': {
    title: 'Calling-Stack konnte nicht starten',
    explanation: 'Ein interner Teil des Calling-Stacks konnte nicht initialisiert werden.',
    action: retryText,
  },
  '500/40111': {
    title: 'Azure Communication Services nicht erreichbar',
    explanation: 'Der Verbindungsdienst zur ACS-Infrastruktur konnte nicht erstellt werden.',
    action: networkText,
  },
  '500/40112': {
    title: 'Verbindung zu Azure Communication Services fehlgeschlagen',
    explanation: 'Die Verbindung zur ACS-Infrastruktur konnte nicht initialisiert werden.',
    action: networkText,
  },
  '500/40113': {
    title: 'Schon verbunden',
    explanation: 'Das SDK wollte eine Verbindung aufbauen, die schon bestand.',
    action: 'Die App gibt den Agent frei und versucht es noch ein paar Mal.',
  },
  '408/44118': {
    title: 'Zeitüberschreitung bei einem Vorgang',
    explanation: 'Ein Schritt beim Erstellen des Call-Agents hat zu lange gedauert.',
    action: retryText,
  },
  '500/44100': {
    title: 'Der Dienst hat keine Konfiguration gesendet',
    explanation: 'Die Anrufkonfiguration des Dienstes war leer.',
    action: retryText,
  },
  '500/44101': {
    title: 'Die Konfiguration des Dienstes ist unvollständig',
    explanation: 'Der Anrufkonfiguration des Dienstes fehlt der ACS-Abschnitt.',
    action: retryText,
  },
  'app:create-timeout': {
    title: 'Das Erstellen des Call-Agents hat zu lange gedauert',
    explanation: 'createCallAgent wurde nicht vor Ablauf der Frist fertig; das SDK kann beim Start hängen bleiben.',
    action: retryText,
  },
  'app:connect-timeout': {
    title: 'Der Call-Agent konnte keine Verbindung herstellen',
    explanation: 'Der Call-Agent wurde erstellt, hat aber nie den Zustand „Connected“ erreicht und kann daher keine Anrufe tätigen oder annehmen.',
    action: networkText,
  },
  'app:connection-lost': {
    title: 'Die Verbindung zu Azure Communication Services wurde unterbrochen',
    explanation: 'Der Call-Agent war nach dem Verbinden zu lange getrennt.',
    action: 'Neue Verbindung, sobald das Netzwerk verfügbar ist.',
  },
  'app:engine-lost': {
    title: 'Das Anruffenster wurde beendet',
    explanation: 'Das Fenster, das den Call-Agent erstellt hat, wurde neu geladen, geschlossen oder ist abgestürzt, bevor es fertig war.',
    action: 'Erneute Anmeldung in dem Fenster, das noch offen ist.',
  },
  'app:token-endpoint': {
    title: 'Der Tokendienst hat kein Token geliefert',
    explanation: 'Der Token-Endpunkt war nicht erreichbar, hat das Zeitlimit überschritten oder etwas geantwortet, das kein Token ist.',
    action: 'Automatischer neuer Versuch mit wachsender Wartezeit. Die Endpunkt-URL prüfen und ob der Tokendienst läuft.',
  },
  'app:token-endpoint-refused': {
    title: 'Der Tokendienst hat die App abgewiesen',
    explanation: 'Der Token-Endpunkt hat mit 401 oder 403 geantwortet: Er akzeptiert die Anmeldedaten der App nicht.',
    action: 'Die URL des Token-Endpunkts und den API-Schlüssel des Tokendienstes in den Einstellungen prüfen, dann erneut anmelden.',
  },
  'app:token-endpoint-redirect': {
    title: 'Der Tokendienst hat die App an eine andere Adresse umgeleitet',
    explanation: 'Der Token-Endpunkt hat mit einer Weiterleitung an eine andere Adresse oder von HTTPS auf unverschlüsseltes HTTP geantwortet. Die App folgt ihr nicht, daher werden der API-Schlüssel und die Anfrage nicht dorthin gesendet.',
    action: 'Wenn der Tokendienst tatsächlich umgezogen ist, seine neue URL (in der Meldung genannt) in den Einstellungen eintragen, dann erneut anmelden.',
  },
  'app:token-expired': {
    title: 'Das Zugriffstoken ist abgelaufen',
    explanation: 'Das eingefügte Token ist abgelaufen, und die App kann kein neues holen.',
    action: 'Ein neues Token einfügen oder mit einem Token-Endpunkt anmelden, damit die App Tokens selbst erneuern kann.',
  },
  'app:teams-sign-in': {
    title: 'Erneut mit Teams anmelden',
    explanation: 'Die Microsoft-Entra-Anmeldung im Browser wurde nicht abgeschlossen, oder Entra ID hat sie beendet (das Aktualisierungstoken ist abgelaufen oder wurde widerrufen).',
    action: 'Auf dem Anmeldebildschirm „Teams-Konto“ wählen und die Anmeldung im Browserfenster abschließen, das sich öffnet.',
  },
  'app:token-invalid': {
    title: 'Das ist kein ACS-Zugriffstoken',
    explanation: 'Das Token ließ sich nicht als JSON Web Token mit den Claims eines ACS-Tokens lesen.',
    action: 'Das ganze Token noch einmal kopieren (drei durch Punkte getrennte Teile) und erneut anmelden.',
  },
};
