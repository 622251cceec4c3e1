import type { AgentKind } from '../../../../shared/session/attempt';
import type {
  CallAgentLike,
  ConnectionState,
  ConnectionStateChangedListener,
  ConnectionStateChangedReason,
} from '../calling-backend';

/**
 * A CallAgent as the simulated service runs it. The service decides when it connects or
 * drops; the agent only holds its state and tells its listeners, like the SDK's agent.
 */
export class SimulatedCallAgent implements CallAgentLike {
  private state: ConnectionState = 'Disconnected';
  private readonly listeners = new Set<ConnectionStateChangedListener>();
  private readonly disposeHooks: (() => void)[] = [];
  private isDisposed = false;

  constructor(
    readonly identity: string,
    readonly kind: AgentKind,
  ) {}

  get connectionState(): ConnectionState {
    return this.state;
  }

  get disposed(): boolean {
    return this.isDisposed;
  }

  on(_event: 'connectionStateChanged', listener: ConnectionStateChangedListener): void {
    this.listeners.add(listener);
  }

  off(_event: 'connectionStateChanged', listener: ConnectionStateChangedListener): void {
    this.listeners.delete(listener);
  }

  async dispose(): Promise<void> {
    if (this.isDisposed) return;
    this.isDisposed = true;
    this.listeners.clear();
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
    for (const listener of [...this.listeners]) listener(reason === undefined ? { newValue, oldValue } : { newValue, oldValue, reason });
  }
}
