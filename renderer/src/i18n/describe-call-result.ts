import type { CallView } from '../../../shared/calls/call-view';
import type { EndReasonDescription } from '../../../shared/calls/end-reasons';
import { peerName } from '../app/peer-text';
import { describeCallEnd } from './describe-call-end';
import { describeTransferredEnd } from './describe-transfer';
import { formatDuration } from './format-duration';
import type { Translate } from './translate';

export interface CallResultText {
  /** One short result: "Call ended · 02:13", "Busy", "No answer", "Declined". */
  readonly headline: string;
  /** Who ended it or why, in a sentence: "You hung up", "Bob hung up", "The person called is busy." */
  readonly detail: string;
  /** What to do, when something needs doing; empty otherwise. */
  readonly action: string;
}

/** Reasons that mean the other side simply hung up a connected call. */
const theyHungUp: ReadonlySet<EndReasonDescription['reason']> = new Set(['ended', 'endedNoReason', 'phoneHungUp', 'otherSideLeftAbruptly']);

/**
 * A finished call as a softphone says it: one short headline, then who hung up or why. The
 * full reason and codes stay available under Details (see EndedCallCard).
 */
export function describeCallResult(call: CallView, end: EndReasonDescription, t: Translate, locale: string): CallResultText {
  const transferred = describeTransferredEnd(call, t);
  if (transferred) return transferred;
  const reason = describeCallEnd(end, t);
  const connected = call.connectedAt !== undefined;
  if (connected && end.kind !== 'failed') {
    const duration = formatDuration((call.endedAt ?? call.connectedAt ?? 0) - (call.connectedAt ?? 0), locale);
    const detail = call.hungUpHere
      ? t('ended.youHungUp')
      : theyHungUp.has(end.reason)
        ? t('ended.peerHungUp', { peer: peerName(call.peer, t) })
        : reason.explanation;
    return { headline: t('ended.result', { duration }), detail, action: '' };
  }
  switch (end.kind) {
    case 'busy':
      return { headline: t('ended.busy'), detail: reason.explanation, action: '' };
    case 'noAnswer':
      return { headline: t('ended.noAnswer'), detail: reason.explanation, action: '' };
    case 'declined':
      return { headline: t('ended.declined'), detail: reason.explanation, action: '' };
    case 'cancelled':
      return { headline: call.hungUpHere ? t('ended.cancelledHere') : reason.title, detail: call.hungUpHere ? '' : reason.explanation, action: '' };
    default:
      return { headline: reason.title, detail: reason.explanation, action: reason.action };
  }
}
