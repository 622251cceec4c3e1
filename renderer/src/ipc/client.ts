import type { SoftphoneApi } from '../../../shared/ipc/api';
import { WebSocketApi, type HostClosure } from './web-socket-api';

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
      const socketApi = WebSocketApi.connectWindow(window);
      hostClosed = (listener) => socketApi.onClosed(listener);
      api = socketApi;
    }
  }
  return api;
}

/** In the web shell the host can go away (server stopped) or refuse the page; Electron's main cannot. */
export function onHostClosed(listener: (closure: HostClosure) => void): void {
  softphoneApi();
  hostClosed?.(listener);
}
