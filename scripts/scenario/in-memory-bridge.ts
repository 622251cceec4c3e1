import type { SoftphoneApi } from '../../shared/ipc/api';
import type { EventChannel, EventOf } from '../../shared/ipc/contract';
import { createContractClient, type ContractTransport } from '../../shared/ipc/contract-client';
import type { SoftphoneCore } from '../../electron/main/core/core-api';
import type { WindowTransport } from '../../electron/main/ports';

type Listener = (payload: unknown) => void;

/**
 * The IPC between the core and headless windows, in one process. It behaves like the real
 * bridges where it matters: requests go through `core.handle` (so the contract is checked),
 * payloads are copied both ways (nobody shares an object across the boundary), events arrive
 * asynchronously, and each window's side is the renderer's contract client, which checks
 * requests, replies and events as it does in Electron and the web shell.
 */
export class InMemoryBridge implements WindowTransport {
  private readonly listeners = new Map<string, Map<EventChannel, Set<Listener>>>();

  /** `onProblem` hears every reply and event that broke the contract: a bug the run must not hide. */
  constructor(private readonly onProblem: (message: string) => void) {}

  send<E extends EventChannel>(windowId: string, channel: E, payload: EventOf<E>): void {
    const copy: unknown = structuredClone(payload);
    queueMicrotask(() => {
      for (const listener of [...(this.listeners.get(windowId)?.get(channel) ?? [])]) listener(copy);
    });
  }

  /** The SoftphoneApi one window's renderer code gets. */
  apiFor(windowId: string, core: Pick<SoftphoneCore, 'handle'>): SoftphoneApi {
    return createContractClient(this.transportFor(windowId, core), (message) => this.onProblem(`${windowId}: ${message}`));
  }

  private transportFor(windowId: string, core: Pick<SoftphoneCore, 'handle'>): ContractTransport {
    return {
      invoke: async (channel, request) => structuredClone(await core.handle(windowId, channel, structuredClone(request))),
      subscribe: (channel, listener) => {
        let byChannel = this.listeners.get(windowId);
        if (!byChannel) {
          byChannel = new Map();
          this.listeners.set(windowId, byChannel);
        }
        let set = byChannel.get(channel);
        if (!set) {
          set = new Set();
          byChannel.set(channel, set);
        }
        set.add(listener);
        return () => {
          set.delete(listener);
        };
      },
    };
  }

  /** A closed window hears nothing more. */
  forget(windowId: string): void {
    this.listeners.delete(windowId);
  }
}
