import { describe, expect, it } from 'vitest';
import { createContractClient } from '../../../shared/ipc/contract-client';
import { WebSocketTransport } from '../../../renderer/src/ipc/web-socket-transport';

/** The page's side of a socket: it records frames sent and lets the test play the host. */
class FakeSocket extends EventTarget {
  readonly sent: { id: number; channel: string; payload: unknown }[] = [];
  send(text: string): void {
    this.sent.push(JSON.parse(text) as { id: number; channel: string; payload: unknown });
  }
  open(): void {
    this.dispatchEvent(new Event('open'));
  }
  hostSends(frame: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(frame) }));
  }
}

async function connected() {
  const socket = new FakeSocket();
  const transport = new WebSocketTransport(Promise.resolve(socket as unknown as WebSocket));
  const warnings: string[] = [];
  const client = createContractClient(transport, (message) => warnings.push(message));
  await Promise.resolve();
  socket.open();
  return { socket, client, warnings };
}

/** Lets the request reach the fake socket. */
const sent = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the web shell client (contract client on WebSocketTransport)', () => {
  it('returns a reply that keeps its schema', async () => {
    const { socket, client } = await connected();
    const reply = client.invoke('engine.getToken', { leaseId: 'l', forceRefresh: false });
    await sent();
    expect(socket.sent).toEqual([{ kind: 'invoke', id: 1, channel: 'engine.getToken', payload: { leaseId: 'l', forceRefresh: false } }]);
    socket.hostSends({ kind: 'reply', id: 1, result: { ok: true, value: { token: 't', expiresOn: 1 } } });
    await expect(reply).resolves.toEqual({ ok: true, value: { token: 't', expiresOn: 1 } });
  });

  it('turns a reply that breaks its schema into a failed result', async () => {
    const { socket, client, warnings } = await connected();
    const reply = client.invoke('engine.getToken', { leaseId: 'l', forceRefresh: false });
    await sent();
    socket.hostSends({ kind: 'reply', id: 1, result: { ok: true, value: { token: '' } } });
    await expect(reply).resolves.toMatchObject({ ok: false, error: { code: 'failed', message: expect.stringContaining('breaks the contract') } });
    expect(warnings).toHaveLength(1);
  });

  it('drops an event that breaks its schema and delivers a valid one', async () => {
    const { socket, client, warnings } = await connected();
    const got: unknown[] = [];
    client.on('engine.command', (command) => got.push(command));
    const command = { type: 'disposeAgent', leaseId: 'lease-1', reason: 'signOut' };
    socket.hostSends({ kind: 'event', channel: 'engine.command', payload: { type: 'formatDisk' } });
    socket.hostSends({ kind: 'event', channel: 'engine.command', payload: command });
    expect(got).toEqual([command]);
    expect(warnings).toEqual([expect.stringContaining('Dropped a malformed engine.command event')]);
  });

  it('answers pending and later requests with the reason the host went away', async () => {
    const { socket, client } = await connected();
    const pending = client.invoke('session.get', {});
    await sent();
    socket.dispatchEvent(new CloseEvent('close', { reason: 'The web shell stopped.' }));
    await expect(pending).resolves.toEqual({ ok: false, error: { code: 'failed', message: 'The web shell stopped.' } });
    await expect(client.invoke('session.get', {})).resolves.toEqual({ ok: false, error: { code: 'failed', message: 'The web shell stopped.' } });
  });
});
