import type { EventChannel, EventOf, InvokeChannel, IpcResult, ReplyOf, RequestOf } from './contract';

/**
 * What the Electron preload exposes as `window.softphone` (and what the web shell's socket
 * client offers in its place), so the renderer's one IPC client codes against a single shape.
 */
export interface SoftphoneBridge {
  /** Never rejects: a malformed request is answered with `invalid-request` without being sent. */
  invoke<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ReplyOf<C>>>;
  /** Only payloads that pass the contract reach `listener`. Returns the unsubscribe function. */
  on<E extends EventChannel>(channel: E, listener: (payload: EventOf<E>) => void): () => void;
}
