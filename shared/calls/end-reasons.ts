import type { CallEndReason } from './call-view';

/*
 * Why a call ended, as data. The code/subCode pairs and their meaning come from the Calling
 * SDK 2.0 bundle's own call-end table (the object that starts `{0:{0:{public:!0,code:0,…`
 * in dist/sdk.bundle.js), rewritten for the person at the softphone. Where the SDK has no
 * subCode-level entry, the SIP meaning of the code stands in (see `byCode`).
 *
 * The words live in the renderer's message files (`endReason.<reason>.title/explanation` and
 * `endAction.<action>`), so each entry names its reason and action by key: shared code and the
 * engine stay free of any one language.
 */

/**
 * completed: an ordinary end; declined/busy/noAnswer/unavailable: the other side's answer;
 * cancelled: ended before it was answered, on purpose; failed: something went wrong.
 */
export type EndKind = 'completed' | 'cancelled' | 'declined' | 'busy' | 'noAnswer' | 'unavailable' | 'failed';

/** Every reason the message files explain; `unknown*` is a code this table does not know. */
export const endReasonKeys = [
  'ended',
  'endedNoReason',
  'endedByOrganizer',
  'endedByService',
  'endedByServerApp',
  'everyoneLeft',
  'otherSideLeftAbruptly',
  'phoneHungUp',
  'removed',
  'transferred',
  'tooLong',
  'cancelledHere',
  'cancelledBeforeAnswer',
  'cancelledBeforeConnect',
  'callerCancelled',
  'answeredElsewhere',
  'missedCallerHungUp',
  'missedNotAnswered',
  'declined',
  'busy',
  'numberBusy',
  'timedOutUnanswered',
  'nobodyAnswered',
  'didNotRespond',
  'didNotAnswer',
  'notAnsweredInTime',
  'notAvailable',
  'notSignedInAnywhere',
  'notOnline',
  'unreachable',
  'notFound',
  'numberNotFound',
  'callNotFound',
  'incompleteNumber',
  'refused',
  'destinationNotAllowed',
  'notAllowed',
  'participantNotAllowed',
  'numberBlocked',
  'refusedByNetwork',
  'tokenRejected',
  'tokenNotAccepted',
  'noValidToken',
  'setupTimedOut',
  'gatewayTimeout',
  'localNetworkProblem',
  'audioNegotiationFailed',
  'firewallBlocks',
  'noAudioConnection',
  'audioConnectionLost',
  'droppedLocalNetwork',
  'droppedNoReconnect',
  'droppedNetworkLost',
  'connectionLost',
  'serviceUnreachable',
  'networkRequestFailed',
  'serviceInternalError',
  'callingServiceError',
  'phoneNetworkError',
  'serviceUnavailable',
  'unknown',
  'unknownWithoutSubCode',
] as const;
export type EndReasonKey = (typeof endReasonKeys)[number];

/** What to do about an end, each a message `endAction.<key>`. */
export const endActionKeys = [
  'callAgain',
  'checkNetwork',
  'tryLater',
  'tryWhenOnline',
  'signInAgain',
  'enableDestination',
  'askAdminPolicy',
  'checkRouting',
  'checkCallerId',
  'checkCallerIdAndPolicies',
  'checkNumberWithCountryCode',
  'checkCallee',
  'checkIdOrNumber',
  'allowFirewall',
] as const;
export type EndActionKey = (typeof endActionKeys)[number];

export interface EndReasonEntry {
  kind: EndKind;
  reason: EndReasonKey;
  /** Calling again may work as it is (a network blip, nobody answered). */
  retryable: boolean;
  /** What to do about it; absent when nothing needs doing. */
  action?: EndActionKey;
}

export interface EndReasonDescription extends EndReasonEntry {
  /** "603/0", for the card and for support; empty without a reason. */
  codes: string;
  /** The raw pair, which the `unknown` texts quote. */
  code?: number;
  subCode?: number;
}

export type CallDirection = 'incoming' | 'outgoing';

const entry = (kind: EndKind, reason: EndReasonKey, retryable: boolean, action?: EndActionKey): EndReasonEntry =>
  action === undefined ? { kind, reason, retryable } : { kind, reason, retryable, action };

/** Keyed by "code/subCode". */
const bySubCode: Record<string, EndReasonEntry> = {
  '0/0': entry('completed', 'ended', true),
  '0/4097': entry('completed', 'endedByOrganizer', true),
  '0/4501': entry('cancelled', 'cancelledHere', true),
  '0/4521': entry('completed', 'otherSideLeftAbruptly', true, 'callAgain'),
  '0/5000': entry('completed', 'removed', false),
  '0/5003': entry('completed', 'endedByService', true),
  '0/5010': entry('completed', 'everyoneLeft', true),
  '0/5300': entry('completed', 'removed', false),
  '0/7000': entry('completed', 'endedByServerApp', true),
  '0/7015': entry('completed', 'transferred', false),
  '0/540000': entry('completed', 'ended', true),
  '0/560000': entry('completed', 'phoneHungUp', true),
  '400/580040': entry('failed', 'destinationNotAllowed', false, 'enableDestination'),
  '401/10009': entry('failed', 'tokenRejected', false, 'signInAgain'),
  '403/5448': entry('failed', 'participantNotAllowed', false, 'askAdminPolicy'),
  '403/510403': entry('failed', 'numberBlocked', false, 'checkRouting'),
  '403/560403': entry('failed', 'refusedByNetwork', false, 'checkCallerId'),
  '404/404': entry('failed', 'callNotFound', false),
  '404/4500': entry('failed', 'callNotFound', false),
  '404/560404': entry('unavailable', 'numberNotFound', false, 'checkNumberWithCountryCode'),
  '408/4506': entry('noAnswer', 'timedOutUnanswered', true, 'callAgain'),
  '408/10056': entry('failed', 'setupTimedOut', true, 'checkNetwork'),
  '408/10057': entry('noAnswer', 'nobodyAnswered', true, 'callAgain'),
  '408/500001': entry('failed', 'gatewayTimeout', true, 'callAgain'),
  '408/560408': entry('noAnswer', 'didNotRespond', true, 'callAgain'),
  '410/3100': entry('failed', 'localNetworkProblem', true, 'checkNetwork'),
  '410/3101': entry('failed', 'droppedLocalNetwork', true, 'checkNetwork'),
  '410/3111': entry('failed', 'audioNegotiationFailed', true, 'callAgain'),
  '410/3112': entry('failed', 'firewallBlocks', false, 'allowFirewall'),
  '410/301004': entry('failed', 'noAudioConnection', true, 'checkNetwork'),
  '410/301005': entry('failed', 'audioConnectionLost', true, 'checkNetwork'),
  '429/10110': entry('completed', 'tooLong', true, 'callAgain'),
  '480/10037': entry('unavailable', 'notSignedInAnywhere', true, 'tryWhenOnline'),
  '480/10076': entry('unavailable', 'notOnline', true, 'tryWhenOnline'),
  '480/10077': entry('unavailable', 'notOnline', true, 'tryWhenOnline'),
  '480/10078': entry('unavailable', 'unreachable', true, 'tryWhenOnline'),
  '480/560480': entry('noAnswer', 'didNotAnswer', true, 'tryLater'),
  '484/560484': entry('failed', 'incompleteNumber', false, 'checkNumberWithCountryCode'),
  '486/560486': entry('busy', 'numberBusy', true, 'tryLater'),
  '487/0': entry('cancelled', 'cancelledBeforeAnswer', true),
  '487/4501': entry('cancelled', 'cancelledHere', true),
  '487/10003': entry('cancelled', 'answeredElsewhere', false),
  '487/10004': entry('noAnswer', 'notAnsweredInTime', true),
  '487/10024': entry('declined', 'declined', true, 'tryLater'),
  '487/540200': entry('cancelled', 'cancelledBeforeConnect', true),
  '487/540487': entry('cancelled', 'callerCancelled', true),
  '487/560487': entry('cancelled', 'callerCancelled', true),
  // What SDK 2.0 reports for a call started while the calling service is unreachable (seen offline).
  '490/4525': entry('failed', 'serviceUnreachable', true, 'checkNetwork'),
  '490/4502': entry('failed', 'networkRequestFailed', true, 'checkNetwork'),
  '495/4507': entry('failed', 'noValidToken', false, 'signInAgain'),
  '496/7': entry('failed', 'droppedNoReconnect', true, 'checkNetwork'),
  '500/10045': entry('failed', 'serviceInternalError', true, 'callAgain'),
  '503/560503': entry('failed', 'phoneNetworkError', true, 'callAgain'),
  '603/0': entry('declined', 'declined', true, 'tryLater'),
  '603/560603': entry('declined', 'declined', true, 'tryLater'),
};

/** The SIP meaning of a code, for subCodes the SDK's table does not list. */
const byCode: Record<number, EndReasonEntry> = {
  0: entry('completed', 'ended', true),
  400: entry('failed', 'refused', false, 'checkCallee'),
  401: entry('failed', 'tokenNotAccepted', false, 'signInAgain'),
  403: entry('failed', 'notAllowed', false, 'checkCallerIdAndPolicies'),
  404: entry('unavailable', 'notFound', false, 'checkIdOrNumber'),
  408: entry('noAnswer', 'timedOutUnanswered', true, 'callAgain'),
  410: entry('failed', 'connectionLost', true, 'checkNetwork'),
  480: entry('unavailable', 'notAvailable', true, 'tryLater'),
  486: entry('busy', 'busy', true, 'tryLater'),
  487: entry('cancelled', 'cancelledBeforeAnswer', true),
  490: entry('failed', 'networkRequestFailed', true, 'checkNetwork'),
  496: entry('failed', 'droppedNetworkLost', true, 'checkNetwork'),
  500: entry('failed', 'callingServiceError', true, 'callAgain'),
  503: entry('failed', 'serviceUnavailable', true, 'callAgain'),
  603: entry('declined', 'declined', true, 'tryLater'),
};

/** Reasons whose words differ for a call this user received. */
const incomingReasons: Partial<Record<EndKind, EndReasonKey>> = {
  cancelled: 'missedCallerHungUp',
  noAnswer: 'missedNotAnswered',
};

export function formatEndCodes(reason: CallEndReason): string {
  return `${reason.code}/${reason.subCode ?? '-'}`;
}

/** Unknown pairs come back with their raw values, never as "normal". */
export function describeEndReason(reason: CallEndReason | undefined, direction: CallDirection): EndReasonDescription {
  if (!reason) return { ...entry('completed', 'endedNoReason', true), codes: '' };
  const raw = { codes: formatEndCodes(reason), code: reason.code, ...(reason.subCode === undefined ? {} : { subCode: reason.subCode }) };
  const known = bySubCode[`${reason.code}/${reason.subCode ?? 0}`] ?? byCode[reason.code];
  if (!known) {
    const unknown = reason.subCode === undefined ? 'unknownWithoutSubCode' : 'unknown';
    return { ...entry(reason.code === 0 ? 'completed' : 'failed', unknown, true, 'callAgain'), ...raw };
  }
  const incoming = direction === 'incoming' && reason.code === 487 && reason.subCode !== 10003 ? incomingReasons[known.kind] : undefined;
  return { ...known, ...(incoming ? { reason: incoming } : {}), ...raw };
}

/**
 * A call that could not start, could not be answered, or ended in failure. Reasons are keys,
 * not words: the engine that reports it has no i18n, the screens put it into words.
 */
export type CallFailure =
  | { kind: 'ended'; end: EndReasonDescription; retryable: boolean }
  /** `detail` is the SDK's own message (with its codes), shown as it is. */
  | { kind: 'notStarted'; detail: string; retryable: boolean }
  | { kind: 'notAnswered'; detail: string; retryable: boolean };
