import type { Clock, TimerHandle } from '../../../shared/util/clock';
import type { CallController, CallsSnapshot, DialRefusal } from '../engine/calls/call-controller-api';
import { silenceLevel } from '../engine/calls/silent-microphone';

/** How long the user is asked to speak before the echo bot plays it back. */
export const speakForMs = 8_000;

/** A test call is offered only while no other call is up or ringing in (its own may be). */
export function lineFreeForTestCall(snapshot: CallsSnapshot): boolean {
  return snapshot.incoming.length === 0 && snapshot.calls.every((call) => call.testCall || call.state === 'Disconnected');
}

/** What the test call found, in keys the guide puts into words. */
export type TestCallResult =
  | { kind: 'works' }
  /** The microphone level stayed at nothing while the user spoke. */
  | { kind: 'microphoneSilent' }
  /** The microphone sent sound, but the user did not hear it played back. */
  | { kind: 'notHeard' }
  /** The echo bot never answered; the ended call card says why. */
  | { kind: 'notConnected' }
  /** The call ended before the check was done (the network, or it was hung up elsewhere). */
  | { kind: 'endedEarly' }
  | { kind: 'refused'; refusal: DialRefusal };

/** The guide's steps, in order: dial, speak, listen, then the result in words. */
export type TestCallStep =
  | { step: 'idle' }
  | { step: 'connecting'; callId: string | undefined }
  | { step: 'speak'; callId: string }
  | { step: 'listen'; callId: string }
  | { step: 'done'; result: TestCallResult };

/**
 * Walks the user through a test call to the echo bot: it connects, the user speaks (the
 * microphone level shows whether any sound left), the bot plays it back and the user says
 * whether they heard it. The guide hangs its call up once it has a result.
 */
export class TestCallGuide {
  private current: TestCallStep = { step: 'idle' };
  private soundSent = false;
  private timer: TimerHandle | undefined;
  private stopSnapshots: (() => void) | undefined;
  private stopLevels: (() => void) | undefined;
  private readonly listeners = new Set<(step: TestCallStep) => void>();

  constructor(
    private readonly controller: CallController,
    private readonly clock: Clock,
  ) {}

  get step(): TestCallStep {
    return this.current;
  }

  /** Every step from now on; the guide outlives the screens that show it (Settings hands over to the Phone tab). */
  subscribe(listener: (step: TestCallStep) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async start(): Promise<void> {
    if (this.current.step !== 'idle' && this.current.step !== 'done') return;
    this.set({ step: 'connecting', callId: undefined });
    this.stopSnapshots = this.controller.subscribe((snapshot) => this.follow(snapshot));
    const dialled = await this.controller.startTestCall();
    // Cancelled while dialling: cancel() hung up nothing, so the call it did start goes now.
    if (this.step.step !== 'connecting') {
      if (dialled.ok) this.hangUpAndForget(dialled.callId);
      return;
    }
    if (!dialled.ok) return this.finish({ kind: 'refused', refusal: dialled.refusal }, undefined);
    this.set({ step: 'connecting', callId: dialled.callId });
    this.follow(this.controller.snapshot());
  }

  /** The user's answer to "Did you hear yourself?". */
  heard(yes: boolean): void {
    if (this.current.step !== 'listen') return;
    this.finish(yes ? { kind: 'works' } : { kind: 'notHeard' }, this.current.callId);
  }

  /** Stops the check and hangs up the test call. */
  cancel(): void {
    const callId = 'callId' in this.current ? this.current.callId : undefined;
    this.release();
    this.set({ step: 'idle' });
    if (callId) this.hangUpAndForget(callId);
  }

  private follow(snapshot: CallsSnapshot): void {
    const step = this.current;
    if (step.step !== 'connecting' && step.step !== 'speak' && step.step !== 'listen') return;
    if (step.callId === undefined) return;
    const call = snapshot.calls.find((candidate) => candidate.id === step.callId);
    if (!call || call.state === 'Disconnected') {
      // The ended card explains a call that never connected; the guide only says the check did not happen.
      this.finish(step.step === 'connecting' ? { kind: 'notConnected' } : { kind: 'endedEarly' }, undefined);
      return;
    }
    if (step.step === 'connecting' && call.state === 'Connected') this.speak(step.callId);
  }

  private speak(callId: string): void {
    this.soundSent = false;
    this.stopLevels = this.controller.subscribeLevel((level) => {
      if (level >= silenceLevel) this.soundSent = true;
    });
    this.set({ step: 'speak', callId });
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.stopLevels?.();
      this.stopLevels = undefined;
      if (this.soundSent) this.set({ step: 'listen', callId });
      else this.finish({ kind: 'microphoneSilent' }, callId);
    }, speakForMs);
  }

  /** The result; `callId` is the guide's call, still up, to hang up and take off the screen. */
  private finish(result: TestCallResult, callId: string | undefined): void {
    this.release();
    this.set({ step: 'done', result });
    if (callId) this.hangUpAndForget(callId);
  }

  private hangUpAndForget(callId: string): void {
    this.controller.hangUp(callId).then(
      () => this.controller.dismissEnded(callId),
      () => undefined,
    );
  }

  private release(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.stopLevels?.();
    this.stopLevels = undefined;
    this.stopSnapshots?.();
    this.stopSnapshots = undefined;
  }

  private set(step: TestCallStep): void {
    this.current = step;
    for (const listener of [...this.listeners]) listener(step);
  }
}

const guides = new WeakMap<CallController, TestCallGuide>();

/**
 * The one guide of a controller, whichever screen shows it: a test call started in Settings
 * carries on on the Phone tab, where the app switches during a call.
 */
export function testCallGuideFor(controller: CallController, clock: Clock): TestCallGuide {
  let guide = guides.get(controller);
  if (!guide) {
    guide = new TestCallGuide(controller, clock);
    guides.set(controller, guide);
  }
  return guide;
}
