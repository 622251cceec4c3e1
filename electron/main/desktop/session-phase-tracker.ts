import type { EventChannel, EventOf } from '../../../shared/ipc/contract';
import type { PhaseName } from '../../../shared/session/state';
import type { WindowTransport } from '../core/ports';

/**
 * Each window's sign-in phase, read off the `session.state` events the core already sends,
 * so the tray and the wake-up check follow the supervisor without a second source of truth.
 * It wraps the host's transport: every event still goes out unchanged.
 */
export class SessionPhaseTracker implements WindowTransport {
  private readonly phases = new Map<string, PhaseName>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly next: WindowTransport) {}

  send<E extends EventChannel>(windowId: string, channel: E, payload: EventOf<E>): void {
    if (channel === 'session.state') {
      const phase = (payload as EventOf<'session.state'>).phase.name;
      if (this.phases.get(windowId) !== phase) {
        this.phases.set(windowId, phase);
        this.notify();
      }
    }
    this.next.send(windowId, channel, payload);
  }

  /** A closed window has no phase any more (the core sends nothing when it detaches one). */
  forget(windowId: string): void {
    if (this.phases.delete(windowId)) this.notify();
  }

  phaseOf(windowId: string): PhaseName | undefined {
    return this.phases.get(windowId);
  }

  all(): { windowId: string; phase: PhaseName }[] {
    return [...this.phases].map(([windowId, phase]) => ({ windowId, phase }));
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
