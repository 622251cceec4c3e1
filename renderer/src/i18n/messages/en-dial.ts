import type { CalleeRefusalReason } from '../../../../shared/calls/callee';
import type { DialRefusalReason } from '../../engine/calls/call-controller-api';

/*
 * Why the dialer will not call, in English: the words for the refusal keys of
 * shared/calls/callee.ts and the engine's dial. e2e and unit tests match some of these, so
 * change them together. `{input}` is the text as typed; `{formats}` is `acceptedFormats`.
 */

export const enDial = {
  acceptedFormats:
    'Enter an ACS user id (8:acs:<resource>_<user>), a phone number with its country code (+14255550123), or a Teams user id (8:orgid:<object id>, or the object id alone).',
  callee: {
    empty: 'Nothing to call. {formats}',
    missingCountryCode:
      'Add the country code, e.g. +1 for the US and Canada: a phone number is called in E.164 form, like +14255550123. To dial national numbers, choose your country in Settings.',
    invalidPhoneNumber:
      'That is not a valid phone number: after the + come the country code and number, 7 to 15 digits in all, the first not 0 (e.g. +14255550123).',
    incompleteAcsUserId: '"{input}" is not a complete ACS user id: it looks like 8:acs:<resource id>_<user id>, as your token service issues it.',
    anonymousTeamsUser: 'Anonymous Teams visitors cannot be called; enter the Teams user id (8:orgid:<object id>).',
    invalidTeamsUserId:
      '"{input}" is not a Teams user id: after the prefix comes the user\'s Entra object id, a GUID like 45ab2481-1c1c-4005-be24-0ffb879b1130.',
    notCallable: '"{input}" cannot be called. {formats}',
  } satisfies Record<CalleeRefusalReason, string>,
  refused: {
    notConnected: 'Not connected to the calling service: wait until you are signed in and ready, then call.',
    teamsCannotCallAcsUser: 'A Teams user can call Teams users and phone numbers, not ACS users: sign in as an ACS user to call an 8:acs: id.',
    callerIdMissing:
      'Calls to phone numbers need a caller id: set "{setting}" in Settings to a phone number of your ACS resource (E.164, e.g. +14255550100).',
    signedOutDuringSetup: 'You were signed out while the call was being set up.',
    callingUnavailable: 'Calling is not available in this build.',
    testCallNeedsAcs: 'The test call uses the ACS echo bot, which a Teams identity cannot call: sign in as an ACS user to make a test call.',
  } satisfies Record<DialRefusalReason, string>,
  /** A number without + that is not a phone number in the default country `{country}` (its name). */
  invalidNationalNumber: '"{input}" is not a phone number in {country}. Check the digits, or start with + and the country code to call abroad.',
  /** `{detail}` is the SDK's own message, which has no translation. */
  notStarted: 'The call could not start: {detail}',
};
