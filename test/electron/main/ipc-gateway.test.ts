import { describe, expect, it } from 'vitest';
import { invokeChannels, type IpcResult } from '../../../shared/ipc/contract';
import { setupIpcGateway, type InvokeEvent, type InvokeRegistrar } from '../../../electron/main/ipc-gateway';
import { rendererLocation } from '../../../electron/main/renderer-location';
import { CapturingLogger } from '../../support/capturing-logger';
import { FakeSoftphoneCore } from '../../support/fake-softphone-core';

type Handler = (event: InvokeEvent, payload: unknown) => Promise<IpcResult<unknown>>;

class FakeIpcMain implements InvokeRegistrar {
  readonly handlers = new Map<string, Handler>();
  handle(channel: string, listener: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

const renderer = rendererLocation({ devServerUrl: undefined, allowDevServer: false, indexPath: '/app/out/renderer/index.html' });
const ourFrame = { url: `${renderer.url}#/`, parent: null };

function gateway() {
  const ipcMain = new FakeIpcMain();
  const core = new FakeSoftphoneCore();
  const logger = new CapturingLogger();
  const dispose = setupIpcGateway({
    ipcMain,
    core,
    windowIdFor: (sender) => (sender.id === 1 ? 'window-1' : undefined),
    renderer,
    logger,
  });
  const invoke = (channel: string, event: InvokeEvent, payload: unknown = {}) => {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, payload);
  };
  return { ipcMain, core, logger, dispose, invoke };
}

describe('setupIpcGateway', () => {
  it('registers exactly one handler per contract channel, and removes them all', () => {
    const { ipcMain, dispose } = gateway();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...invokeChannels].sort());
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it("passes our window's requests to the core under that window's id", async () => {
    const { core, invoke } = gateway();
    const result = await invoke('session.signOut', { sender: { id: 1 }, senderFrame: ourFrame });
    expect(result.ok).toBe(true);
    expect(core.requests).toEqual([{ windowId: 'window-1', channel: 'session.signOut', payload: {} }]);
  });

  it.each<[string, InvokeEvent]>([
    ['a webContents that is not one of our windows', { sender: { id: 2 }, senderFrame: ourFrame }],
    ['a page our window navigated to', { sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['an iframe inside our page', { sender: { id: 1 }, senderFrame: { url: ourFrame.url, parent: {} } }],
    ['a frame that is already gone', { sender: { id: 1 }, senderFrame: null }],
  ])('answers forbidden-sender to %s without reaching the core', async (_name, event) => {
    const { core, invoke, logger } = gateway();
    const result = await invoke('session.get', event);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(core.requests).toEqual([]);
    expect(logger.calls.some((call) => call.level === 'warn')).toBe(true);
  });

  it('answers failed when the core throws, instead of rejecting across the bridge', async () => {
    const { core, invoke } = gateway();
    core.answer = () => Promise.reject(new Error('bug'));
    await expect(invoke('session.get', { sender: { id: 1 }, senderFrame: ourFrame })).resolves.toMatchObject({
      ok: false,
      error: { code: 'failed' },
    });
  });
});
