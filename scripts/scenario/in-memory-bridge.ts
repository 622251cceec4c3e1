import type { SoftphoneApi } from '../../shared/ipc/api';
import { parseEvent, type EventChannel, type EventOf, type IpcResult, type ReplyOf } from '../../shared/ipc/contract';
import type { SoftphoneCore } from '../../electron/main/core/core-api';
import type { WindowTransport } from '../../electron/main/core/ports';

type Listener = (payload: unknown) => void;

/**
 * The IPC between the core and headless windows, in one process. It behaves like the real
 * bridges where it matters: requests go through `core.handle` (so the contract is checked),
 * payloads are copied both ways (nobody shares an object across the boundary), events arrive
 * asynchronously and are validated on arrival, as the renderer's client does.
 */
export class InMemoryBridge implements WindowTransport {
  private readonly listeners = new Map<string, Map<EventChannel, Set<Listener>>>();

  /** `onProblem` hears every event that broke the contract: a bug the run must not hide. */
  constructor(private readonly onProblem: (message: string) => void) {}

  send<E extends EventChannel>(windowId: string, channel: E, payload: EventOf<E>): void {
    const copy: unknown = structuredClone(payload);
    queueMicrotask(() => {
      const listeners = this.listeners.get(windowId)?.get(channel);
      if (!listeners || listeners.size === 0) return;
      const parsed = parseEvent(channel, copy);
      if (!parsed.ok) {
        this.onProblem(`event for ${windowId} broke the contract: ${parsed.error.message}`);
        return;
      }
      for (const listener of [...listeners]) listener(parsed.value);
    });
  }

  /** The SoftphoneApi one window's renderer code gets. */
  apiFor(windowId: string, core: SoftphoneCore): SoftphoneApi {
    return {
      invoke: async (channel, request) => {
        const result = await core.handle(windowId, channel, structuredClone(request));
        return structuredClone(result) as IpcResult<ReplyOf<typeof channel>>;
      },
      on: (channel, listener) => {
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
        const entry = listener as Listener;
        set.add(entry);
        return () => {
          set.delete(entry);
        };
      },
    };
  }

  /** A closed window hears nothing more. */
  forget(windowId: string): void {
    this.listeners.delete(windowId);
  }
}
