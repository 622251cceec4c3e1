import type { CallState } from '../../../shared/calls/call-view';
import type { CallOutcome } from '../../../shared/history/call-history-schema';
import { missingCase } from '../../../shared/util/missing-case';

/** The words a call card uses for each SDK CallState. */
export function describeCallState(state: CallState): string {
  switch (state) {
    case 'None':
    case 'Connecting':
      return 'Connecting…';
    case 'Ringing':
      return 'Ringing…';
    case 'EarlyMedia':
      return 'Ringing (early media)…';
    case 'Connected':
      return 'Connected';
    case 'LocalHold':
      return 'On hold';
    case 'RemoteHold':
      return 'On hold by the other side';
    case 'InLobby':
      return 'Waiting in the lobby';
    case 'Disconnecting':
      return 'Hanging up…';
    case 'Disconnected':
      return 'Call ended';
    default:
      return missingCase(state);
  }
}

/** A call is live from dialling or answering until it is disconnected. */
export function isLive(state: CallState): boolean {
  return state !== 'Disconnected';
}

/** mm:ss, or h:mm:ss past an hour; never negative (clocks may disagree by a few ms). */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

export function describeOutcome(outcome: CallOutcome): string {
  switch (outcome) {
    case 'completed':
      return 'Completed';
    case 'missed':
      return 'Missed';
    case 'declined':
      return 'Declined';
    case 'failed':
      return 'Failed';
    case 'cancelled':
      return 'Cancelled';
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
