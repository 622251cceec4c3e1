/*
 * Add people / conference, in English: the participant list, adding and removing people, and
 * merging a held call into the call in progress. e2e tests match some of these.
 */
export const enConference = {
  add: 'Add',
  addTip: 'Add a person to this call',
  addLabel: 'Person to add',
  addHint: 'A phone number, an ACS user id or a Teams user id. Their phone rings; they join when they answer.',
  addConfirm: 'Add to call',
  adding: 'Adding…',
  addStarted: 'Calling {peer} to join…',
  close: 'Close',
  people: 'People on this call ({count})',
  remove: 'Remove',
  removeLabel: 'Remove {peer} from the call',
  removeFailed: 'Could not remove {peer}: {message}',
  muted: 'Muted',
  dismiss: 'Dismiss',
  state: {
    Idle: 'Waiting',
    Connecting: 'Connecting…',
    Ringing: 'Ringing…',
    EarlyMedia: 'Ringing…',
    InLobby: 'In the lobby',
    Connected: 'Connected',
    Hold: 'On hold',
    Disconnected: 'Left',
  },
  merge: 'Merge',
  mergeTip: 'Merge: add {peer} to the call in progress, then end the held call',
  notice: {
    addFailed: '{peer} could not be added: {reason}',
    left: '{peer} left the call.',
    merging: 'Merging: adding {peers} to this call. They are rung and join when they answer; the held call stays on hold until then.',
    merged: 'Merged: {peers} joined this call and the held call was ended.',
    mergeFailed: 'Not merged: {peers} could not be added ({reason}). The held call stays on hold, so nobody is lost.',
  },
  refusal: {
    callerIdMissing: 'calls to phone numbers need a caller id, set in Settings',
    notConnected: 'not connected to the calling service',
    notCallable: 'this identity cannot be called from here',
  },
  /** Joins names: "Bob, Carol and Dave". */
  and: '{first} and {last}',
  reasonWithCodes: '{reason} ({codes})',
  unknownReason: 'no reason given',
};
