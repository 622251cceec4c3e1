import type { EventChannel, EventOf, InvokeChannel, IpcResult, ReplyOf, RequestOf } from './contract';

/**
 * The whole surface the renderer gets: Electron's preload exposes it as `window.softphone`,
 * the web shell implements it over a WebSocket. Screens and engine never know which.
 */
export interface SoftphoneApi {
  invoke<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ReplyOf<C>>>;
  on<E extends EventChannel>(channel: E, listener: (payload: EventOf<E>) => void): () => void;
}
