import type { enQa } from './en-qa';

/** The QA panels in German; typed by the English ones. Codes and SDK names stay as they are. */
export const deQa: typeof enQa = {
  simulator: {
    title: 'Simulator-Steuerung (QA)',
    codesCaption: 'Die dokumentierten Fehler von createCallAgent: Jeder lässt sich für die nächsten Versuche einreihen.',
    code: 'Code',
    category: 'Kategorie',
    error: 'Fehler',
    times: 'Anzahl',
    failsAfter: 'Scheitert nach (s)',
    queue: 'Einreihen',
    timesLabel: 'Wie oft mit {code} scheitern',
    delayLabel: 'Sekunden, bis {code} scheitert',
    planLabel: 'Oder einen Plan für die nächsten Aufrufe von createCallAgent eingeben',
    queued: 'Eingereiht:',
    nothingQueued: 'nichts',
    clear: 'Leeren',
    online: 'Netzwerk online',
  },
  plan: {
    badSyntax: 'Eintrag {entry} („{text}“) ist nicht „subCode“ oder „code/subCode“, wahlweise mit Anzahl und Verzögerung, etwa {examples}.',
    unknownError: 'Eintrag {entry} („{text}“) ist kein bekannter Fehler. Bekannt: {known}.',
    badCount: 'Eintrag {entry} („{text}“): Die Anzahl muss zwischen 1 und {max} liegen.',
    delayTooLong: 'Eintrag {entry} („{text}“): Die Verzögerung darf höchstens {maxSeconds} s betragen.',
  },
  callDiagnostics: {
    legend: 'Anrufdiagnose (neuester laufender Anruf)',
    diagnostic: 'Diagnose',
    value: 'Wert',
    raise: 'auslösen (Bad / true)',
    poor: 'Poor (nur Qualität)',
    clear: 'aufheben (Good / false)',
    apply: 'Anwenden',
  },
  recipes: {
    title: 'Echtes SDK: eigene Fehler hervorrufen (QA)',
    intro:
      'Jede Schaltfläche füllt das Anmeldeformular mit einem präparierten Token und passenden Optionen und überspringt die Vorabprüfungen, sodass das Calling SDK den Fehler offline selbst auslöst. Klicken Sie dann auf „Anmelden“, um ihn zu sehen.',
    prepare: '{code} vorbereiten',
    documentedAs: ' (dokumentiert als {documented}; SDK 2.0 löst {raises} aus)',
    about: {
      noVoipScope: 'Ein Token ohne den Scope „voip“',
      scopeWrongFormat: 'Ein Token, dessen Scope-Claim das falsche Format hat',
      teamsTokenForCallAgent: 'Ein Teams-Token für einen CallAgent (falscher Tokentyp)',
      acsTokenForTeamsAgent: 'Ein ACS-Token für einen TeamsCallAgent (falscher Tokentyp)',
      displayNameForTeams: 'Ein Anzeigename für einen Teams-Benutzer',
    },
    secondAgentTitle: '409/40228, ein zweiter Agent für eine Identität:',
    secondAgentBeforeCommand:
      'Die App hält pro Identität eine Sperre. Ein zweites Fenster, das sich mit demselben Token anmeldet, erfährt deshalb „in einem anderen Fenster angemeldet“, statt einen zweiten Agent zu erstellen. SDK 2.0 löst 40228 nur aus, wenn zwei CallClients gleichzeitig starten; reihen Sie den Fehler im Simulator ein (',
    secondAgentAfterCommand: '), um zu sehen, wie die App den Agent freigibt und es erneut versucht.',
    signOutFirst: 'Melden Sie sich zuerst ab: Die Rezepte füllen das Anmeldeformular.',
  },
};
