import type { enDial } from './en-dial';

/** German words for why the dialer will not call; typed by the English ones, so a missing key does not compile. */

export const deDial: typeof enDial = {
  acceptedFormats:
    'Geben Sie eine ACS-Benutzer-ID (8:acs:<Ressource>_<Benutzer>), eine Telefonnummer mit Ländervorwahl (+49301234567) oder eine Teams-Benutzer-ID ein (8:orgid:<Objekt-ID> oder nur die Objekt-ID).',
  callee: {
    empty: 'Kein Ziel eingegeben. {formats}',
    missingCountryCode:
      'Fügen Sie die Ländervorwahl hinzu, z. B. +49 für Deutschland: Telefonnummern werden im E.164-Format gewählt, etwa +49301234567. Für nationale Nummern stellen Sie Ihr Land in den Einstellungen ein.',
    invalidPhoneNumber:
      'Das ist keine gültige Telefonnummer: Nach dem + folgen Ländervorwahl und Rufnummer, insgesamt 7 bis 15 Ziffern, die erste nicht 0 (z. B. +49301234567).',
    incompleteAcsUserId:
      '„{input}“ ist keine vollständige ACS-Benutzer-ID: Sie hat die Form 8:acs:<Ressourcen-ID>_<Benutzer-ID>, so wie Ihr Tokendienst sie ausstellt.',
    anonymousTeamsUser: 'Anonyme Teams-Gäste können nicht angerufen werden; geben Sie die Teams-Benutzer-ID ein (8:orgid:<Objekt-ID>).',
    invalidTeamsUserId:
      '„{input}“ ist keine Teams-Benutzer-ID: Nach dem Präfix folgt die Entra-Objekt-ID der Person, eine GUID wie 45ab2481-1c1c-4005-be24-0ffb879b1130.',
    notCallable: '„{input}“ kann nicht angerufen werden. {formats}',
  },
  refused: {
    notConnected: 'Nicht mit dem Anrufdienst verbunden: Warten Sie, bis Sie angemeldet und bereit sind, und rufen Sie dann an.',
    teamsCannotCallAcsUser:
      'Als Teams-Benutzer können Sie Teams-Benutzer und Telefonnummern anrufen, aber keine ACS-Benutzer: Melden Sie sich als ACS-Benutzer an, um eine 8:acs:-ID anzurufen.',
    callerIdMissing:
      'Anrufe an Telefonnummern brauchen eine Anrufer-ID: Tragen Sie unter „{setting}“ in den Einstellungen eine Telefonnummer Ihrer ACS-Ressource ein (E.164, z. B. +49301234500).',
    signedOutDuringSetup: 'Sie wurden abgemeldet, während der Anruf aufgebaut wurde.',
    callingUnavailable: 'Anrufe sind in diesem Build nicht verfügbar.',
    testCallNeedsAcs: 'Der Testanruf nutzt den ACS-Echo-Bot, den eine Teams-Identität nicht anrufen kann: Melden Sie sich als ACS-Benutzer an, um einen Testanruf zu machen.',
  },
  invalidNationalNumber:
    '„{input}“ ist keine Telefonnummer in {country}. Prüfen Sie die Ziffern oder beginnen Sie mit + und der Ländervorwahl, um ins Ausland zu telefonieren.',
  notStarted: 'Der Anruf konnte nicht gestartet werden: {detail}',
};
