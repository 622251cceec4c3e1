import type { EndActionKey, EndReasonKey } from '../../../../shared/calls/end-reasons';

/*
 * Why a call ended and what to do about it, in English: the words for the keys of
 * shared/calls/end-reasons.ts. e2e tests match some of these, so change them together.
 */

interface EndReasonText {
  title: string;
  explanation: string;
}

const callEnded = 'Call ended';
const callCancelled = 'Call cancelled';
const noAnswer = 'No answer';
const notAvailable = 'Not available';
const notSignedIn = 'Not signed in';
const callDropped = 'Call dropped';
const couldNotConnect = 'Call could not connect';
const serviceError = 'Service error';
const missedCall = 'Missed call';

export const enEndReasons = {
  ended: { title: callEnded, explanation: 'The call ended normally.' },
  endedNoReason: { title: callEnded, explanation: 'The call ended.' },
  endedByOrganizer: { title: callEnded, explanation: 'The organizer ended the call for everyone.' },
  endedByService: { title: callEnded, explanation: 'Azure Communication Services ended the call.' },
  endedByServerApp: { title: callEnded, explanation: 'A server application (Call Automation or a bot) ended the call.' },
  everyoneLeft: { title: callEnded, explanation: 'Everyone else left the call.' },
  otherSideLeftAbruptly: { title: callEnded, explanation: 'The other side left abruptly (the app closed or lost its connection).' },
  phoneHungUp: { title: callEnded, explanation: 'The person on the phone hung up.' },
  removed: { title: 'Removed from the call', explanation: 'Another participant removed you from the call.' },
  transferred: { title: 'Call transferred', explanation: 'The call was transferred successfully.' },
  tooLong: { title: 'Call too long', explanation: 'The call reached the longest time a call may last.' },
  cancelledHere: { title: callCancelled, explanation: 'The call was cancelled or declined on this device before it connected.' },
  cancelledBeforeAnswer: { title: callCancelled, explanation: 'The call was cancelled before it was answered.' },
  cancelledBeforeConnect: { title: callCancelled, explanation: 'The call was cancelled or declined before it connected.' },
  callerCancelled: { title: callCancelled, explanation: 'The caller cancelled the call.' },
  answeredElsewhere: { title: 'Answered elsewhere', explanation: 'The call was answered on another device.' },
  missedCallerHungUp: { title: missedCall, explanation: 'The caller hung up before the call was answered.' },
  missedNotAnswered: { title: missedCall, explanation: 'The call was not answered in time.' },
  declined: { title: 'Call declined', explanation: 'The person called declined the call.' },
  busy: { title: 'Busy', explanation: 'The person called is busy.' },
  numberBusy: { title: 'Busy', explanation: 'The number called is busy.' },
  timedOutUnanswered: { title: noAnswer, explanation: 'The call timed out before it was answered.' },
  nobodyAnswered: { title: noAnswer, explanation: 'Nobody answered in time.' },
  didNotRespond: { title: noAnswer, explanation: 'The person called did not respond.' },
  didNotAnswer: { title: noAnswer, explanation: 'The person called did not answer.' },
  notAnsweredInTime: { title: 'Not answered', explanation: 'The call was not answered in time.' },
  notAvailable: { title: notAvailable, explanation: 'The person called is not available right now.' },
  notSignedInAnywhere: { title: notAvailable, explanation: 'The person called is not signed in anywhere.' },
  notOnline: { title: notAvailable, explanation: 'The person called was not online.' },
  unreachable: { title: notAvailable, explanation: 'The person called could not be reached.' },
  notFound: { title: 'Not found', explanation: 'Nobody with that id or number could be found.' },
  numberNotFound: { title: 'Number not found', explanation: 'That phone number does not exist.' },
  callNotFound: { title: 'Call not found', explanation: 'The call does not exist or has already ended.' },
  incompleteNumber: { title: 'Incomplete number', explanation: 'The phone number is incomplete or invalid.' },
  refused: { title: 'Call refused', explanation: 'The calling service refused the call request.' },
  destinationNotAllowed: { title: 'Destination not allowed', explanation: 'This ACS resource is not entitled to call that destination.' },
  notAllowed: { title: 'Not allowed', explanation: 'The call is not allowed.' },
  participantNotAllowed: { title: 'Not allowed', explanation: 'A policy does not allow adding that participant.' },
  numberBlocked: { title: 'Number blocked', explanation: 'No voice route matches the dialed number, or it was blocked as spam.' },
  refusedByNetwork: {
    title: 'Call refused by the network',
    explanation: 'The phone network refused the call: the caller id, routing policy or destination may not be allowed.',
  },
  tokenRejected: { title: notSignedIn, explanation: 'The calling service did not accept the access token (invalid or expired).' },
  tokenNotAccepted: { title: notSignedIn, explanation: 'The calling service did not accept the access token.' },
  noValidToken: { title: notSignedIn, explanation: 'The app had no valid access token for the call.' },
  setupTimedOut: { title: 'Call setup timed out', explanation: 'The call could not be set up in time; one side may have lost its connection.' },
  gatewayTimeout: { title: 'Phone network timeout', explanation: 'The phone network gateway did not respond in time.' },
  localNetworkProblem: { title: couldNotConnect, explanation: 'A network problem on this computer stopped the call from being set up.' },
  audioNegotiationFailed: { title: couldNotConnect, explanation: 'The audio connection could not be negotiated.' },
  firewallBlocks: { title: couldNotConnect, explanation: 'The network configuration here (a firewall or proxy) blocks calls.' },
  noAudioConnection: { title: 'No audio connection', explanation: 'The audio connection to the calling service could not be established.' },
  audioConnectionLost: { title: callDropped, explanation: 'The audio connection to the calling service was lost.' },
  droppedLocalNetwork: { title: callDropped, explanation: 'The call dropped because this computer lost its network connection.' },
  droppedNoReconnect: { title: callDropped, explanation: 'This computer lost its network connection and could not reconnect.' },
  droppedNetworkLost: { title: callDropped, explanation: 'The network connection was lost.' },
  connectionLost: { title: 'Connection lost', explanation: 'The call lost its network connection.' },
  serviceUnreachable: {
    title: 'Could not reach the calling service',
    explanation: 'The call could not be set up because the Azure Communication Services endpoints could not be reached.',
  },
  networkRequestFailed: { title: 'Network request failed', explanation: 'A network request of the call failed.' },
  serviceInternalError: { title: serviceError, explanation: 'Azure Communication Services had an internal error.' },
  callingServiceError: { title: serviceError, explanation: 'The calling service had an internal error.' },
  phoneNetworkError: { title: serviceError, explanation: 'The phone network had an unexpected error.' },
  serviceUnavailable: { title: 'Service unavailable', explanation: 'The calling service is unavailable right now.' },
  unknown: { title: callEnded, explanation: 'The call ended with code {code}, subCode {subCode}, which this app does not know.' },
  unknownWithoutSubCode: { title: callEnded, explanation: 'The call ended with code {code}, subCode none, which this app does not know.' },
} satisfies Record<EndReasonKey, EndReasonText>;

export const enEndActions = {
  callAgain: 'Call again.',
  checkNetwork: 'Check the network connection, then call again.',
  tryLater: 'Try again later.',
  tryWhenOnline: 'Try again when they are online.',
  signInAgain: 'Sign out and sign in again.',
  enableDestination: 'Enable calling to that country or number type for your ACS phone number.',
  askAdminPolicy: 'Ask your administrator about the calling policy.',
  checkRouting: 'Check the number and the direct routing configuration.',
  checkCallerId: 'Check the caller id for phone calls in Settings: it must be a phone number of your ACS resource.',
  checkCallerIdAndPolicies: 'Check the caller id and the calling policies of your ACS resource.',
  checkNumberWithCountryCode: 'Check the number, including the country code.',
  checkCallee: 'Check the number or id you called.',
  checkIdOrNumber: 'Check the id or number.',
  allowFirewall: 'Allow the ACS media ports and addresses through the firewall or proxy.',
} satisfies Record<EndActionKey, string>;
