import type { SoftphoneApi } from './api';
import {
  invokeContract,
  ipcResultSchema,
  isEventChannel,
  isInvokeChannel,
  parseEvent,
  parseRequest,
  type EventChannel,
  type EventOf,
  type InvokeChannel,
  type IpcResult,
  type ReplyOf,
  type RequestOf,
} from './contract';

/**
 * How one host carries the contract's messages: Electron's ipcRenderer (the preload), the web
 * shell's WebSocket, the scenario runner's in-memory bridge. A transport moves data and knows
 * nothing of schemas; `createContractClient` does all the checking, so every host checks alike.
 */
export interface ContractTransport {
  /**
   * Sends a request already checked against the contract and resolves with what came back,
   * unchecked. Rejects when no answer can come (no handler, no host).
   */
  invoke(channel: InvokeChannel, request: unknown): Promise<unknown>;
  /** Hands `listener` every payload pushed on `channel`, unchecked, until the returned function is called. */
  subscribe(channel: EventChannel, listener: (payload: unknown) => void): () => void;
}

/**
 * The SoftphoneApi over any transport. A request that breaks its schema is answered at once and
 * never sent; a reply or event that breaks its schema never reaches the caller: a reply becomes
 * a `failed` result, an event is dropped, and `warn` hears about both.
 */
export function createContractClient(transport: ContractTransport, warn: (message: string) => void = () => {}): SoftphoneApi {
  return {
    async invoke<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ReplyOf<C>>> {
      if (!isInvokeChannel(channel)) {
        return { ok: false, error: { code: 'unknown-channel', message: `Unknown channel: ${String(channel).slice(0, 100)}` } };
      }
      const parsed = parseRequest(channel, request);
      if (!parsed.ok) return parsed;
      let raw: unknown;
      try {
        raw = await transport.invoke(channel, parsed.value);
      } catch {
        return { ok: false, error: { code: 'failed', message: `${channel}: the main process did not answer.` } };
      }
      return checkReply(channel, raw, warn);
    },

    on<E extends EventChannel>(channel: E, listener: (payload: EventOf<E>) => void): () => void {
      if (!isEventChannel(channel)) throw new TypeError(`Unknown event channel: ${String(channel).slice(0, 100)}`);
      return transport.subscribe(channel, (payload) => {
        const parsed = parseEvent(channel, payload);
        if (parsed.ok) listener(parsed.value);
        else warn(`Dropped a malformed ${channel} event: ${parsed.error.message}`);
      });
    },
  };
}

/** Main's own error results pass through; a reply that breaks the contract is a bug, so `warn` hears it. */
function checkReply<C extends InvokeChannel>(channel: C, raw: unknown, warn: (message: string) => void): IpcResult<ReplyOf<C>> {
  const broken = (message: string): IpcResult<never> => {
    warn(message);
    return { ok: false, error: { code: 'failed', message } };
  };
  const result = ipcResultSchema.safeParse(raw);
  if (!result.success) return broken(`${channel}: the main process sent a malformed reply.`);
  if (!result.data.ok) return result.data;
  const value = invokeContract[channel].reply.safeParse(result.data.value);
  if (!value.success) return broken(`${channel}: the main process sent a reply that breaks the contract.`);
  return { ok: true, value: value.data as ReplyOf<C> };
}
