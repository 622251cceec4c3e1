import type { Peer } from '../../../../shared/calls/call-view';
import { toRawSdkError } from '../../../../shared/errors/classify';
import type { ActiveAgent } from '../agent-runner';
import type { EngineLogger } from '../clock';
import type { MergeRefusal, WhyNot } from '../../../../shared/calls/conference-view';
import type { DialRefusal } from './call-controller-api';
import type { CallParticipants } from './call-participants';
import type { AddParticipantResult, ConferenceIntents } from './conference-api';
import { describeStartError, planDial, type DialSettings } from './dial';

/** What the conference needs of the registry. */
export interface ConferenceDeps {
  participants: CallParticipants;
  /** The agent now (a sign-out ends every call). */
  active: () => ActiveAgent | undefined;
  getSettings: () => DialSettings | Promise<DialSettings>;
  /** The state of a live call, or undefined once it has ended. */
  stateOf: (callId: string) => string | undefined;
  /** Hangs a call up as the user would (its history says "You hung up"). */
  hangUp: (callId: string) => Promise<void>;
  /** Drops an ended call's card: a merged call did not end for the user, it moved into the other one. */
  dismissEnded: (callId: string) => void;
  logger: EngineLogger;
}

/** A merge tells why it could not try in three words: its add was refused as a dial would be. */
function mergeRefusalOf(refusal: DialRefusal): MergeRefusal {
  if (refusal.kind === 'refused' && refusal.reason === 'callerIdMissing') return 'callerIdMissing';
  if (refusal.kind === 'refused' && (refusal.reason === 'notConnected' || refusal.reason === 'signedOutDuringSetup')) return 'notConnected';
  return 'notCallable';
}

/**
 * Adding people to a call, removing them, and merging a held call into the connected one.
 * An add is planned like a dial (same checks, same refusals), then handed to the SDK.
 */
export class Conference implements ConferenceIntents {
  /** Calls being merged into, so a second press does not start a second merge. */
  private readonly merging = new Set<string>();

  constructor(private readonly deps: ConferenceDeps) {}

  async addParticipant(callId: string, input: string): Promise<AddParticipantResult> {
    const plan = await this.plan(input);
    if (!plan.ok) return plan;
    this.requireConnected(callId);
    try {
      // Not awaited: the person is rung now; whether they join shows in the participant list.
      void this.deps.participants.add(callId, plan.peer, plan.alternateCallerId, true);
    } catch (error) {
      return { ok: false, refusal: { kind: 'notStarted', detail: describeStartError(error) } };
    }
    return { ok: true };
  }

  removeParticipant(callId: string, rawId: string): Promise<void> {
    return this.deps.participants.remove(callId, rawId);
  }

  dismissConferenceNotice(callId: string): void {
    this.deps.participants.setNotice(callId, undefined);
  }

  async mergeCalls(heldCallId: string, intoCallId: string): Promise<void> {
    if (this.deps.stateOf(heldCallId) !== 'LocalHold') throw new Error('Only a call on hold can be merged into the call in progress.');
    this.requireConnected(intoCallId);
    if (this.merging.has(intoCallId)) return;
    const peers = this.deps.participants.peopleOn(heldCallId);
    if (peers.length === 0) throw new Error('Nobody is left on the held call.');
    this.merging.add(intoCallId);
    try {
      await this.merge(heldCallId, intoCallId, peers);
    } finally {
      this.merging.delete(intoCallId);
    }
  }

  private async merge(heldCallId: string, intoCallId: string, peers: Peer[]): Promise<void> {
    const { participants } = this.deps;
    participants.setNotice(intoCallId, { kind: 'merging', peers });
    const outcomes = await Promise.all(peers.map((peer) => this.addForMerge(intoCallId, peer)));
    const failed = peers.filter((_, index) => outcomes[index] !== undefined);
    if (this.deps.stateOf(intoCallId) === undefined) return; // The call merged into ended: the held call stays as it was.
    if (failed.length > 0) {
      // Nobody is lost: the held call stays on hold with everyone, including whoever did join.
      participants.setNotice(intoCallId, { kind: 'mergeFailed', peers: failed, why: outcomes.find((why) => why !== undefined) ?? {} });
      return;
    }
    try {
      await this.deps.hangUp(heldCallId);
      this.deps.dismissEnded(heldCallId);
    } catch (error) {
      // They are all on this call already; the held call hangs up later or by hand.
      this.deps.logger.warn('could not hang up the merged call', { error: toRawSdkError(error).message });
    }
    participants.setNotice(intoCallId, { kind: 'merged', peers });
  }

  /** Undefined when they joined; else why not. */
  private async addForMerge(intoCallId: string, peer: Peer): Promise<WhyNot | undefined> {
    const plan = await this.plan(peer.rawId);
    if (!plan.ok) return { refusal: mergeRefusalOf(plan.refusal) };
    try {
      const outcome = await this.deps.participants.add(intoCallId, peer, plan.alternateCallerId, false);
      return outcome.joined ? undefined : outcome.why;
    } catch (error) {
      return { detail: describeStartError(error) };
    }
  }

  private async plan(input: string) {
    const active = this.deps.active();
    const settings = await this.deps.getSettings();
    const plan = planDial(input, settings, active, this.deps.active() === active);
    return plan.ok ? { ok: true as const, peer: plan.peer, alternateCallerId: plan.alternateCallerId } : plan;
  }

  private requireConnected(callId: string): void {
    const state = this.deps.stateOf(callId);
    if (state === undefined) throw new Error('That call has ended.');
    if (state !== 'Connected') throw new Error('People can be added only to the call in progress (not on hold).');
  }
}
