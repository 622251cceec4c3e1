import type { Logger } from '../ports';
import { dialSchemes } from './protocol-link';

export interface ProtocolClientApp {
  readonly isPackaged: boolean;
  setAsDefaultProtocolClient(scheme: string): boolean;
}

/**
 * Registers the app for tel: and callto: links with the OS. electron-builder's `protocols`
 * covers only macOS (Info.plist) and Linux desktop files; on Windows the app writes its own
 * per-user registration, after which the user can pick it in Default apps. A development run
 * would register the bare Electron binary instead of the app, so only a packaged app does it.
 */
export function registerProtocolClients(app: ProtocolClientApp, logger: Logger): void {
  if (!app.isPackaged) return;
  for (const scheme of dialSchemes) {
    if (!app.setAsDefaultProtocolClient(scheme)) logger.warn('could not register as a link handler', { scheme });
  }
}
