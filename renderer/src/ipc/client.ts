import type { SoftphoneApi } from '../../../shared/ipc/api';
import { WebSocketApi } from './web-socket-api';

declare global {
  interface Window {
    /** Exposed by Electron's preload; absent in the web shell. */
    softphone?: SoftphoneApi;
  }
}

let api: SoftphoneApi | undefined;
let hostClosed: ((listener: (reason: string) => void) => void) | undefined;

/** The only module that knows which host the renderer runs in. */
export function softphoneApi(): SoftphoneApi {
  if (!api) {
    if (window.softphone) {
      api = window.softphone;
    } else {
      const socketApi = WebSocketApi.connect(window.location, window.sessionStorage);
      hostClosed = (listener) => socketApi.onClosed(listener);
      api = socketApi;
    }
  }
  return api;
}

/** In the web shell the host can go away (server stopped); Electron's main cannot. */
export function onHostClosed(listener: (reason: string) => void): void {
  softphoneApi();
  hostClosed?.(listener);
}
