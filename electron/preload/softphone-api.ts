import { createContractClient, type ContractTransport } from '../../shared/ipc/contract-client';
import type { SoftphoneApi } from '../../shared/ipc/api';

type IpcListener = (event: unknown, payload: unknown) => void;

/** The parts of ipcRenderer the preload uses; a fake in tests. */
export interface PreloadIpc {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

/** ipcRenderer as a contract transport. The raw IPC event (whose `sender` is ipcRenderer itself) is never passed on. */
export function ipcRendererTransport(ipc: PreloadIpc): ContractTransport {
  return {
    invoke: (channel, request) => ipc.invoke(channel, request),
    subscribe(channel, listener) {
      const onEvent: IpcListener = (_event, payload) => listener(payload);
      ipc.on(channel, onEvent);
      return () => {
        ipc.removeListener(channel, onEvent);
      };
    },
  };
}

/**
 * The API the preload exposes: the shared contract client on ipcRenderer, so a bad request
 * is answered at once and never crosses the process boundary, and replies and events are
 * checked before the page sees them.
 */
export function createSoftphoneApi(ipc: PreloadIpc, warn: (message: string) => void = () => {}): SoftphoneApi {
  return createContractClient(ipcRendererTransport(ipc), warn);
}
