import type { CallDiagnosticChange } from '../../../../shared/calls/call-diagnostics';
import type { AttemptRecord } from '../../../../shared/session/attempt';
import { attemptProblemText } from '../../i18n/describe-error';
import { diagnosticText } from '../../i18n/describe-diagnostic';
import type { Translate } from '../../i18n/translate';

/*
 * The sign-in attempts and call diagnostics in sentences, for Help › Troubleshooting. The QA
 * timelines keep the internal names (decisions, agent kinds, SDK diagnostic names) instead.
 */

/** "Attempt 2 did not work: <the error's title>. Retrying automatically in 4 s." */
export function attemptSentence(attempt: AttemptRecord, t: Translate, formatSeconds: (seconds: number) => string): string {
  const what =
    attempt.outcome === 'ready'
      ? t('help.attemptReady')
      : attempt.outcome === 'cancelled'
        ? t('help.attemptCancelled')
        : t('help.attemptFailed', { problem: attempt.error ? attemptProblemText(attempt.error, t) : '' });
  const next =
    attempt.decision === 'ready' || attempt.decision === 'cancelled' ? '' : t(`help.decision.${attempt.decision}`, { seconds: formatSeconds((attempt.delayMs ?? 0) / 1000) });
  return `${t('help.attempt', { n: attempt.attempt })}: ${what}.${next ? ` ${next}` : ''}`;
}

/**
 * Each change as a sentence: "Call 1: Your network connection is poor: …", and when it clears
 * "Call 1: Resolved: …" with the words of the problem it ends. Calls are numbered in the order
 * they first show up, rather than by the engine's ids.
 */
export function diagnosticSentences(changes: readonly CallDiagnosticChange[], t: Translate): string[] {
  const numbers = new Map<string, number>();
  const lastRaised = new Map<string, CallDiagnosticChange['value']>();
  return changes.map((change) => {
    if (!numbers.has(change.callId)) numbers.set(change.callId, numbers.size + 1);
    const key = `${change.callId} ${change.diagnostic}`;
    if (change.raised) lastRaised.set(key, change.value);
    // A cleared diagnostic carries its "all good" value: word the problem it ends by the value it had.
    const problem = diagnosticText(change.diagnostic, change.raised ? change.value : (lastRaised.get(key) ?? (typeof change.value === 'boolean' ? true : 2)), t);
    return `${t('help.call', { n: numbers.get(change.callId) })}: ${change.raised ? problem : t('help.problemOver', { problem })}`;
  });
}
