import { isCommunicationUserIdentifier, type CommunicationIdentifier } from '@azure/communication-common';
import type { AgentKind } from '../../../../shared/session/attempt';
import type {
  CallAgentLike,
  CallLike,
  CollectionUpdatedListener,
  ConnectionState,
  ConnectionStateChangedListener,
  ConnectionStateChangedReason,
  IncomingCallListener,
  StartCallOptionsLike,
  TeamsCallAgentLike,
} from '../calling-backend';
import { EventListeners } from './event-listeners';
import type { SimulatedCall } from './simulated-call';
import type { SimulatedIncomingCall } from './simulated-incoming-call';

type AgentEvents = {
  connectionStateChanged: ConnectionStateChangedListener;
  incomingCall: IncomingCallListener;
  callsUpdated: CollectionUpdatedListener<CallLike>;
};

/** The service side that places an agent's calls (the simulated call desk). */
export interface CallPlacer {
  placeCall(agent: SimulatedCallAgent, targets: CommunicationIdentifier[], options: StartCallOptionsLike | undefined): SimulatedCall;
}

/**
 * A CallAgent as the simulated service runs it. The service decides when it connects or
 * drops and what its calls do; the agent holds its state and tells its listeners, like the
 * SDK's agent. Disposing it ends its calls, as the SDK's dispose hangs them up.
 */
export class SimulatedCallAgent implements CallAgentLike, TeamsCallAgentLike {
  private state: ConnectionState = 'Disconnected';
  private readonly events = new EventListeners<AgentEvents>();
  private readonly disposeHooks: (() => void)[] = [];
  private readonly liveCalls: SimulatedCall[] = [];
  private readonly ringing = new Set<SimulatedIncomingCall>();
  private isDisposed = false;

  constructor(
    readonly identity: string,
    readonly kind: AgentKind,
    private readonly placer: CallPlacer,
  ) {}

  get connectionState(): ConnectionState {
    return this.state;
  }

  get disposed(): boolean {
    return this.isDisposed;
  }

  get calls(): readonly SimulatedCall[] {
    return [...this.liveCalls];
  }

  /** The raw id others call this agent's user by. */
  get rawId(): string {
    return this.kind === 'teams' ? `8:orgid:${this.identity}` : `8:${this.identity}`;
  }

  /**
   * Both SDK shapes: CallAgent takes an array; TeamsCallAgent takes one participant for a 1:1
   * call (its array overload starts a group call, which the simulator does not play), and a
   * Teams user cannot call an ACS user.
   */
  startCall(target: CommunicationIdentifier[] | CommunicationIdentifier, options?: StartCallOptionsLike): SimulatedCall {
    if (this.isDisposed) throw new Error('The CallAgent has been disposed.');
    if (this.kind === 'acs') {
      if (!Array.isArray(target)) throw new Error('CallAgent.startCall takes an array of participants.');
      return this.placer.placeCall(this, target, options);
    }
    if (Array.isArray(target)) throw new Error('TeamsCallAgent.startCall with an array starts a group call; the simulator plays 1:1 calls only.');
    if (isCommunicationUserIdentifier(target)) throw new Error('A Teams user cannot call an ACS user.');
    return this.placer.placeCall(this, [target], options);
  }

  on(event: 'connectionStateChanged', listener: ConnectionStateChangedListener): void;
  on(event: 'incomingCall', listener: IncomingCallListener): void;
  on(event: 'callsUpdated', listener: CollectionUpdatedListener<CallLike>): void;
  on(event: keyof AgentEvents, listener: AgentEvents[keyof AgentEvents]): void {
    if (!this.isDisposed) this.events.add(event, listener);
  }

  off(event: 'connectionStateChanged', listener: ConnectionStateChangedListener): void;
  off(event: 'incomingCall', listener: IncomingCallListener): void;
  off(event: 'callsUpdated', listener: CollectionUpdatedListener<CallLike>): void;
  off(event: keyof AgentEvents, listener: AgentEvents[keyof AgentEvents]): void {
    this.events.remove(event, listener);
  }

  async dispose(): Promise<void> {
    if (this.isDisposed) return;
    this.isDisposed = true;
    for (const incoming of [...this.ringing]) incoming.end({ code: 0, subCode: 0 });
    for (const call of [...this.liveCalls]) call.end({ code: 0, subCode: 0 });
    this.events.clear();
    for (const hook of this.disposeHooks.splice(0)) hook();
  }

  /** For the service and the CallClients holding this agent. */
  onDisposed(hook: () => void): void {
    if (this.isDisposed) hook();
    else this.disposeHooks.push(hook);
  }

  /** For the service: changes the state and tells listeners, if it changed. */
  setConnectionState(newValue: ConnectionState, reason?: ConnectionStateChangedReason): void {
    if (this.isDisposed || newValue === this.state) return;
    const oldValue = this.state;
    this.state = newValue;
    this.events.emit('connectionStateChanged', reason === undefined ? { newValue, oldValue } : { newValue, oldValue, reason });
  }

  /** For the desk: a call of this agent starts; it leaves `calls` when it ends, as in the SDK. */
  addCall(call: SimulatedCall): void {
    this.liveCalls.push(call);
    call.onEnded(() => {
      const index = this.liveCalls.indexOf(call);
      if (index < 0) return;
      this.liveCalls.splice(index, 1);
      this.events.emit('callsUpdated', { added: [], removed: [call] });
    });
    this.events.emit('callsUpdated', { added: [call], removed: [] });
  }

  /** For the desk: a call rings in. */
  ring(incoming: SimulatedIncomingCall): void {
    this.ringing.add(incoming);
    incoming.on('callEnded', () => this.ringing.delete(incoming));
    this.events.emit('incomingCall', { incomingCall: incoming });
  }

  /** For the desk: an accepted call no longer rings. */
  stopRinging(incoming: SimulatedIncomingCall): void {
    this.ringing.delete(incoming);
  }
}
