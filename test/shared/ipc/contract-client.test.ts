import { describe, expect, it } from 'vitest';
import { createContractClient, type ContractTransport } from '../../../shared/ipc/contract-client';
import type { EventChannel, InvokeChannel, RequestOf } from '../../../shared/ipc/contract';

/** A transport that records what was sent and answers with `reply`. */
class FakeTransport implements ContractTransport {
  readonly sent: { channel: string; request: unknown }[] = [];
  readonly listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  reply: unknown = { ok: true, value: {} };

  async invoke(channel: InvokeChannel, request: unknown): Promise<unknown> {
    this.sent.push({ channel, request });
    if (this.reply instanceof Error) throw this.reply;
    return this.reply;
  }
  subscribe(channel: EventChannel, listener: (payload: unknown) => void): () => void {
    const set = this.listeners.get(channel) ?? new Set();
    set.add(listener);
    this.listeners.set(channel, set);
    return () => set.delete(listener);
  }
  push(channel: EventChannel, payload: unknown): void {
    for (const listener of this.listeners.get(channel) ?? []) listener(payload);
  }
}

const intent: RequestOf<'session.signIn'> = { source: { type: 'simulated', user: '  alice ' }, agentKind: 'auto', skipPreflight: false };

describe('createContractClient', () => {
  it('sends the checked request (as the contract parses it) and returns the checked reply', async () => {
    const transport = new FakeTransport();
    const result = await createContractClient(transport).invoke('session.signIn', intent);
    expect(transport.sent).toEqual([{ channel: 'session.signIn', request: { ...intent, source: { type: 'simulated', user: 'alice' } } }]);
    expect(result).toEqual({ ok: true, value: {} });
  });

  it('answers a bad request or an unknown channel at once, without sending', async () => {
    const transport = new FakeTransport();
    const client = createContractClient(transport);
    await expect(client.invoke('network.setOnline', { online: 'yes' } as never)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    await expect(client.invoke('fs.readFile' as InvokeChannel, {} as never)).resolves.toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(transport.sent).toEqual([]);
  });

  it('turns a reply that breaks its schema into a failed result, and warns', async () => {
    const transport = new FakeTransport();
    const warnings: string[] = [];
    const client = createContractClient(transport, (message) => warnings.push(message));
    transport.reply = { ok: true, value: { token: '' } };
    await expect(client.invoke('engine.getToken', { leaseId: 'l', forceRefresh: false })).resolves.toEqual({
      ok: false,
      error: { code: 'failed', message: 'engine.getToken: the main process sent a reply that breaks the contract.' },
    });
    transport.reply = { surprise: true };
    await expect(client.invoke('session.signOut', {})).resolves.toMatchObject({ ok: false, error: { code: 'failed' } });
    transport.reply = new Error('No handler registered');
    await expect(client.invoke('session.signOut', {})).resolves.toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(warnings).toEqual([expect.stringContaining('breaks the contract'), expect.stringContaining('malformed reply')]);
  });

  it("passes main's own error results through unchanged", async () => {
    const transport = new FakeTransport();
    transport.reply = { ok: false, error: { code: 'forbidden-sender', message: 'no' } };
    await expect(createContractClient(transport).invoke('session.get', {})).resolves.toEqual(transport.reply);
  });

  it('delivers only valid events until unsubscribed, and refuses channels outside the contract', () => {
    const transport = new FakeTransport();
    const warnings: string[] = [];
    const client = createContractClient(transport, (message) => warnings.push(message));
    const got: unknown[] = [];
    const off = client.on('engine.command', (command) => got.push(command));
    const command = { type: 'disposeAgent', leaseId: 'lease-1', reason: 'signOut' };
    transport.push('engine.command', command);
    transport.push('engine.command', { type: 'formatDisk' });
    off();
    transport.push('engine.command', command);
    expect(got).toEqual([command]);
    expect(warnings).toEqual([expect.stringContaining('Dropped a malformed engine.command event')]);
    expect(() => client.on('ipc.anything' as EventChannel, () => {})).toThrow(/Unknown event channel/);
  });
});
