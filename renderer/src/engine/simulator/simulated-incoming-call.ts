import type { AcceptCallOptionsLike, CallEndedListener, CallEndReasonLike, CallerInfoLike, IncomingCallLike } from '../calling-backend';
import { EventListeners } from './event-listeners';
import type { SimulatedCall } from './simulated-call';

type IncomingEvents = { callEnded: CallEndedListener };

/** What answering or refusing a ringing call does on the service side. */
export interface IncomingCallHandler {
  accept(incoming: SimulatedIncomingCall, options: AcceptCallOptionsLike | undefined): SimulatedCall;
  reject(incoming: SimulatedIncomingCall): void;
}

/** A call ringing in, as the SDK's IncomingCall: accept() gives the Call, callEnded says it stopped ringing. */
export class SimulatedIncomingCall implements IncomingCallLike {
  private endReason: CallEndReasonLike | undefined;
  private answered = false;
  private readonly events = new EventListeners<IncomingEvents>();

  constructor(
    readonly id: string,
    readonly callerInfo: CallerInfoLike,
    private readonly handler: IncomingCallHandler,
  ) {}

  get callEndReason(): CallEndReasonLike | undefined {
    return this.endReason;
  }

  get ended(): boolean {
    return this.answered || this.endReason !== undefined;
  }

  async accept(options?: AcceptCallOptionsLike): Promise<SimulatedCall> {
    if (this.ended) throw new Error('The incoming call has already ended.');
    this.answered = true;
    this.events.clear();
    return this.handler.accept(this, options);
  }

  async reject(): Promise<void> {
    if (this.ended) return;
    this.handler.reject(this);
  }

  on(_event: 'callEnded', listener: CallEndedListener): void {
    this.events.add('callEnded', listener);
  }

  off(_event: 'callEnded', listener: CallEndedListener): void {
    this.events.remove('callEnded', listener);
  }

  /** It stops ringing unanswered: declined here, cancelled by the caller, or timed out. */
  end(reason: CallEndReasonLike): void {
    if (this.ended) return;
    this.endReason = reason;
    this.events.emit('callEnded', { callEndReason: reason });
    this.events.clear();
  }
}
