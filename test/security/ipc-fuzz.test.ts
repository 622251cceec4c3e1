import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { silentLogger } from '../../electron/main/ports';
import { createSoftphoneCore } from '../../electron/main/core/softphone-core';
import { setupIpcGateway, type InvokeEvent, type InvokeRegistrar } from '../../electron/main/ipc-gateway';
import { rendererLocation } from '../../electron/main/renderer-location';
import { createSoftphoneApi } from '../../electron/preload/softphone-api';
import { startWebHost, type WebHost } from '../../electron/web-host/server';
import { seededRandom } from '../../scripts/scenario/scenario';
import { invokeChannels, isInvokeChannel, type EngineCommand, type InvokeChannel, type IpcResult } from '../../shared/ipc/contract';
import type { HostMessage } from '../../shared/ipc/socket-protocol';
import { CoreHarness } from '../support/core-harness';
import { FakeClock } from '../support/fake-clock';
import { acsToken } from '../support/tokens';
import { fuzzMessages, validRequests, type FuzzMessage } from './ipc-fuzz-messages';
import { credentialFor, socketUrl } from '../support/web-shell-session';

/*
 * 10,000+ requests that break the contract, through each way a page can reach the core: the
 * preload bridge, a compromised page calling ipcMain directly, and the web shell's socket.
 * Every one must come back as a clear refusal, and the core must be exactly as it was.
 */

const W1 = 'window-1';
const renderer = rendererLocation({ devServerUrl: undefined, allowDevServer: false, indexPath: '/app/out/renderer/index.html' });
const ourFrame = { url: `${renderer.url}#/`, parent: null };
const snapshotChannels: InvokeChannel[] = ['session.get', 'settings.get', 'history.list', 'app.getNotices'];

type Invoke = (channel: InvokeChannel, payload: unknown) => Promise<IpcResult<unknown>>;

async function snapshot(invoke: Invoke): Promise<string> {
  const parts: IpcResult<unknown>[] = [];
  for (const channel of snapshotChannels) parts.push(await invoke(channel, {}));
  return JSON.stringify(parts);
}

/** A refusal someone can act on: the right code, a short message that names the channel and echoes no payload. */
function expectClearRefusal(result: unknown, message: FuzzMessage, codes: readonly string[]): void {
  const context = `${message.kind} on ${JSON.stringify(message.channel)}: ${message.json.slice(0, 200)}`;
  expect(result, context).toMatchObject({ ok: false });
  const error = (result as { error: { code: string; message: string } }).error;
  expect(codes, context).toContain(error.code);
  expect(error.message.length, context).toBeGreaterThan(10);
  expect(error.message.length, context).toBeLessThan(600);
  expect(error.message, context).not.toContain('AAAAAAAAAAAAAAAAAAAA');
  if (error.code === 'invalid-request' && isInvokeChannel(message.channel)) expect(error.message, context).toContain(message.channel);
}

function expectNoPrototypePollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
}

class FakeIpcMain implements InvokeRegistrar {
  readonly handlers = new Map<string, (event: InvokeEvent, payload: unknown) => Promise<IpcResult<unknown>>>();
  handle(channel: string, listener: (event: InvokeEvent, payload: unknown) => Promise<IpcResult<unknown>>): void {
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

/** The real core, signed in and ready, with saved settings and one call in the history. */
async function signedInCore() {
  const h = new CoreHarness();
  await h.signIn(W1, acsToken('fuzz-owner'));
  await h.connect(W1);
  await h.invoke(W1, 'settings.update', { displayName: 'Ada', ringtone: false });
  await h.invoke(W1, 'history.add', validRequests['history.add']);
  expect(h.phase(W1)).toMatchObject({ name: 'ready' });
  const ipcMain = new FakeIpcMain();
  setupIpcGateway({ ipcMain, core: h.core, windowIdFor: (sender) => (sender.id === 1 ? W1 : undefined), renderer, logger: silentLogger });
  const viaGateway = (channel: string, payload: unknown, event: InvokeEvent = { sender: { id: 1 }, senderFrame: ourFrame }) => {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`Electron has no handler for ${channel}`);
    return handler(event, payload);
  };
  return { h, viaGateway };
}

describe('IPC fuzz: malformed requests change nothing and are refused clearly', () => {
  it('through the preload bridge: 4,000 requests, none crosses to main', async () => {
    const { h, viaGateway } = await signedInCore();
    let crossed = 0;
    const api = createSoftphoneApi({
      invoke: (channel, payload) => {
        crossed += 1;
        return viaGateway(channel, payload);
      },
      on: () => undefined,
      removeListener: () => undefined,
    });
    const invoke: Invoke = (channel, payload) => h.core.handle(W1, channel, payload);
    const before = await snapshot(invoke);
    const sentBefore = h.sent.length;

    for (const message of fuzzMessages(seededRandom(101), 4_000, { hugeLength: 200_000 })) {
      const result = await api.invoke(message.channel as InvokeChannel, JSON.parse(message.json) as never);
      expectClearRefusal(result, message, ['invalid-request', 'unknown-channel']);
    }
    for (const channel of [42, null, { toString: () => 'session.signOut' }]) {
      expect(await api.invoke(channel as never, {} as never)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }

    expect(crossed).toBe(0);
    expect(await snapshot(invoke)).toBe(before);
    expect(h.sent.length).toBe(sentBefore);
    expectNoPrototypePollution();
  });

  it('from a compromised page calling ipcMain directly: 3,000 malformed requests and 600 from foreign frames', async () => {
    const { h, viaGateway } = await signedInCore();
    const invoke: Invoke = (channel, payload) => h.core.handle(W1, channel, payload);
    const before = await snapshot(invoke);
    const sentBefore = h.sent.length;

    const messages = fuzzMessages(seededRandom(202), 3_000, {
      hugeLength: 200_000,
      kinds: ['wrong-root-type', 'wrong-field-type', 'huge-string', 'pollution', 'extra-key', 'missing-field'],
    });
    for (const message of messages) {
      expectClearRefusal(await viaGateway(message.channel, JSON.parse(message.json)), message, ['invalid-request']);
    }

    // Well-formed requests (sign out, clear history...) from frames that are not our page.
    const foreign: InvokeEvent[] = [
      { sender: { id: 1 }, senderFrame: { url: ourFrame.url, parent: {} } },
      { sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null } },
      { sender: { id: 1 }, senderFrame: { url: 'file:///tmp/other.html', parent: null } },
      { sender: { id: 1 }, senderFrame: null },
      { sender: { id: 2 }, senderFrame: ourFrame },
    ];
    const random = seededRandom(203);
    for (let i = 0; i < 600; i += 1) {
      const channel = invokeChannels[Math.floor(random() * invokeChannels.length)] as InvokeChannel;
      const event = foreign[i % foreign.length] as InvokeEvent;
      const message: FuzzMessage = { kind: 'extra-key', channel, json: JSON.stringify(validRequests[channel]) };
      expectClearRefusal(await viaGateway(channel, validRequests[channel], event), message, ['forbidden-sender']);
    }

    expect(await snapshot(invoke)).toBe(before);
    expect(h.sent.length).toBe(sentBefore);
    expectNoPrototypePollution();
  });

  describe('through the web shell socket', () => {
    let dir: string;
    let host: WebHost;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'ipc-fuzz-'));
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>fuzz</title>');
      host = await startWebHost({
        port: 0,
        renderer: { kind: 'built', dir },
        logger: silentLogger,
        // The fuzz sends its 3,500 frames at once to test validation, not the flood limit
        // (server.test.ts tests that): lift the per-socket message rate here.
        messageRate: { burst: 10_000, perSecond: 10_000 },
        createCore: (transport) =>
          createSoftphoneCore({
            clock: new FakeClock(),
            transport,
            logger: silentLogger,
            host: 'web',
            engine: 'simulator',
            engineReason: 'fuzz',
            appVersion: '0.0.0-fuzz',
            qa: false,
          }),
      });
    });

    afterAll(async () => {
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('3,000 malformed invokes and 500 broken frames over a real WebSocket', async () => {
      const page = await connect(host);
      const invoke: Invoke = (channel, payload) => page.invoke(channel, payload);

      // A signed-in window with saved settings and history, driven as the page's engine would.
      await invoke('session.signIn', validRequests['session.signIn']);
      const create = await page.nextCommand();
      expect(create.type).toBe('createAgent');
      const leaseId = create.leaseId;
      await invoke('engine.report', { leaseId, attempt: 1, event: { type: 'created' } });
      await invoke('engine.report', { leaseId, attempt: 1, event: { type: 'connected' } });
      await invoke('settings.update', { displayName: 'Ada' });
      await invoke('history.add', validRequests['history.add']);
      const before = await snapshot(invoke);
      expect(before).toContain('"phase":{"name":"ready"}');
      const eventsBefore = page.events.length;

      const messages = fuzzMessages(seededRandom(303), 3_000, { hugeLength: 20_000 });
      const replies = await Promise.all(messages.map((message) => page.invokeText(message.channel, message.json)));
      replies.forEach((reply, index) => expectClearRefusal(reply, messages[index] as FuzzMessage, ['invalid-request', 'unknown-channel']));

      const broken = ['', 'not json', '{', '[]', 'null', '{"kind":"invoke"}', '{"kind":"event","channel":"session.state"}', '{"id":{"__proto__":1}}', '"x"', '{"kind":"invoke","id":-1,"channel":"session.get"}'];
      const errors = await Promise.all(Array.from({ length: 500 }, (_, i) => page.raw(broken[i % broken.length] as string)));
      for (const [index, frame] of errors.entries()) {
        expect(frame.kind, broken[index % broken.length]).toBe('error');
        if (frame.kind === 'error') expect(frame.error).toMatchObject({ code: 'invalid-request', message: expect.stringMatching(/JSON|invoke|message/) });
      }

      expect(await snapshot(invoke)).toBe(before);
      expect(page.events.length).toBe(eventsBefore);
      expectNoPrototypePollution();
      page.close();
    }, 20_000);
  });
});

interface FuzzPage {
  events: HostMessage[];
  invoke(channel: string, payload: unknown): Promise<IpcResult<unknown>>;
  /** `json` is the payload's text, spliced in unparsed so "__proto__" keys arrive as sent. */
  invokeText(channel: string, json: string): Promise<IpcResult<unknown>>;
  /** A frame with no usable id: answered by the next error message. */
  raw(frame: string): Promise<HostMessage>;
  nextCommand(): Promise<EngineCommand>;
  close(): void;
}

async function connect(host: WebHost): Promise<FuzzPage> {
  // Each page opens its own one-time link, as a browser would.
  const ws = new WebSocket(socketUrl('localhost', host.port, await credentialFor(host.newLink())), { origin: `http://localhost:${host.port}` });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const pending = new Map<number, (result: IpcResult<unknown>) => void>();
  const errorWaiters: ((message: HostMessage) => void)[] = [];
  const commands: EngineCommand[] = [];
  const commandWaiters: ((command: EngineCommand) => void)[] = [];
  const events: HostMessage[] = [];
  let nextId = 1;
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as HostMessage;
    if (message.kind === 'reply' && typeof message.id === 'number') pending.get(message.id)?.(message.result);
    else if (message.kind === 'error') errorWaiters.shift()?.(message);
    else if (message.kind === 'event') {
      events.push(message);
      if (message.channel === 'engine.command') {
        const waiter = commandWaiters.shift();
        if (waiter) waiter(message.payload as EngineCommand);
        else commands.push(message.payload as EngineCommand);
      }
    }
  });
  const invokeText = (channel: string, json: string) =>
    new Promise<IpcResult<unknown>>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      ws.send(`{"kind":"invoke","id":${id},"channel":${JSON.stringify(channel)},"payload":${json}}`);
    });
  return {
    events,
    invokeText,
    invoke: (channel, payload) => invokeText(channel, JSON.stringify(payload)),
    raw: (frame) =>
      new Promise((resolve) => {
        errorWaiters.push(resolve);
        ws.send(frame);
      }),
    nextCommand: () =>
      new Promise((resolve) => {
        const queued = commands.shift();
        if (queued) resolve(queued);
        else commandWaiters.push(resolve);
      }),
    close: () => ws.close(),
  };
}
