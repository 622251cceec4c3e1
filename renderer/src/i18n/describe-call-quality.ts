import type { CallQualityFigures, CallQualitySummary } from '../../../shared/calls/call-quality';
import type { Translate } from './translate';

/** The figures in words, numbers in the UI's language ("2,5 %" in German). */
export function qualityFiguresText(figures: CallQualityFigures, t: Translate, locale: string, key: 'callQuality.figures' | 'callQuality.average' = 'callQuality.figures'): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return t(key, { roundTrip: number.format(figures.roundTripMs), jitter: number.format(figures.jitterMs), loss: number.format(figures.packetLossPercent) });
}

/** A finished call's quality: its level, and the worst it reached when that was worse. */
export function qualitySummaryText(summary: CallQualitySummary, t: Translate): string {
  const level = t(`callQuality.level.${summary.level}`);
  return summary.worst === summary.level ? t('callQuality.summary', { level }) : t('callQuality.summaryAtTimes', { level, worst: t(`callQuality.level.${summary.worst}`) });
}
