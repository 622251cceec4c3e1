import { invokeChannels, type InvokeChannel, type IpcResult } from '../../shared/ipc/contract';
import type { SoftphoneCore } from './core/core-api';
import type { Logger } from './ports';
import { isTrustedSenderUrl, type RendererLocation } from './renderer-location';

/** What the gateway reads from Electron's IpcMainInvokeEvent (a fake in tests). */
export interface InvokeEvent {
  sender: { readonly id: number };
  senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export interface InvokeRegistrar {
  handle(channel: string, listener: (event: InvokeEvent, payload: unknown) => Promise<IpcResult<unknown>>): void;
  removeHandler(channel: string): void;
}

export interface IpcGatewayDeps {
  ipcMain: InvokeRegistrar;
  core: Pick<SoftphoneCore, 'handle'>;
  windowIdFor(sender: { readonly id: number }): string | undefined;
  renderer: RendererLocation;
  logger: Logger;
}

/**
 * Every renderer request enters here: one handler per contract channel, a sender check,
 * then the core (which validates the payload against the contract). Returns a function
 * that removes the handlers.
 */
export function setupIpcGateway(deps: IpcGatewayDeps): () => void {
  for (const channel of invokeChannels) {
    deps.ipcMain.handle(channel, (event, payload) => invoke(deps, channel, event, payload));
  }
  return () => {
    for (const channel of invokeChannels) deps.ipcMain.removeHandler(channel);
  };
}

async function invoke(deps: IpcGatewayDeps, channel: InvokeChannel, event: InvokeEvent, payload: unknown): Promise<IpcResult<unknown>> {
  const windowId = trustedWindowId(deps, event);
  if (!windowId) {
    deps.logger.warn('refused IPC from a sender that is not our window', { channel, senderId: event.sender.id });
    return { ok: false, error: { code: 'forbidden-sender', message: `${channel} is only answered for the app's own window.` } };
  }
  try {
    return await deps.core.handle(windowId, channel, payload);
  } catch {
    return { ok: false, error: { code: 'failed', message: `${channel} failed unexpectedly in the main process.` } };
  }
}

/** Our window, its top frame (not an iframe), showing our page (not something it navigated to). */
function trustedWindowId(deps: IpcGatewayDeps, event: InvokeEvent): string | undefined {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return undefined;
  if (!isTrustedSenderUrl(frame.url, deps.renderer)) return undefined;
  return deps.windowIdFor(event.sender);
}
