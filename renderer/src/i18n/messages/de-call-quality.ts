import type { enCallQuality } from './en-call-quality';

/* Anrufqualität (Medienstatistik des SDK) und die Bewertung nach dem Anruf. */
export const deCallQuality: typeof enCallQuality = {
  indicator: 'Anrufqualität: {level}',
  level: { good: 'gut', poor: 'mäßig', bad: 'schlecht' },
  explain: {
    good: 'Das Netzwerk überträgt Ihre Stimme gut.',
    poor: 'Ihre Stimme kommt womöglich verzögert oder abgehackt an; die Gegenseite muss vielleicht nachfragen.',
    bad: 'Das Netzwerk verliert oder verzögert zu viel: Wörter fallen aus. Ein Kabel oder ein weniger ausgelastetes Netz hilft.',
  },
  figures: 'Umlaufzeit {roundTrip} ms · Jitter {jitter} ms · Paketverlust {loss} %',
  summary: 'Anrufqualität: {level}',
  summaryAtTimes: 'Anrufqualität: {level}, zeitweise {worst}',
  average: 'Im Mittel: Umlaufzeit {roundTrip} ms · Jitter {jitter} ms · Paketverlust {loss} %',
  rateTitle: 'Wie war der Anruf?',
  rateScore: '{score} von 5',
  rateScale: '1 = schlecht, 5 = ausgezeichnet',
  rateSent: 'Danke: Ihre Bewertung wurde gesendet.',
  rateFailed: 'Die Bewertung konnte nicht gesendet werden: {message}',
  setting: 'Nach jedem Anruf um eine Bewertung bitten',
  settingHint: '(ein Tipp, 1 bis 5; wird mit dem Anruf an Azure Communication Services gesendet)',
};
