import type { CallController, CallsSnapshot, DialResult, TransferRequest, TransferResult } from '../../../../renderer/src/engine/calls/call-controller-api';
import type { AddParticipantResult, ConferenceIntents } from '../../../../renderer/src/engine/calls/conference-api';
import type { CallView, IncomingCallView } from '../../../../shared/calls/call-view';

export type Intent =
  | { name: 'startCall'; input: string }
  | { name: 'startTestCall' }
  | { name: 'accept' | 'decline' | 'hangUp'; id: string }
  | { name: 'setMuted' | 'setHeld'; id: string; value: boolean }
  | { name: 'sendDtmf'; id: string; tone: string }
  | { name: 'rateCall'; id: string; score: number }
  | { name: 'selectMicrophone' | 'selectSpeaker' | 'dismissEnded'; id: string }
  | { name: 'transfer'; id: string; request: TransferRequest }
  | { name: 'consult'; id: string; input: string }
  | { name: 'addParticipant'; id: string; input: string }
  | { name: 'removeParticipant'; id: string; rawId: string }
  | { name: 'mergeCalls'; id: string; into: string }
  | { name: 'dismissConferenceNotice'; id: string };

export const emptySnapshot: CallsSnapshot = {
  calls: [],
  incoming: [],
  microphones: [],
  speakers: [],
  selectedMicrophoneId: undefined,
  selectedSpeakerId: undefined,
  reconnecting: false,
  lastFailure: undefined,
};

/** Records every intent and lets the test push snapshots, as the engine would. */
export class FakeCallController implements CallController {
  readonly intents: Intent[] = [];
  dialResult: DialResult = { ok: true, callId: 'call-1' };
  transferResult: TransferResult = { ok: true };
  /** What rateCall does after recording the intent: resolve (the default) or throw. */
  rateOutcome: () => Promise<void> = async () => undefined;
  private current: CallsSnapshot = emptySnapshot;
  private readonly listeners = new Set<(snapshot: CallsSnapshot) => void>();
  private level = 0;
  readonly levelListeners = new Set<(level: number) => void>();

  push(change: Partial<CallsSnapshot>): void {
    this.current = { ...this.current, ...change };
    for (const listener of this.listeners) listener(this.current);
  }

  snapshot(): CallsSnapshot {
    return this.current;
  }

  subscribe(listener: (snapshot: CallsSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A microphone level reading, as the engine streams them. */
  pushLevel(level: number): void {
    this.level = level;
    for (const listener of this.levelListeners) listener(level);
  }

  microphoneLevel(): number {
    return this.level;
  }

  subscribeLevel(listener: (level: number) => void): () => void {
    this.levelListeners.add(listener);
    return () => this.levelListeners.delete(listener);
  }

  async startCall(input: string): Promise<DialResult> {
    this.intents.push({ name: 'startCall', input });
    return this.dialResult;
  }
  async startTestCall(): Promise<DialResult> {
    this.intents.push({ name: 'startTestCall' });
    return this.dialResult;
  }
  async accept(id: string) {
    this.intents.push({ name: 'accept', id });
  }
  async decline(id: string) {
    this.intents.push({ name: 'decline', id });
  }
  async hangUp(id: string) {
    this.intents.push({ name: 'hangUp', id });
  }
  async setMuted(id: string, value: boolean) {
    this.intents.push({ name: 'setMuted', id, value });
  }
  async setHeld(id: string, value: boolean) {
    this.intents.push({ name: 'setHeld', id, value });
  }
  async sendDtmf(id: string, tone: string) {
    this.intents.push({ name: 'sendDtmf', id, tone });
  }
  async selectMicrophone(id: string) {
    this.intents.push({ name: 'selectMicrophone', id });
  }
  async selectSpeaker(id: string) {
    this.intents.push({ name: 'selectSpeaker', id });
  }
  async rateCall(id: string, score: number) {
    this.intents.push({ name: 'rateCall', id, score });
    await this.rateOutcome();
  }
  dismissEnded(id: string) {
    this.intents.push({ name: 'dismissEnded', id });
  }
  async transfer(id: string, request: TransferRequest): Promise<TransferResult> {
    this.intents.push({ name: 'transfer', id, request });
    return this.transferResult;
  }
  async consult(id: string, input: string): Promise<DialResult> {
    this.intents.push({ name: 'consult', id, input });
    return this.dialResult;
  }
  /** What addParticipant answers next. */
  addResult: AddParticipantResult = { ok: true };
  readonly conference: ConferenceIntents = {
    addParticipant: async (id, input) => {
      this.intents.push({ name: 'addParticipant', id, input });
      return this.addResult;
    },
    removeParticipant: async (id, rawId) => {
      this.intents.push({ name: 'removeParticipant', id, rawId });
    },
    mergeCalls: async (id, into) => {
      this.intents.push({ name: 'mergeCalls', id, into });
    },
    dismissConferenceNotice: (id) => {
      this.intents.push({ name: 'dismissConferenceNotice', id });
    },
  };
}

export function callView(overrides: Partial<CallView> = {}): CallView {
  return {
    id: 'call-1',
    direction: 'outgoing',
    peer: { rawId: '8:acs:bob', kind: 'acsUser', display: 'Bob' },
    state: 'Connected',
    startedAt: 1_000,
    muted: false,
    ...overrides,
  };
}

export function incomingView(overrides: Partial<IncomingCallView> = {}): IncomingCallView {
  return { id: 'in-1', caller: { rawId: '8:acs:carol', kind: 'acsUser', display: 'Carol' }, receivedAt: 1_000, ...overrides };
}
