import type { enHelp } from './en-help';
import type { MessageSchema } from './en';

/** Hilfe › Fehlerbehebung auf Deutsch (die Form ist die englische, siehe en-help.ts). */
export const deHelp: MessageSchema['help'] = {
  open: 'Fehlerbehebung',
  title: 'Fehlerbehebung',
  engineSimulator: 'Simulator — kein Anrufdienst eingerichtet',
  engineSdk: 'Azure Communication Services',
  connectionTitle: 'Verbindung',
  status: 'Status: {status}',
  online: 'Netzwerk: verbunden',
  offline: 'Netzwerk: getrennt',
  attemptsTitle: 'Anmeldeversuche',
  noAttempts: 'Noch keine Anmeldeversuche.',
  attempt: 'Versuch {n}',
  attemptReady: 'angemeldet',
  attemptFailed: 'hat nicht geklappt: {problem}',
  attemptCancelled: 'abgebrochen',
  decision: {
    retryAfter: 'Neuer Versuch automatisch in {seconds} s.',
    refreshTokenThenRetry: 'Ein neues Token wird geholt, dann folgt ein neuer Versuch.',
    disposeThenRetry: 'Neustart der Anmeldung, dann ein neuer Versuch.',
    waitForNetwork: 'Neuer Versuch, sobald das Netzwerk zurück ist.',
    retryManually: 'Keine weiteren Versuche: Mit „Jetzt erneut versuchen“ geht es weiter.',
    needsFix: 'Vor der nächsten Anmeldung muss etwas behoben werden.',
  } satisfies Record<keyof typeof enHelp.decision, string>,
  callsTitle: 'Anrufqualität',
  noCallEvents: 'Bisher keine Probleme mit der Anrufqualität.',
  call: 'Anruf {n}',
  problemOver: 'Behoben: {problem}',
  versionsTitle: 'Versionen',
  appVersion: 'App {version}',
  sdkVersion: 'Calling SDK {version}',
  logsTitle: 'Protokolle',
  logsFolder: 'Die App schreibt ihr Protokoll in diesen Ordner:',
  logsTerminal: 'Die Browser-Version schreibt ihr Protokoll in das Terminal, aus dem sie gestartet wurde.',
  exportTitle: 'Diagnosedaten für den Support',
};
