import { peerFromIdentifier } from '../../../../shared/calls/callee';
import type { IncomingCallView, Peer } from '../../../../shared/calls/call-view';
import { callIdsOf, type CallOutcome } from '../../../../shared/history/call-history-schema';
import { toRawSdkError } from '../../../../shared/errors/classify';
import type { CallLike, IncomingCallLike } from '../calling-backend';
import type { EngineClock } from '../clock';
import { toEndReason, unansweredCallEntry, type CallHistoryReporter } from './call-history-report';

export interface IncomingCallsOptions {
  clock: EngineClock;
  history: CallHistoryReporter;
  /** Ids are unique across calls and incoming calls, so the registry hands them out. */
  nextId: () => string;
  /** The ringing list changed: publish a new snapshot. */
  onChange: () => void;
}

interface Ringing {
  readonly id: string;
  readonly incoming: IncomingCallLike;
  readonly caller: Peer;
  readonly receivedAt: number;
  declinedHere: boolean;
  stopListening: () => void;
}

/** What came of answering: the call to track, or why it could not be answered (already in history). */
export type AnswerResult =
  | { ok: true; call: CallLike; caller: Peer; receivedAt: number }
  | { ok: false; detail: string };

/**
 * Calls ringing here. Each one ends in exactly one way: answered (it becomes a call the registry
 * tracks), declined here, or missed (the caller gave up, another device answered); the last
 * two, and an answer that failed, go to history as they happen.
 */
export class IncomingCalls {
  private readonly ringing: Ringing[] = [];

  constructor(private readonly options: IncomingCallsOptions) {}

  add(incoming: IncomingCallLike): void {
    if (this.ringing.some((entry) => entry.incoming === incoming)) return;
    const onEnded = () => this.stopRinging(entry);
    const entry: Ringing = {
      id: this.options.nextId(),
      incoming,
      caller: peerFromIdentifier(incoming.callerInfo.identifier, incoming.callerInfo.displayName),
      receivedAt: this.options.clock.now(),
      declinedHere: false,
      stopListening: () => incoming.off('callEnded', onEnded),
    };
    incoming.on('callEnded', onEnded);
    this.ringing.push(entry);
    this.options.onChange();
  }

  /**
   * Answers with audio, its microphone muted or not as the registry says. `beforeAnswer` runs
   * first (the registry holds the call in progress); undefined when nothing rings under that id.
   */
  async answer(id: string, audio: { muted: boolean }, beforeAnswer: () => Promise<void>): Promise<AnswerResult | undefined> {
    const entry = this.find(id);
    if (!entry) return undefined;
    await beforeAnswer();
    this.forget(entry);
    try {
      const call = await entry.incoming.accept({ audioOptions: { muted: audio.muted } });
      return { ok: true, call, caller: entry.caller, receivedAt: entry.receivedAt };
    } catch (error) {
      this.report(entry, 'failed');
      return { ok: false, detail: toRawSdkError(error).message };
    }
  }

  async decline(id: string): Promise<void> {
    const entry = this.find(id);
    if (!entry) return;
    entry.declinedHere = true;
    try {
      await entry.incoming.reject();
    } finally {
      // The SDK may or may not raise callEnded for a rejected call; the outcome is known either way.
      this.stopRinging(entry);
    }
  }

  /** The agent went away: whatever still rings here was missed. */
  endAll(): void {
    for (const entry of [...this.ringing]) this.stopRinging(entry);
  }

  /** The snapshot's slice: who is calling, oldest first. */
  views(): IncomingCallView[] {
    return Object.freeze(this.ringing.map((entry) => Object.freeze({ id: entry.id, caller: entry.caller, receivedAt: entry.receivedAt }))) as IncomingCallView[];
  }

  private find(id: string): Ringing | undefined {
    return this.ringing.find((candidate) => candidate.id === id);
  }

  /** It stopped ringing without being answered here. */
  private stopRinging(entry: Ringing): void {
    if (!this.ringing.includes(entry)) return;
    this.forget(entry);
    this.report(entry, entry.declinedHere ? 'declined' : 'missed');
    this.options.onChange();
  }

  private forget(entry: Ringing): void {
    const index = this.ringing.indexOf(entry);
    if (index >= 0) this.ringing.splice(index, 1);
    entry.stopListening();
  }

  private report(entry: Ringing, outcome: CallOutcome): void {
    const reason = toEndReason(entry.incoming.callEndReason);
    this.options.history.report(unansweredCallEntry(entry.caller, entry.receivedAt, this.options.clock.now(), outcome, reason, callIdsOf(entry.id, entry.incoming.id)));
  }
}
