import type { SoftphoneApi } from '../../../shared/ipc/api';
import { createContractClient } from '../../../shared/ipc/contract-client';
import { WebSocketTransport, type HostClosure } from './web-socket-transport';

declare global {
  interface Window {
    /** Exposed by Electron's preload; absent in the web shell. */
    softphone?: SoftphoneApi;
  }
}

let api: SoftphoneApi | undefined;
let hostClosed: ((listener: (closure: HostClosure) => void) => void) | undefined;

/** The only module that knows which host the renderer runs in. */
export function softphoneApi(): SoftphoneApi {
  if (!api) {
    if (window.softphone) {
      api = window.softphone;
    } else {
      const transport = WebSocketTransport.connectWindow(window);
      hostClosed = (listener) => transport.onClosed(listener);
      api = createContractClient(transport, (message) => console.warn(message));
    }
  }
  return api;
}

/** In the web shell the host can go away (server stopped) or refuse the page; Electron's main cannot. */
export function onHostClosed(listener: (closure: HostClosure) => void): void {
  softphoneApi();
  hostClosed?.(listener);
}
