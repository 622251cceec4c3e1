import type { enNotices } from '../../../../shared/notices/english-notices';

/** German words for what main tells the user unasked; typed by the English ones, so a missing key does not compile. */

const refusedLink = 'Dieser Link kann nicht gewählt werden.';

export const deNotices: typeof enNotices = {
  documentLeftAsIs: {
    settings:
      'Ihre Einstellungsdatei konnte nicht gelesen werden ({reason}) und ließ sich auch nicht sichern. Sie bleibt daher unverändert unter {path}; die App verwendet die Standardwerte, bis Sie etwas ändern.',
    callHistory:
      'Die Datei Ihrer Anrufliste konnte nicht gelesen werden ({reason}) und ließ sich auch nicht sichern. Sie bleibt daher unverändert unter {path}; die App verwendet eine leere Anrufliste, bis sich etwas ändert.',
    contacts:
      'Die Datei Ihrer Kontakte konnte nicht gelesen werden ({reason}) und ließ sich auch nicht sichern. Sie bleibt daher unverändert unter {path}; die App zeigt keine Kontakte, bis sich etwas ändert.',
  },
  documentRepaired: {
    settings: 'Ihre Einstellungsdatei enthielt Fehler ({problem}); alles Übrige wurde übernommen. Eine Kopie der ursprünglichen Datei liegt unter {backupPath}.',
    callHistory: 'Die Datei Ihrer Anrufliste enthielt Fehler ({problem}); alles Übrige wurde übernommen. Eine Kopie der ursprünglichen Datei liegt unter {backupPath}.',
    contacts: 'Die Datei Ihrer Kontakte enthielt Fehler ({problem}); alles Übrige wurde übernommen. Eine Kopie der ursprünglichen Datei liegt unter {backupPath}.',
  },
  documentReset: {
    settings: 'Ihre Einstellungsdatei war nicht lesbar und wurde zurückgesetzt; eine Kopie liegt unter {backupPath}.',
    callHistory: 'Die Datei Ihrer Anrufliste war nicht lesbar und wurde zurückgesetzt; eine Kopie liegt unter {backupPath}.',
    contacts: 'Die Datei Ihrer Kontakte war nicht lesbar und wurde zurückgesetzt; eine Kopie liegt unter {backupPath}.',
  },
  documentRepairedSecretsLeftOut: {
    settings:
      'Ihre Einstellungsdatei enthielt Fehler ({problem}); alles Übrige wurde übernommen. Eine Kopie der ursprünglichen Datei liegt unter {backupPath}, ohne die URL des Token-Endpunkts und den API-Schlüssel, die sie im Klartext enthielt: Die App bewahrt diese bei ihren anderen Geheimnissen auf.',
    callHistory:
      'Die Datei Ihrer Anrufliste enthielt Fehler ({problem}); alles Übrige wurde übernommen. Eine Kopie der ursprünglichen Datei liegt unter {backupPath}, ohne die Geheimnisse, die sie im Klartext enthielt.',
    contacts:
      'Die Datei Ihrer Kontakte enthielt Fehler ({problem}); alles Übrige wurde übernommen. Eine Kopie der ursprünglichen Datei liegt unter {backupPath}, ohne die Geheimnisse, die sie im Klartext enthielt.',
  },
  documentResetSecretsLeftOut: {
    settings:
      'Ihre Einstellungsdatei war nicht lesbar und wurde zurückgesetzt; eine Kopie liegt unter {backupPath}, ohne die URL des Token-Endpunkts und den API-Schlüssel, die sie im Klartext enthielt. Bitte geben Sie diese in den Einstellungen erneut ein.',
    callHistory: 'Die Datei Ihrer Anrufliste war nicht lesbar und wurde zurückgesetzt; eine Kopie liegt unter {backupPath}, ohne die Geheimnisse, die sie im Klartext enthielt.',
    contacts: 'Die Datei Ihrer Kontakte war nicht lesbar und wurde zurückgesetzt; eine Kopie liegt unter {backupPath}, ohne die Geheimnisse, die sie im Klartext enthielt.',
  },
  historyNotAdded: 'Dieser Anruf konnte nicht in die Anrufliste aufgenommen werden, weil das Speichern fehlschlug ({reason}). Die bisherige Anrufliste ist unverändert.',
  historyNotCleared: 'Die Anrufliste konnte nicht geleert werden, weil das Speichern fehlschlug ({reason}). Die bisherige Anrufliste ist unverändert.',
  historySeenNotSaved: 'Dass Sie Ihre verpassten Anrufe gesehen haben, konnte nicht gespeichert werden ({reason}); nach einem Neustart werden sie womöglich wieder gezählt.',
  contactsNotSaved: 'Ihre Kontakte konnten nicht gespeichert werden ({reason}); sie sind so geblieben, wie sie vor dieser Änderung waren.',
  microphoneDenied:
    'macOS erlaubt {appName} nicht, das Mikrofon zu verwenden, daher würden Ihre Gesprächspartner Sie nicht hören. Öffnen Sie Systemeinstellungen › Datenschutz & Sicherheit › Mikrofon, schalten Sie {appName} ein und starten Sie die App dann neu.',
  microphoneRestricted:
    'Das Mikrofon ist für {appName} durch ein Profil oder eine Bildschirmzeit-Beschränkung auf diesem Mac gesperrt (unter Systemeinstellungen › Datenschutz & Sicherheit › Mikrofon erscheint es gesperrt). Bitten Sie die Person, die diesen Mac verwaltet, es freizugeben.',
  microphoneUnexpected: 'macOS meldet für den Mikrofonzugriff den Status „{status}“.',
  linkNotText: `${refusedLink} Der Link ist kein Text.`,
  linkTooLong: `${refusedLink} Er ist zu lang ({length} Zeichen; höchstens {max}).`,
  linkInvisibleCharacters: `${refusedLink} Er enthält Steuerzeichen oder unsichtbare Zeichen.`,
  linkNotDialScheme: `${refusedLink} Nur tel:- und callto:-Links können gewählt werden.`,
  linkBrokenEscape: `${refusedLink} Er enthält eine fehlerhafte %-Kodierung.`,
  linkEncodedTwice: `${refusedLink} Er ist so kodiert, wie es ein Telefonlink nie ist.`,
  linkEmpty: `${refusedLink} Der {scheme}:-Link enthält weder eine Nummer noch eine Benutzer-ID.`,
  linkTelNeedsPhoneNumber: `${refusedLink} Ein tel:-Link muss eine Telefonnummer enthalten, etwa tel:+49-30-1234567.`,
  linkCalleeRefused: {
    empty: `${refusedLink} Er enthält weder eine Nummer noch eine Benutzer-ID.`,
    missingCountryCode: `${refusedLink} Die Nummer hat keine Ländervorwahl: Sie muss mit + beginnen, etwa +49301234567.`,
    invalidPhoneNumber: `${refusedLink} Die Nummer ist keine gültige Telefonnummer.`,
    incompleteAcsUserId: `${refusedLink} Die darin enthaltene ACS-Benutzer-ID ist unvollständig.`,
    anonymousTeamsUser: `${refusedLink} Anonyme Teams-Gäste können nicht angerufen werden.`,
    invalidTeamsUserId: `${refusedLink} Die darin enthaltene Teams-Benutzer-ID ist ungültig.`,
    notCallable: `${refusedLink} Was er enthält, kann nicht angerufen werden.`,
  },
};
