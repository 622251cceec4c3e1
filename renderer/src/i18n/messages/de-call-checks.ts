import type { enCallChecks } from './en-call-checks';

/* Mikrofon und Lautsprecher vor einem Anruf prüfen: Testanruf beim Echo-Dienst und Testton. */
export const deCallChecks: typeof enCallChecks = {
  title: 'Mikrofon und Lautsprecher prüfen',
  start: 'Testanruf',
  startHint: 'Ruft den Echo-Testdienst an, der wiedergibt, was Sie sagen.',
  again: 'Erneut testen',
  cancel: 'Test beenden',
  close: 'Schließen',
  step: {
    connecting: 'Der Echo-Testdienst wird angerufen …',
    speak: 'Verbunden. Sagen Sie jetzt ein paar Worte wie in einem Gespräch; der Dienst nimmt sie auf.',
    listen: 'Der Dienst spielt Ihre Worte ab. Haben Sie sich gehört?',
  },
  heardYes: 'Ja, ich habe mich gehört',
  heardNo: 'Nein, ich habe nichts gehört',
  result: {
    works: 'Ihr Mikrofon und Ihr Lautsprecher funktionieren.',
    microphoneSilent:
      'Ihr Mikrofon hat keinen Ton gesendet. Prüfen Sie, ob es angeschlossen und am Gerät nicht stummgeschaltet ist, oder wählen Sie unter „Audiogeräte“ ein anderes Mikrofon.',
    notHeard: 'Ihr Mikrofon funktioniert, aber Sie haben die Wiedergabe nicht gehört. Prüfen Sie den unter „Audiogeräte“ gewählten Lautsprecher und seine Lautstärke.',
    notConnected: 'Der Testanruf kam nicht zustande, daher wurde nichts geprüft. Die Anrufkarte nennt den Grund.',
    endedEarly: 'Der Testanruf endete, bevor die Prüfung fertig war. Versuchen Sie es erneut.',
  },
  speaker: {
    play: 'Testton abspielen',
    playing: 'Ein Ton wird auf dem gewählten Lautsprecher abgespielt …',
    played: 'Haben Sie den Ton gehört? Wenn nicht, wählen Sie einen anderen Lautsprecher oder erhöhen Sie die Lautstärke.',
    failed: 'Der Testton konnte nicht abgespielt werden: {message}',
  },
};
