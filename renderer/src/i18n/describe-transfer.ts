import type { CallTransfer, TransferTarget } from '../../../shared/calls/call-transfer';
import type { CallView } from '../../../shared/calls/call-view';
import type { CallHistoryEntry } from '../../../shared/history/call-history-schema';
import { missingCase } from '../../../shared/util/missing-case';
import { peerName } from '../app/peer-text';
import type { TransferRefusal } from '../engine/calls/call-controller-api';
import type { CallResultText } from './describe-call-result';
import { describeCalleeRefusal } from './describe-dial-refusal';
import type { Translate } from './translate';

/** "Carol", or "Carol's voicemail". */
export function transferTargetText(target: TransferTarget, t: Translate): string {
  const name = peerName(target.peer, t);
  return target.voicemail ? t('transfer.voicemailOf', { peer: name }) : name;
}

/** A live call's transfer line: where its transfer stands, or how it came to be. Undefined: nothing to say. */
export function describeTransfer(call: Pick<CallView, 'peer'>, transfer: CallTransfer, t: Translate): { text: string; failed: boolean } | undefined {
  switch (transfer.kind) {
    case 'byYou': {
      const target = transferTargetText(transfer.to, t);
      if (transfer.state !== 'failed') return { text: t(`transfer.state.${transfer.state}`, { target }), failed: false };
      const failure = transfer.failure;
      const codes = failure?.code === undefined ? '' : ` (${failure.code}/${failure.subCode ?? '-'})`;
      return { text: t('transfer.state.failed', { target, reason: t(`transfer.failed.${failure?.reason ?? 'unknown'}`) }) + codes, failed: true };
    }
    case 'away':
      // Until the other side drops the call (then its ended card says where it went).
      return { text: t('transfer.state.away', { by: peerName(call.peer, t), target: peerName(transfer.to, t) }), failed: false };
    case 'arrived':
      return { text: t('transfer.state.arrived', { by: peerName(transfer.by, t) }), failed: false };
    case 'consultation':
      return undefined;
    default:
      return missingCase(transfer);
  }
}

/** A transferred call's ended card: "Transferred to Carol" instead of "Call ended". */
export function describeTransferredEnd(call: CallView, t: Translate): CallResultText | undefined {
  const transfer = call.transfer;
  if (transfer?.kind === 'byYou' && transfer.state === 'transferred') {
    return { headline: t('transfer.ended.transferredTo', { target: transferTargetText(transfer.to, t) }), detail: '', action: '' };
  }
  if (transfer?.kind === 'away') {
    return { headline: t('transfer.ended.transferredTo', { target: peerName(transfer.to, t) }), detail: t('transfer.ended.transferredAway', { peer: peerName(call.peer, t) }), action: '' };
  }
  return undefined;
}

/** What a history entry adds about a transfer: "Transferred to Carol", "Transferred by Bob"; empty when none. */
export function historyTransferText(entry: Pick<CallHistoryEntry, 'transferredTo' | 'transferredToVoicemail' | 'transferredBy'>, t: Translate): string[] {
  const lines: string[] = [];
  if (entry.transferredTo) {
    const target = transferTargetText({ peer: entry.transferredTo, ...(entry.transferredToVoicemail ? { voicemail: true } : {}) }, t);
    lines.push(t('transfer.history.transferredTo', { target }));
  }
  if (entry.transferredBy) lines.push(t('transfer.history.transferredBy', { peer: peerName(entry.transferredBy, t) }));
  return lines;
}

export function describeTransferRefusal(refusal: TransferRefusal, t: Translate, locale = 'en'): string {
  return refusal.kind === 'callee' ? describeCalleeRefusal(refusal.callee, t, locale) : t(`transfer.refused.${refusal.reason}`);
}
