import type { EventOf, IpcResult, ReplyOf, RequestOf } from '../../../shared/ipc/contract';

export type EngineInvokeChannel = 'engine.report' | 'engine.getToken';

/**
 * The part of the renderer's IPC client the engine uses: it reports outcomes, asks main for
 * tokens and listens for commands. Tests pass a fake that records reports.
 */
export interface EngineIpc {
  invoke<C extends EngineInvokeChannel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ReplyOf<C>>>;
  on(channel: 'engine.command', listener: (command: EventOf<'engine.command'>) => void): () => void;
}
