import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { WindowTransport } from '../../../electron/main/ports';
import { LoopbackPortTakenError, type Listen } from '../../../electron/web-host/loopback-listener';
import { startWebHost, type RendererSource, type WebHost, type WebHostOptions } from '../../../electron/web-host/server';
import { CapturingLogger } from '../../support/capturing-logger';
import { FakeSoftphoneCore } from '../../support/fake-softphone-core';
import { credentialFor, redeemLink, socketUrl } from '../../support/web-shell-session';

let tempDir: string;
let builtDir: string;
let host: WebHost | undefined;
let core: FakeSoftphoneCore;
/** The session the test's page got from the first link. */
let credential = '';
const logger = new CapturingLogger();

beforeEach(() => {
  tempDir = mkdtempSync(join(tmpdir(), 'web-host-'));
  builtDir = join(tempDir, 'renderer');
  mkdirSync(join(builtDir, 'assets'), { recursive: true });
  writeFileSync(join(tempDir, 'secret.txt'), 'outside the renderer');
  writeFileSync(join(builtDir, 'index.html'), '<!doctype html><title>built shell</title>');
  writeFileSync(join(builtDir, 'assets', 'app.js'), 'console.log(1)');
});

afterEach(async () => {
  await host?.close();
  host = undefined;
  rmSync(tempDir, { recursive: true, force: true });
});

async function start(renderer: RendererSource = { kind: 'built', dir: builtDir }, listen?: Listen, more: Partial<WebHostOptions> = {}): Promise<WebHost> {
  host = await startWebHost({
    port: 0,
    renderer,
    logger,
    createCore: (transport: WindowTransport) => (core = new FakeSoftphoneCore(transport)),
    ...(listen ? { listen } : {}),
    ...more,
  });
  credential = await credentialFor(host.url);
  return host;
}

function socket(webHost: WebHost, options: { credential?: string; origin?: string; hostName?: string } = {}): WebSocket {
  const hostName = options.hostName ?? '127.0.0.1';
  return new WebSocket(socketUrl(hostName, webHost.port, options.credential ?? credential), {
    origin: options.origin ?? `http://${hostName}:${webHost.port}`,
  });
}

function opened(ws: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_request, response) => reject(new Error(`refused with ${response.statusCode}`)));
    ws.once('error', reject);
  });
}

function refusedWith(ws: WebSocket): Promise<number> {
  return new Promise((resolve, reject) => {
    ws.once('open', () => reject(new Error('the socket was accepted')));
    ws.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    ws.once('error', reject);
  });
}

function nextMessage(ws: WebSocket): Promise<unknown> {
  return new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
}

/** A GET with headers fetch() will not send (Host), answered with status, headers and body. */
function get(port: number, headers: Record<string, string>, path = '/'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, headers }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

function closed(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => ws.once('close', (code) => resolve(code)));
}

describe('startWebHost', () => {
  it('prints a localhost URL with a long random secret, listening on both loopback addresses', async () => {
    const webHost = await start();
    expect(webHost.url).toMatch(new RegExp(`^http://localhost:${webHost.port}/\\?secret=[\\w-]{40,}$`));
    expect(webHost.addresses).toEqual(['127.0.0.1', '::1']);
    for (const address of ['127.0.0.1', '[::1]']) {
      const response = await fetch(`http://${address}:${webHost.port}/`);
      expect(await response.text()).toContain('built shell');
      const ws = socket(webHost, { hostName: address });
      await opened(ws);
      ws.close();
    }
  });

  it('refuses to start when another program holds the port on ::1, so it cannot catch localhost pages', async () => {
    const squatter = createNetServer();
    await new Promise<void>((resolve) => squatter.listen({ port: 0, host: '::1', ipv6Only: true }, () => resolve()));
    const port = (squatter.address() as AddressInfo).port;
    try {
      const starting = startWebHost({ port, renderer: { kind: 'built', dir: builtDir }, logger, createCore: (transport) => new FakeSoftphoneCore(transport) });
      await expect(starting).rejects.toThrow(new LoopbackPortTakenError('::1', port));
      // Nothing stays behind on 127.0.0.1 either.
      await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
    } finally {
      squatter.close();
    }
  });

  it('listens on 127.0.0.1 alone where the machine has no IPv6 loopback', async () => {
    const noIpv6: Listen = (server, port, address) => {
      if (address === '::1') return Promise.reject(Object.assign(new Error('bind EADDRNOTAVAIL ::1'), { code: 'EADDRNOTAVAIL' }));
      return new Promise((resolve) => server.listen(port, address, () => resolve()));
    };
    const webHost = await start({ kind: 'built', dir: builtDir }, noIpv6);
    expect(webHost.addresses).toEqual(['127.0.0.1']);
    expect((await fetch(`http://127.0.0.1:${webHost.port}/`)).status).toBe(200);
  });

  it('treats the link as a one-time code: a second browser, or the code itself on the socket, gets nothing', async () => {
    const webHost = await start();
    // start() spent the first link's code for this test's page.
    expect(await redeemLink(webHost.url)).toEqual({ status: 403 });
    const code = new URL(webHost.url).searchParams.get('secret') ?? '';
    expect(await refusedWith(new WebSocket(`ws://127.0.0.1:${webHost.port}/ipc?secret=${code}`, { origin: `http://127.0.0.1:${webHost.port}` }))).toBe(403);
    expect(await refusedWith(socket(webHost, { credential: code }))).toBe(403);
    expect(core.attached).toEqual([]);
  });

  it('lets an authorised browser reload and open more tabs with the spent link', async () => {
    const webHost = await start();
    const code = new URL(webHost.url).searchParams.get('secret');
    expect(await redeemLink(webHost.url, { code, credential })).toEqual({ status: 200, credential });
    expect(await redeemLink(webHost.url, { credential })).toEqual({ status: 200, credential });
    expect(await redeemLink(webHost.url, { credential: 'made-up' })).toEqual({ status: 403 });
  });

  it('issues fresh one-time links for other browsers, each with its own credential', async () => {
    const webHost = await start();
    const link = webHost.newLink();
    expect(link).not.toBe(webHost.url);
    const other = await credentialFor(link);
    expect(other).not.toBe(credential);
    expect(await redeemLink(link)).toEqual({ status: 403 });
    const ws = socket(webHost, { credential: other });
    await opened(ws);
    ws.close();
  });

  it('hands out sessions only to its own page', async () => {
    const webHost = await start();
    const link = webHost.newLink();
    expect(await redeemLink(link, undefined, 'https://evil.example')).toEqual({ status: 403 });
    expect(await redeemLink(link, undefined, `http://localhost:${webHost.port + 1}`)).toEqual({ status: 403 });
    const asForm = await fetch(new URL('/session', link), { method: 'POST', headers: { Origin: new URL(link).origin, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(asForm.status).toBe(415);
    // The refusals spent nothing: the page still gets in.
    expect((await redeemLink(link)).status).toBe(200);
  });

  it('answers a valid invoke for the window behind the socket', async () => {
    const webHost = await start();
    const ws = socket(webHost, { hostName: 'localhost' });
    await opened(ws);
    expect(core.attached).toHaveLength(1);
    ws.send(JSON.stringify({ kind: 'invoke', id: 1, channel: 'session.get', payload: {} }));
    expect(await nextMessage(ws)).toEqual({
      kind: 'reply',
      id: 1,
      result: { ok: true, value: { echo: { channel: 'session.get', payload: {} } } },
    });
    expect(core.requests[0]?.windowId).toBe(core.attached[0]);
    ws.close();
  });

  it('pushes core events to the right window only', async () => {
    const webHost = await start();
    const first = socket(webHost);
    const second = socket(webHost);
    await Promise.all([opened(first), opened(second)]);
    const secondGot: unknown[] = [];
    second.on('message', (data) => secondGot.push(JSON.parse(String(data))));

    const firstMessage = nextMessage(first);
    core.transport?.send(core.attached[0] ?? '', 'engine.command', { type: 'disposeAgent', leaseId: 'lease-1', reason: 'signOut' });
    expect(await firstMessage).toEqual({
      kind: 'event',
      channel: 'engine.command',
      payload: { type: 'disposeAgent', leaseId: 'lease-1', reason: 'signOut' },
    });
    // A round trip on the second socket proves nothing was queued for it before.
    second.send(JSON.stringify({ kind: 'invoke', id: 2, channel: 'session.get', payload: {} }));
    await new Promise((resolve) => second.once('message', resolve));
    expect(secondGot).toEqual([expect.objectContaining({ kind: 'reply', id: 2 })]);
    first.close();
    second.close();
  });

  it('detaches the window as disconnected when its socket closes', async () => {
    const webHost = await start();
    const ws = socket(webHost);
    await opened(ws);
    const windowId = core.attached[0];
    ws.close();
    await expect.poll(() => core.detached).toEqual([{ windowId, reason: 'disconnected' }]);
  });

  it.each([
    ['without a credential', { credential: '' }],
    ['with a wrong credential', { credential: 'guess' }],
    ['from a foreign Origin', { origin: 'https://evil.example' }],
    ['from another local port', { origin: 'http://localhost:1' }],
  ])('refuses a socket %s with HTTP 403 and attaches nothing', async (_name, options) => {
    const webHost = await start();
    expect(await refusedWith(socket(webHost, options))).toBe(403);
    expect(core.attached).toEqual([]);
  });

  it('answers garbage with an error message and keeps serving the socket', async () => {
    const webHost = await start();
    const ws = socket(webHost);
    await opened(ws);
    ws.send('definitely not json');
    expect(await nextMessage(ws)).toMatchObject({ kind: 'error', error: { code: 'invalid-request' } });
    ws.send(JSON.stringify({ kind: 'bogus', id: 'x' }));
    expect(await nextMessage(ws)).toMatchObject({ kind: 'reply', id: 'x', result: { ok: false, error: { code: 'invalid-request' } } });
    ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await nextMessage(ws)).toMatchObject({ kind: 'error', error: { code: 'invalid-request' } });
    ws.send(JSON.stringify({ kind: 'invoke', id: 3, channel: 'session.get', payload: {} }));
    expect(await nextMessage(ws)).toMatchObject({ kind: 'reply', id: 3, result: { ok: true } });
    ws.close();
  });

  it('closes a socket that sends more than 64 KiB at once, and keeps serving others', async () => {
    const webHost = await start();
    const big = socket(webHost);
    await opened(big);
    big.send('x'.repeat(64 * 1024 + 1));
    expect(await closed(big)).toBe(1009);

    const ws = socket(webHost);
    await opened(ws);
    ws.send(JSON.stringify({ kind: 'invoke', id: 4, channel: 'session.get', payload: {} }));
    expect(await nextMessage(ws)).toMatchObject({ kind: 'reply', id: 4 });
    ws.close();
  });

  it('cuts off a window that stops reading before its backlog passes 8 MB, and keeps serving others', async () => {
    const webHost = await start();
    const stalled = socket(webHost);
    await opened(stalled);
    // The page's process stops reading: TCP fills up and the host's send queue would grow.
    (stalled as unknown as { _socket: Socket })._socket.pause();
    const windowId = core.attached[0] ?? '';
    const bigEvent = { type: 'disposeAgent', leaseId: 'x'.repeat(64 * 1024), reason: 'signOut' } as const;
    for (let i = 0; i < 400; i += 1) {
      core.transport?.send(windowId, 'engine.command', bigEvent);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await expect.poll(() => core.detached).toEqual([{ windowId, reason: 'disconnected' }]);
    const overflow = logger.calls.find((call) => call.message === 'closed a web window that stopped reading');
    expect(overflow?.fields?.bufferedBytes).toBeGreaterThan(8 * 1024 * 1024);
    expect(overflow?.fields?.bufferedBytes).toBeLessThan(9 * 1024 * 1024);

    const ws = socket(webHost);
    await opened(ws);
    ws.send(JSON.stringify({ kind: 'invoke', id: 6, channel: 'session.get', payload: {} }));
    expect(await nextMessage(ws)).toMatchObject({ kind: 'reply', id: 6, result: { ok: true } });
    ws.close();
  });

  it('answers a flood beyond the message rate with refusals, unhandled, while other windows go on', async () => {
    const webHost = await start(undefined, undefined, { messageRate: { burst: 20, perSecond: 10 } });
    const flood = socket(webHost);
    const calm = socket(webHost);
    await Promise.all([opened(flood), opened(calm)]);
    const replies: { id?: number; result?: { ok: boolean; error?: { message: string } } }[] = [];
    flood.on('message', (data) => replies.push(JSON.parse(String(data)) as (typeof replies)[number]));
    for (let id = 1; id <= 300; id += 1) flood.send(JSON.stringify({ kind: 'invoke', id, channel: 'session.get', payload: {} }));
    await expect.poll(() => replies.length).toBe(300);

    const handled = replies.filter((reply) => reply.result?.ok);
    const refused = replies.filter((reply) => reply.result?.error?.message.startsWith('Too many requests'));
    expect(handled.length).toBeGreaterThanOrEqual(20);
    expect(handled.length).toBeLessThan(40);
    expect(refused.length).toBe(300 - handled.length);
    expect(new Set(replies.map((reply) => reply.id)).size).toBe(300);
    expect(core.requests.length).toBe(handled.length);

    calm.send(JSON.stringify({ kind: 'invoke', id: 'calm', channel: 'session.get', payload: {} }));
    expect(await nextMessage(calm)).toMatchObject({ kind: 'reply', id: 'calm', result: { ok: true } });
    flood.close();
    calm.close();
  });

  it('serves only files inside the built renderer folder', async () => {
    const webHost = await start();
    const base = `http://127.0.0.1:${webHost.port}`;
    expect((await fetch(`${base}/assets/app.js`)).headers.get('content-type')).toContain('text/javascript');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    // An encoded slash survives URL normalisation and decodes to ../secret.txt on the server.
    const escape = await fetch(`${base}/..%2fsecret.txt`);
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('outside the renderer');
  });

  it('refuses a symlink that leads out of the built renderer folder', async () => {
    symlinkSync(join(tempDir, 'secret.txt'), join(builtDir, 'assets', 'linked.js'));
    symlinkSync(tempDir, join(builtDir, 'up'));
    const webHost = await start();
    const base = `http://127.0.0.1:${webHost.port}`;
    for (const path of ['/assets/linked.js', '/up/secret.txt']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('outside the renderer');
    }
  });

  it('answers HTTP only to loopback Host names, and forbids framing', async () => {
    const webHost = await start();
    for (const hostName of ['localhost', '127.0.0.1', '[::1]']) {
      const answer = await get(webHost.port, { Host: `${hostName}:${webHost.port}` });
      expect(answer.status).toBe(200);
      expect(answer.headers['x-frame-options']).toBe('DENY');
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
    for (const host of [`evil.example:${webHost.port}`, `localhost:${webHost.port + 1}`, 'localhost']) {
      const refused = await get(webHost.port, { Host: host });
      expect(refused.status).toBe(403);
      expect(refused.body).not.toContain('built shell');
    }
  });

  it('disposes the core and detaches open windows on close', async () => {
    const webHost = await start();
    const ws = socket(webHost);
    await opened(ws);
    await webHost.close();
    host = undefined;
    expect(core.detached).toEqual([{ windowId: core.attached[0], reason: 'disconnected' }]);
    expect(core.disposed).toBe(true);
  });

  it('serves the renderer through Vite in dev, with the IPC socket on the same port', async () => {
    const webHost = await start({ kind: 'vite', configFile: join(process.cwd(), 'vite.renderer.config.ts') });
    const html = await (await fetch(`http://127.0.0.1:${webHost.port}/`)).text();
    expect(html).toContain('/@vite/client');
    expect(html).toContain('src="/src/main.ts"');
    const ws = socket(webHost);
    await opened(ws);
    ws.send(JSON.stringify({ kind: 'invoke', id: 5, channel: 'app.getInfo', payload: {} }));
    expect(await nextMessage(ws)).toMatchObject({ kind: 'reply', id: 5 });
    ws.close();

    // Vite's hot-reload socket shares the server: the IPC guard must leave it to Vite.
    const hmr = new WebSocket(`ws://127.0.0.1:${webHost.port}/`, 'vite-hmr');
    await opened(hmr);
    hmr.close();
    expect(core.attached).toHaveLength(1);

    // npm run dev's server: no workspace reads for other localhost pages, no editor opening.
    const base = `http://127.0.0.1:${webHost.port}`;
    const foreign = await fetch(`${base}/@fs${process.cwd()}/package.json`, { headers: { Origin: 'http://localhost:3000' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect((await fetch(`${base}/__open-in-editor?file=package.json`)).status).toBe(404);
  });

  it('serving the built renderer, has no dev-server paths at all', async () => {
    const webHost = await start();
    const base = `http://127.0.0.1:${webHost.port}`;
    for (const path of [`/@fs${process.cwd()}/package.json`, '/__open-in-editor?file=package.json', '/@vite/client']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});
