/*
 * Call transfer, in English: the in-call form, a transfer's progress, and how a transferred
 * call is remembered. e2e tests match some of these, so change them together.
 */
export const enTransfer = {
  control: 'Transfer',
  form: 'Transfer this call',
  target: 'Transfer to',
  placeholder: 'Number, ACS id or Teams id',
  confirm: 'Transfer',
  consult: 'Call first',
  voicemail: 'To voicemail',
  cancel: 'Cancel',
  /** On a consultation call: hands the call waiting on hold over to this one. */
  complete: 'Transfer {waiting} to {peer}',
  voicemailOf: "{peer}'s voicemail",
  state: {
    transferring: 'Transferring to {target}…',
    transferred: 'Transferred to {target}.',
    failed: 'Transfer to {target} failed: {reason}',
    away: '{by} is transferring you to {target}…',
    arrived: 'Transferred to you by {by}.',
    consultation: '{waiting} is on hold, waiting to be transferred to {peer}.',
  },
  failed: {
    notSupported: 'this call cannot be transferred.',
    targetNotRecognized: 'the target was not recognised.',
    notAllowed: 'a policy does not allow it.',
    busy: 'the line is busy.',
    declined: 'it was declined.',
    noAnswer: 'nobody answered.',
    unavailable: 'the target cannot be reached.',
    callEnded: 'the call ended.',
    unknown: 'the service did not say why.',
  },
  refused: {
    unavailable: 'Transfer is not available here.',
    notConnected: 'Only a call that is up can be transferred.',
    inProgress: 'This call is already being transferred.',
    voicemailNeedsTeams: 'Transfer to voicemail needs a Teams sign-in.',
    voicemailNeedsTeamsUser: 'Voicemail belongs to a Teams user: enter their Teams id.',
    targetCallEnded: 'The call to transfer to has ended.',
  },
  /** A finished call's headline and detail, and its history entry. */
  ended: {
    transferredTo: 'Transferred to {target}',
    transferredAway: '{peer} transferred you.',
  },
  history: {
    transferredTo: 'Transferred to {target}',
    transferredBy: 'Transferred by {peer}',
  },
};
