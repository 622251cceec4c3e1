import type { CallEndReason } from './call-view';

/*
 * Why a call ended, in words. The code/subCode pairs and their meaning come from the Calling
 * SDK 2.0 bundle's own call-end table (the object that starts `{0:{0:{public:!0,code:0,…`
 * in dist/sdk.bundle.js), rewritten for the person at the softphone. Where the SDK has no
 * subCode-level entry, the SIP meaning of the code stands in (see `byCode`).
 */

/**
 * completed: an ordinary end; declined/busy/noAnswer/unavailable: the other side's answer;
 * cancelled: ended before it was answered, on purpose; failed: something went wrong.
 */
export type EndKind = 'completed' | 'cancelled' | 'declined' | 'busy' | 'noAnswer' | 'unavailable' | 'failed';

export interface EndReasonEntry {
  kind: EndKind;
  title: string;
  explanation: string;
  /** Calling again may work as it is (a network blip, nobody answered). */
  retryable: boolean;
  /** What to do about it; empty when nothing needs doing. */
  action: string;
}

export interface EndReasonDescription extends EndReasonEntry {
  /** "603/0", for the card and for support. */
  codes: string;
}

export type CallDirection = 'incoming' | 'outgoing';

const tryAgain = 'Call again.';
const checkNetwork = 'Check the network connection, then call again.';

const entry = (kind: EndKind, title: string, explanation: string, retryable: boolean, action = ''): EndReasonEntry => ({ kind, title, explanation, retryable, action });

/** Keyed by "code/subCode". */
const bySubCode: Record<string, EndReasonEntry> = {
  '0/0': entry('completed', 'Call ended', 'The call ended normally.', true),
  '0/4097': entry('completed', 'Call ended', 'The organizer ended the call for everyone.', true),
  '0/4501': entry('cancelled', 'Call cancelled', 'The call was cancelled or declined on this device before it connected.', true),
  '0/4521': entry('completed', 'Call ended', 'The other side left abruptly (the app closed or lost its connection).', true, tryAgain),
  '0/5000': entry('completed', 'Removed from the call', 'Another participant removed you from the call.', false),
  '0/5003': entry('completed', 'Call ended', 'Azure Communication Services ended the call.', true),
  '0/5010': entry('completed', 'Call ended', 'Everyone else left the call.', true),
  '0/5300': entry('completed', 'Removed from the call', 'Another participant removed you from the call.', false),
  '0/7000': entry('completed', 'Call ended', 'A server application (Call Automation or a bot) ended the call.', true),
  '0/7015': entry('completed', 'Call transferred', 'The call was transferred successfully.', false),
  '0/540000': entry('completed', 'Call ended', 'The call ended normally.', true),
  '0/560000': entry('completed', 'Call ended', 'The person on the phone hung up.', true),
  '400/580040': entry('failed', 'Destination not allowed', 'This ACS resource is not entitled to call that destination.', false, 'Enable calling to that country or number type for your ACS phone number.'),
  '401/10009': entry('failed', 'Not signed in', 'The calling service did not accept the access token (invalid or expired).', false, 'Sign out and sign in again.'),
  '403/5448': entry('failed', 'Not allowed', 'A policy does not allow adding that participant.', false, 'Ask your administrator about the calling policy.'),
  '403/510403': entry('failed', 'Number blocked', 'No voice route matches the dialed number, or it was blocked as spam.', false, 'Check the number and the direct routing configuration.'),
  '403/560403': entry('failed', 'Call refused by the network', 'The phone network refused the call: the caller id, routing policy or destination may not be allowed.', false, 'Check the caller id for phone calls in Settings: it must be a phone number of your ACS resource.'),
  '404/404': entry('failed', 'Call not found', 'The call does not exist or has already ended.', false),
  '404/4500': entry('failed', 'Call not found', 'The call does not exist or has already ended.', false),
  '404/560404': entry('unavailable', 'Number not found', 'That phone number does not exist.', false, 'Check the number, including the country code.'),
  '408/4506': entry('noAnswer', 'No answer', 'The call timed out before it was answered.', true, tryAgain),
  '408/10056': entry('failed', 'Call setup timed out', 'The call could not be set up in time; one side may have lost its connection.', true, checkNetwork),
  '408/10057': entry('noAnswer', 'No answer', 'Nobody answered in time.', true, tryAgain),
  '408/500001': entry('failed', 'Phone network timeout', 'The phone network gateway did not respond in time.', true, tryAgain),
  '408/560408': entry('noAnswer', 'No answer', 'The person called did not respond.', true, tryAgain),
  '410/3100': entry('failed', 'Call could not connect', 'A network problem on this computer stopped the call from being set up.', true, checkNetwork),
  '410/3101': entry('failed', 'Call dropped', 'The call dropped because this computer lost its network connection.', true, checkNetwork),
  '410/3111': entry('failed', 'Call could not connect', 'The audio connection could not be negotiated.', true, tryAgain),
  '410/3112': entry('failed', 'Call could not connect', 'The network configuration here (a firewall or proxy) blocks calls.', false, 'Allow the ACS media ports and addresses through the firewall or proxy.'),
  '410/301004': entry('failed', 'No audio connection', 'The audio connection to the calling service could not be established.', true, checkNetwork),
  '410/301005': entry('failed', 'Call dropped', 'The audio connection to the calling service was lost.', true, checkNetwork),
  '429/10110': entry('completed', 'Call too long', 'The call reached the longest time a call may last.', true, tryAgain),
  '480/10037': entry('unavailable', 'Not available', 'The person called is not signed in anywhere.', true, 'Try again when they are online.'),
  '480/10076': entry('unavailable', 'Not available', 'The person called was not online.', true, 'Try again when they are online.'),
  '480/10077': entry('unavailable', 'Not available', 'The person called was not online.', true, 'Try again when they are online.'),
  '480/10078': entry('unavailable', 'Not available', 'The person called could not be reached.', true, 'Try again when they are online.'),
  '480/560480': entry('noAnswer', 'No answer', 'The person called did not answer.', true, 'Try again later.'),
  '484/560484': entry('failed', 'Incomplete number', 'The phone number is incomplete or invalid.', false, 'Check the number, including the country code.'),
  '486/560486': entry('busy', 'Busy', 'The number called is busy.', true, 'Try again later.'),
  '487/0': entry('cancelled', 'Call cancelled', 'The call was cancelled before it was answered.', true),
  '487/4501': entry('cancelled', 'Call cancelled', 'The call was cancelled or declined on this device before it connected.', true),
  '487/10003': entry('cancelled', 'Answered elsewhere', 'The call was answered on another device.', false),
  '487/10004': entry('noAnswer', 'Not answered', 'The call was not answered in time.', true),
  '487/10024': entry('declined', 'Call declined', 'The person called declined the call.', true, 'Try again later.'),
  '487/540200': entry('cancelled', 'Call cancelled', 'The call was cancelled or declined before it connected.', true),
  '487/540487': entry('cancelled', 'Call cancelled', 'The caller cancelled the call.', true),
  '487/560487': entry('cancelled', 'Call cancelled', 'The caller cancelled the call.', true),
  // What SDK 2.0 reports for a call started while the calling service is unreachable (seen offline).
  '490/4525': entry('failed', 'Could not reach the calling service', 'The call could not be set up because the Azure Communication Services endpoints could not be reached.', true, checkNetwork),
  '490/4502': entry('failed', 'Network request failed', 'A network request of the call failed.', true, checkNetwork),
  '495/4507': entry('failed', 'Not signed in', 'The app had no valid access token for the call.', false, 'Sign out and sign in again.'),
  '496/7': entry('failed', 'Call dropped', 'This computer lost its network connection and could not reconnect.', true, checkNetwork),
  '500/10045': entry('failed', 'Service error', 'Azure Communication Services had an internal error.', true, tryAgain),
  '503/560503': entry('failed', 'Service error', 'The phone network had an unexpected error.', true, tryAgain),
  '603/0': entry('declined', 'Call declined', 'The person called declined the call.', true, 'Try again later.'),
  '603/560603': entry('declined', 'Call declined', 'The person called declined the call.', true, 'Try again later.'),
};

/** The SIP meaning of a code, for subCodes the SDK's table does not list. */
const byCode: Record<number, EndReasonEntry> = {
  0: entry('completed', 'Call ended', 'The call ended normally.', true),
  400: entry('failed', 'Call refused', 'The calling service refused the call request.', false, 'Check the number or id you called.'),
  401: entry('failed', 'Not signed in', 'The calling service did not accept the access token.', false, 'Sign out and sign in again.'),
  403: entry('failed', 'Not allowed', 'The call is not allowed.', false, 'Check the caller id and the calling policies of your ACS resource.'),
  404: entry('unavailable', 'Not found', 'Nobody with that id or number could be found.', false, 'Check the id or number.'),
  408: entry('noAnswer', 'No answer', 'The call timed out before it was answered.', true, tryAgain),
  410: entry('failed', 'Connection lost', 'The call lost its network connection.', true, checkNetwork),
  480: entry('unavailable', 'Not available', 'The person called is not available right now.', true, 'Try again later.'),
  486: entry('busy', 'Busy', 'The person called is busy.', true, 'Try again later.'),
  487: entry('cancelled', 'Call cancelled', 'The call was cancelled before it was answered.', true),
  490: entry('failed', 'Network request failed', 'A network request of the call failed.', true, checkNetwork),
  496: entry('failed', 'Call dropped', 'The network connection was lost.', true, checkNetwork),
  500: entry('failed', 'Service error', 'The calling service had an internal error.', true, tryAgain),
  503: entry('failed', 'Service unavailable', 'The calling service is unavailable right now.', true, tryAgain),
  603: entry('declined', 'Call declined', 'The person called declined the call.', true, 'Try again later.'),
};

/** Entries whose words differ for a call this user received. */
const incomingWords: Partial<Record<EndKind, Pick<EndReasonEntry, 'title' | 'explanation'>>> = {
  cancelled: { title: 'Missed call', explanation: 'The caller hung up before the call was answered.' },
  noAnswer: { title: 'Missed call', explanation: 'The call was not answered in time.' },
};

export function formatEndCodes(reason: CallEndReason): string {
  return `${reason.code}/${reason.subCode ?? '-'}`;
}

/** Unknown pairs come back with their raw values, never as "normal". */
export function describeEndReason(reason: CallEndReason | undefined, direction: CallDirection): EndReasonDescription {
  if (!reason) return { ...entry('completed', 'Call ended', 'The call ended.', true), codes: '' };
  const codes = formatEndCodes(reason);
  const known = bySubCode[`${reason.code}/${reason.subCode ?? 0}`] ?? byCode[reason.code];
  if (!known) {
    return {
      ...entry(reason.code === 0 ? 'completed' : 'failed', 'Call ended', `The call ended with code ${reason.code}, subCode ${reason.subCode ?? 'none'}, which this app does not know.`, true, tryAgain),
      codes,
    };
  }
  const words = direction === 'incoming' && reason.code === 487 && reason.subCode !== 10003 ? incomingWords[known.kind] : undefined;
  return { ...known, ...words, codes };
}
