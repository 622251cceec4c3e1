import type { EventChannel, InvokeChannel, IpcResult } from '../../../shared/ipc/contract';
import type { ContractTransport } from '../../../shared/ipc/contract-client';
import { credentialParam, hostMessageSchema, socketPath, type ClientMessage } from '../../../shared/ipc/socket-protocol';
import { openWebShellSession, type SessionPage, type SessionRefusal } from './web-shell-session';

type Listener = (payload: unknown) => void;

/** Why the page lost (or never had) its host: shown by the page as a fatal message. */
export type HostClosure = { kind: 'closed'; reason: string } | { kind: 'refused'; refusal: SessionRefusal };

const closedText = 'The connection to the app host closed.';

/**
 * The web shell's transport: the contract's messages carried over a WebSocket to the Node
 * host, in the frames of socket-protocol.ts. It checks only the frames; the contract client
 * (shared/ipc/contract-client.ts) checks requests, replies and events, as in Electron.
 */
export class WebSocketTransport implements ContractTransport {
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();
  private readonly listeners = new Map<EventChannel, Set<Listener>>();
  private readonly opened: Promise<WebSocket>;
  private closedReason: string | undefined;
  private readonly closedListeners = new Set<(closure: HostClosure) => void>();

  /** `socket` settles once the page has traded its link for a session (or was refused). */
  constructor(socket: Promise<WebSocket | SessionRefusal>) {
    this.opened = socket.then((ws) => {
      if (typeof ws === 'string') {
        this.close({ kind: 'refused', refusal: ws });
        throw new Error(ws === 'unreachable' ? 'Could not connect to the app host.' : 'The web shell refused this page: its link was used already.');
      }
      return this.attach(ws);
    });
    this.opened.catch(() => undefined);
  }

  /** The web shell page: its session first (see web-shell-session.ts), then the socket. */
  static connect(page: SessionPage & { location: Pick<Location, 'protocol' | 'host'> }): WebSocketTransport {
    const scheme = page.location.protocol === 'https:' ? 'wss:' : 'ws:';
    return new WebSocketTransport(
      openWebShellSession(page).then((session) =>
        session.ok ? new WebSocket(`${scheme}//${page.location.host}${socketPath}?${credentialParam}=${encodeURIComponent(session.credential)}`) : session.refusal,
      ),
    );
  }

  /** `connect` for this page's own window. */
  static connectWindow(win: Window): WebSocketTransport {
    return WebSocketTransport.connect({ location: win.location, storage: win.localStorage, history: win.history, fetch: win.fetch.bind(win) });
  }

  private attach(socket: WebSocket): Promise<WebSocket> {
    socket.addEventListener('message', (event) => this.receive(event.data));
    socket.addEventListener('close', (event) => this.close({ kind: 'closed', reason: event.reason || closedText }));
    return new Promise((resolve, reject) => {
      socket.addEventListener('open', () => resolve(socket), { once: true });
      socket.addEventListener('error', () => reject(new Error('Could not connect to the app host.')), { once: true });
    });
  }

  private close(closure: HostClosure): void {
    if (this.closedReason !== undefined) return;
    this.closedReason = closure.kind === 'closed' ? closure.reason : closedText;
    for (const resolve of this.pending.values()) resolve(failed(this.closedReason));
    this.pending.clear();
    for (const listener of this.closedListeners) listener(closure);
  }

  /** Resolves with the reply frame's result; a host that is gone answers with a `failed` result. */
  async invoke(channel: InvokeChannel, request: unknown): Promise<unknown> {
    let socket: WebSocket;
    try {
      socket = await this.opened;
    } catch (error) {
      return failed((error as Error).message);
    }
    if (this.closedReason) return failed(this.closedReason);
    const id = this.nextId++;
    const message: ClientMessage = { kind: 'invoke', id, channel, payload: request };
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      socket.send(JSON.stringify(message));
    });
  }

  subscribe(channel: EventChannel, listener: Listener): () => void {
    const set = this.listeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(channel, set);
    return () => set.delete(listener);
  }

  /** Called once when the host goes away (server stopped) or never let the page in (a spent link). */
  onClosed(listener: (closure: HostClosure) => void): void {
    this.closedListeners.add(listener);
  }

  private receive(data: unknown): void {
    let json: unknown;
    try {
      json = JSON.parse(String(data));
    } catch {
      console.warn('Ignored a message from the host that is not JSON.');
      return;
    }
    const frame = hostMessageSchema.safeParse(json);
    if (!frame.success) {
      console.warn('Ignored a malformed message from the host.');
      return;
    }
    const message = frame.data;
    if (message.kind === 'reply') {
      const resolve = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
      if (typeof message.id === 'number') this.pending.delete(message.id);
      resolve?.(message.result);
    } else if (message.kind === 'error') {
      console.warn(`The host refused a message: ${message.error.message}`);
    } else if (message.kind === 'event') {
      for (const listener of this.listeners.get(message.channel) ?? []) listener(message.payload);
    }
  }
}

function failed(message: string): IpcResult<never> {
  return { ok: false, error: { code: 'failed', message } };
}
