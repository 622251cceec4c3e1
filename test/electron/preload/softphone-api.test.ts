import { describe, expect, it } from 'vitest';
import { createSoftphoneApi, type PreloadIpc } from '../../../electron/preload/softphone-api';
import type { InvokeChannel, RequestOf } from '../../../shared/ipc/contract';

type IpcListener = (event: unknown, payload: unknown) => void;

class FakeIpcRenderer implements PreloadIpc {
  readonly invoked: { channel: string; payload: unknown }[] = [];
  readonly listeners = new Map<string, Set<IpcListener>>();
  reply: unknown = { ok: true, value: {} };

  async invoke(channel: string, payload: unknown): Promise<unknown> {
    this.invoked.push({ channel, payload });
    if (this.reply instanceof Error) throw this.reply;
    return this.reply;
  }
  on(channel: string, listener: IpcListener): this {
    const set = this.listeners.get(channel) ?? new Set();
    set.add(listener);
    this.listeners.set(channel, set);
    return this;
  }
  removeListener(channel: string, listener: IpcListener): this {
    this.listeners.get(channel)?.delete(listener);
    return this;
  }
  emit(channel: string, payload: unknown): void {
    // The real event's `sender` is ipcRenderer: the preload must not hand it to the page.
    for (const listener of this.listeners.get(channel) ?? []) listener({ sender: 'ipcRenderer' }, payload);
  }
}

const intent: RequestOf<'session.signIn'> = {
  source: { type: 'simulated', user: 'alice' },
  agentKind: 'auto',
  skipPreflight: false,
};

describe('createSoftphoneApi', () => {
  it('sends a valid request and returns the reply', async () => {
    const ipc = new FakeIpcRenderer();
    const result = await createSoftphoneApi(ipc).invoke('session.signIn', intent);
    expect(ipc.invoked).toEqual([{ channel: 'session.signIn', payload: intent }]);
    expect(result).toEqual({ ok: true, value: {} });
  });

  it('answers a malformed request with invalid-request without sending it', async () => {
    const ipc = new FakeIpcRenderer();
    const bad: RequestOf<'session.signIn'> = { ...intent, source: { type: 'simulated', user: 'has spaces!' } };
    const result = await createSoftphoneApi(ipc).invoke('session.signIn', bad);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('source.user') } });
    expect(ipc.invoked).toEqual([]);
  });

  it('answers an unknown channel without sending it', async () => {
    const ipc = new FakeIpcRenderer();
    const result = await createSoftphoneApi(ipc).invoke('fs.readFile' as InvokeChannel, {} as RequestOf<'session.get'>);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(ipc.invoked).toEqual([]);
  });

  it('turns a missing or malformed answer from main into a failed result', async () => {
    const ipc = new FakeIpcRenderer();
    const api = createSoftphoneApi(ipc);
    ipc.reply = new Error('No handler registered');
    await expect(api.invoke('session.signOut', {})).resolves.toMatchObject({ ok: false, error: { code: 'failed' } });
    ipc.reply = { surprise: true };
    await expect(api.invoke('session.signOut', {})).resolves.toMatchObject({ ok: false, error: { code: 'failed' } });
    ipc.reply = { ok: true, value: { token: '' } };
    await expect(api.invoke('engine.getToken', { leaseId: 'l', forceRefresh: false })).resolves.toMatchObject({
      ok: false,
      error: { code: 'failed' },
    });
  });

  it('passes main error results through unchanged', async () => {
    const ipc = new FakeIpcRenderer();
    ipc.reply = { ok: false, error: { code: 'forbidden-sender', message: 'no' } };
    await expect(createSoftphoneApi(ipc).invoke('session.get', {})).resolves.toEqual(ipc.reply);
  });

  it('delivers only valid events, only the payload, until unsubscribed', () => {
    const ipc = new FakeIpcRenderer();
    const warnings: string[] = [];
    const api = createSoftphoneApi(ipc, (message) => warnings.push(message));
    const got: unknown[][] = [];
    const off = api.on('engine.command', (...args: unknown[]) => got.push(args));

    const command = { type: 'disposeAgent', leaseId: 'lease-1', reason: 'signOut' };
    ipc.emit('engine.command', command);
    ipc.emit('engine.command', { type: 'formatDisk' });
    expect(got).toEqual([[command]]);
    expect(warnings).toEqual([expect.stringContaining('Dropped a malformed engine.command event')]);

    off();
    ipc.emit('engine.command', command);
    expect(got).toHaveLength(1);
  });

  it('refuses to subscribe to a channel outside the contract', () => {
    const api = createSoftphoneApi(new FakeIpcRenderer());
    expect(() => api.on('ipc.anything' as 'engine.command', () => {})).toThrow(/Unknown event channel/);
  });
});
