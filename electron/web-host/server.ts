import { randomUUID } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { maxSocketMessageBytes, secretParam, sessionPath } from '../../shared/ipc/socket-protocol';
import type { SoftphoneCore } from '../main/core/core-api';
import type { Logger, WindowTransport } from '../main/ports';
import { defaultMessageRate, TokenBucket, type MessageRate } from './message-rate';
import { answerClientFrame, errorMessage, overRateAnswer } from './socket-messages';
import { SocketWindowTransport } from './socket-transport';
import { guardHttp, type HttpHandler } from './http-guard';
import { listenOnLoopback, type Listen, type LoopbackAddress, type LoopbackBinding } from './loopback-listener';
import { answerSessionRequest } from './session-endpoint';
import { createStaticRenderer } from './static-renderer';
import { checkUpgrade } from './upgrade-guard';
import { WebShellSessions } from './web-shell-sessions';

export type RendererSource =
  /** Dev: Vite in middleware mode, with hot reload over this same server. */
  | { kind: 'vite'; configFile: string }
  /** The `vite build` output (out/renderer). */
  | { kind: 'built'; dir: string };

export interface WebHostOptions {
  /** 0 picks a free port (tests). */
  port: number;
  renderer: RendererSource;
  /** The core needs the transport at construction, and the transport needs this server's sockets. */
  createCore(transport: WindowTransport): SoftphoneCore;
  logger: Logger;
  /** Tests: stand in for the OS's bind (e.g. a machine without IPv6). */
  listen?: Listen;
  /** Per socket; defaults to defaultMessageRate. */
  messageRate?: MessageRate;
  /** Per socket: a page that lets more than this pile up unread is cut off. Default 8 MB. */
  maxBufferedBytes?: number;
}

export interface WebHost {
  /**
   * The page to open, with a one-time code: the first page to load it gets in, later loads of
   * the same link only if that browser got in before. Uses `localhost`: the ACS SDK rejects
   * other http origins.
   */
  url: string;
  /** Another one-time link, for another browser (or a test's fresh browser context). */
  newLink(): string;
  port: number;
  /** Where it listens: both loopback addresses, or 127.0.0.1 alone on a machine without IPv6. */
  addresses: LoopbackAddress[];
  /** Closes sockets, the server and Vite, then disposes the core. */
  close(): Promise<void>;
}

/** Serves the renderer and hosts the real core behind a WebSocket, on the loopback addresses only. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { logger } = options;
  const sessions = new WebShellSessions();
  const transport = new SocketWindowTransport({
    ...(options.maxBufferedBytes === undefined ? {} : { maxBufferedBytes: options.maxBufferedBytes }),
    onOverflow: (windowId, bufferedBytes) => logger.warn('closed a web window that stopped reading', { windowId, bufferedBytes }),
  });
  const messageRate = options.messageRate ?? defaultMessageRate;
  const core = options.createCore(transport);
  /** Known once listening; nothing is served before then. */
  let port = 0;

  let handleHttp: HttpHandler = (_request, response) => response.writeHead(503).end();
  const server = createServer(
    guardHttp((request, response) => {
      if (new URL(request.url ?? '/', 'http://localhost').pathname === sessionPath) answerSessionRequest(request, response, sessions, port);
      else handleHttp(request, response);
    }, () => port),
  );
  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxSocketMessageBytes });

  let closeRenderer = async (): Promise<void> => {};
  const isViteUpgrade = (request: IncomingMessage): boolean =>
    options.renderer.kind === 'vite' && ['vite-hmr', 'vite-ping'].includes(String(request.headers['sec-websocket-protocol']));

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const verdict = checkUpgrade(request, { port, isCredential: (credential) => sessions.isCredential(credential) });
    if (verdict.ok) {
      sockets.handleUpgrade(request, socket, head, (ws) => openWindow(ws));
      return;
    }
    // Vite listens on the same server for its hot-reload socket and answers those itself.
    if (verdict.status === 404 && isViteUpgrade(request)) return;
    logger.warn('web host refused a socket', { status: verdict.status, reason: verdict.reason });
    refuseUpgrade(socket, verdict.status);
  });

  function openWindow(ws: WebSocket): void {
    const windowId = `web-${randomUUID()}`;
    const bucket = new TokenBucket(messageRate, Date.now);
    transport.register(windowId, ws);
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      transport.unregister(windowId);
      core.detachWindow(windowId, 'disconnected');
      logger.info('web window disconnected', { windowId });
    });
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!bucket.take()) {
        transport.deliver(windowId, overRateAnswer(isBinary ? '' : rawText(data)));
        logger.warn('a web window sends faster than the host answers: refused a request unread', { windowId });
        return;
      }
      if (isBinary) {
        transport.deliver(windowId, errorMessage({ code: 'invalid-request', message: 'Send JSON as text frames, not binary.' }));
        return;
      }
      void answerClientFrame(core, windowId, rawText(data)).then((answer) => transport.deliver(windowId, answer));
    });
    core.attachWindow(windowId);
    logger.info('web window connected', { windowId });
  }

  if (options.renderer.kind === 'vite') {
    const { createServer: createVite } = await import('vite');
    const vite = await createVite({
      configFile: options.renderer.configFile,
      appType: 'spa',
      server: { middlewareMode: true, hmr: { server } },
    });
    handleHttp = (request, response) =>
      vite.middlewares(request, response, () => response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found'));
    closeRenderer = () => vite.close();
  } else {
    handleHttp = createStaticRenderer(options.renderer.dir);
  }

  let binding: LoopbackBinding;
  try {
    binding = await listenOnLoopback(server, options.port, options.listen);
  } catch (error) {
    await closeRenderer();
    await core.dispose();
    throw error;
  }
  port = binding.port;
  if (binding.addresses.length === 1) logger.info('no IPv6 loopback on this machine: listening on 127.0.0.1 only', { port });
  const newLink = (): string => `http://localhost:${port}/?${secretParam}=${sessions.issueCode()}`;

  return {
    url: newLink(),
    newLink,
    port,
    addresses: binding.addresses,
    async close() {
      // Wait for each window's close handler, so every window is detached before the core goes.
      const closed = [...sockets.clients].map((ws) => new Promise<void>((resolve) => ws.once('close', () => resolve())));
      for (const ws of sockets.clients) ws.terminate();
      await Promise.all(closed);
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await closeRenderer();
      server.closeAllConnections();
      await binding.close();
      await core.dispose();
    },
  };
}

function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

function refuseUpgrade(socket: Duplex, status: 403 | 404): void {
  socket.on('error', () => {});
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
