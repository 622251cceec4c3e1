import type { CallState } from '../../../shared/calls/call-view';
import type { CallOutcome } from '../../../shared/history/call-history-schema';
import { missingCase } from '../../../shared/util/missing-case';
import type { Translate } from '../i18n/translate';

/** The words a call card uses for each SDK CallState. */
export function describeCallState(state: CallState, t: Translate): string {
  switch (state) {
    case 'None':
    case 'Connecting':
      return t('callState.connecting');
    case 'Ringing':
      return t('callState.ringing');
    case 'EarlyMedia':
      return t('callState.earlyMedia');
    case 'Connected':
      return t('callState.connected');
    case 'LocalHold':
      return t('callState.localHold');
    case 'RemoteHold':
      return t('callState.remoteHold');
    case 'InLobby':
      return t('callState.inLobby');
    case 'Disconnecting':
      return t('callState.disconnecting');
    case 'Disconnected':
      return t('callState.disconnected');
    default:
      return missingCase(state);
  }
}

/** A call is live from dialling or answering until it is disconnected. */
export function isLive(state: CallState): boolean {
  return state !== 'Disconnected';
}

export function describeOutcome(outcome: CallOutcome, t: Translate): string {
  switch (outcome) {
    case 'completed':
      return t('outcome.completed');
    case 'missed':
      return t('outcome.missed');
    case 'declined':
      return t('outcome.declined');
    case 'failed':
      return t('outcome.failed');
    case 'cancelled':
      return t('outcome.cancelled');
    default:
      return missingCase(outcome);
  }
}

/** What a DTMF keypad may send: the SDK's DtmfTone values as the characters on the keys. */
export const dtmfKeys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;
export type DtmfKey = (typeof dtmfKeys)[number];

export function isDtmfKey(key: string): key is DtmfKey {
  return (dtmfKeys as readonly string[]).includes(key);
}

/** The letters printed under a phone's keys (and + under 0, which a long press gives). */
export const keyLetters: Readonly<Partial<Record<DtmfKey, string>>> = {
  '2': 'ABC', '3': 'DEF', '4': 'GHI', '5': 'JKL', '6': 'MNO', '7': 'PQRS', '8': 'TUV', '9': 'WXYZ', '0': '+',
};
