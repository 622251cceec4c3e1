import type { DialRefusal } from './call-controller-api';

/** An add either started (the person is being rung; the call's participant list follows them) or was refused first. */
export type AddParticipantResult = { ok: true } | { ok: false; refusal: DialRefusal };

/**
 * What the screens may ask of a call's people (Add people / conference). Progress and outcomes
 * show in the call's view (`CallView.conference`): its participants, and a notice for the last
 * add that failed, someone who left, or a merge.
 */
export interface ConferenceIntents {
  /**
   * Adds a person to a connected call: an ACS user, a Teams user or a phone number, typed as in
   * the dialer and refused for the same reasons (a phone number needs the ACS caller id).
   */
  addParticipant(callId: string, input: string): Promise<AddParticipantResult>;
  /** Removes someone from the call, by the raw id of their participant entry. */
  removeParticipant(callId: string, rawId: string): Promise<void>;
  /**
   * Merges a held call into the connected one: ACS has no merge for 1:1 calls, so the held
   * call's people are added to the connected call and the held call is hung up only once they
   * are all on it. If anyone cannot be added, the held call stays on hold with them.
   */
  mergeCalls(heldCallId: string, intoCallId: string): Promise<void>;
  /** Hides the call's conference notice (a failed add, someone who left, a merge's outcome). */
  dismissConferenceNotice(callId: string): void;
}
