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
} from '../../shared/ipc/contract';
import type { SoftphoneApi } from '../../shared/ipc/api';

type IpcListener = (event: unknown, payload: unknown) => void;

/** The parts of ipcRenderer the preload uses; a fake in tests. */
export interface PreloadIpc {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

/**
 * The API the preload exposes. Requests are checked against the contract here too, so a bad
 * one is answered at once and never crosses the process boundary; events are checked before
 * the page sees them. The raw IPC event (whose `sender` is ipcRenderer itself) is never
 * passed on.
 */
export function createSoftphoneApi(ipc: PreloadIpc, warn: (message: string) => void = () => {}): SoftphoneApi {
  return {
    async invoke<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ReplyOf<C>>> {
      if (!isInvokeChannel(channel)) {
        return { ok: false, error: { code: 'unknown-channel', message: `Unknown channel: ${String(channel).slice(0, 100)}` } };
      }
      const parsed = parseRequest(channel, request);
      if (!parsed.ok) return parsed;
      let raw: unknown;
      try {
        raw = await ipc.invoke(channel, parsed.value);
      } catch {
        return { ok: false, error: { code: 'failed', message: `${channel}: the main process did not answer.` } };
      }
      return checkReply(channel, raw);
    },

    on<E extends EventChannel>(channel: E, listener: (payload: EventOf<E>) => void): () => void {
      if (!isEventChannel(channel)) throw new TypeError(`Unknown event channel: ${String(channel).slice(0, 100)}`);
      const onEvent: IpcListener = (_event, payload) => {
        const parsed = parseEvent(channel, payload);
        if (parsed.ok) listener(parsed.value);
        else warn(`Dropped a malformed ${channel} event: ${parsed.error.message}`);
      };
      ipc.on(channel, onEvent);
      return () => {
        ipc.removeListener(channel, onEvent);
      };
    },
  };
}

function checkReply<C extends InvokeChannel>(channel: C, raw: unknown): IpcResult<ReplyOf<C>> {
  const result = ipcResultSchema.safeParse(raw);
  if (!result.success) return { ok: false, error: { code: 'failed', message: `${channel}: the main process sent a malformed reply.` } };
  if (!result.data.ok) return result.data;
  const value = invokeContract[channel].reply.safeParse(result.data.value);
  if (!value.success) return { ok: false, error: { code: 'failed', message: `${channel}: the main process sent a reply that breaks the contract.` } };
  return { ok: true, value: value.data as ReplyOf<C> };
}
