import type { EventChannel, EventOf, InvokeChannel, IpcResult, ReplyOf, RequestOf } from '../../../shared/ipc/contract';
import { parseEvent, parseRequest } from '../../../shared/ipc/contract';
import type { SoftphoneApi } from '../../../shared/ipc/api';
import { credentialParam, hostMessageSchema, socketPath, type ClientMessage } from '../../../shared/ipc/socket-protocol';
import { openWebShellSession, type SessionPage, type SessionRefusal } from './web-shell-session';

type Listener = (payload: unknown) => void;

/** Why the page lost (or never had) its host: shown by the page as a fatal message. */
export type HostClosure = { kind: 'closed'; reason: string } | { kind: 'refused'; refusal: SessionRefusal };

const closedText = 'The connection to the app host closed.';

/**
 * The web shell's SoftphoneApi: the same contract as Electron's preload, carried over a
 * WebSocket to the Node host. Requests are validated here too, so a malformed one never
 * leaves the page; events are validated before any listener sees them.
 */
export class WebSocketApi implements SoftphoneApi {
  private nextId = 1;
  private readonly pending = new Map<number, (result: IpcResult<unknown>) => void>();
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
  static connect(page: SessionPage & { location: Pick<Location, 'protocol' | 'host'> }): WebSocketApi {
    const scheme = page.location.protocol === 'https:' ? 'wss:' : 'ws:';
    return new WebSocketApi(
      openWebShellSession(page).then((session) =>
        session.ok ? new WebSocket(`${scheme}//${page.location.host}${socketPath}?${credentialParam}=${encodeURIComponent(session.credential)}`) : session.refusal,
      ),
    );
  }

  /** `connect` for this page's own window. */
  static connectWindow(win: Window): WebSocketApi {
    return WebSocketApi.connect({ location: win.location, storage: win.localStorage, history: win.history, fetch: win.fetch.bind(win) });
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
    for (const resolve of this.pending.values()) resolve({ ok: false, error: { code: 'failed', message: this.closedReason } });
    this.pending.clear();
    for (const listener of this.closedListeners) listener(closure);
  }

  async invoke<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ReplyOf<C>>> {
    const checked = parseRequest(channel, request);
    if (!checked.ok) return checked;
    let socket: WebSocket;
    try {
      socket = await this.opened;
    } catch (error) {
      return { ok: false, error: { code: 'failed', message: (error as Error).message } };
    }
    if (this.closedReason) return { ok: false, error: { code: 'failed', message: this.closedReason } };
    const id = this.nextId++;
    const message: ClientMessage = { kind: 'invoke', id, channel, payload: request };
    return new Promise((resolve) => {
      this.pending.set(id, resolve as (result: IpcResult<unknown>) => void);
      socket.send(JSON.stringify(message));
    });
  }

  on<E extends EventChannel>(channel: E, listener: (payload: EventOf<E>) => void): () => void {
    const set = this.listeners.get(channel) ?? new Set<Listener>();
    set.add(listener as Listener);
    this.listeners.set(channel, set);
    return () => set.delete(listener as Listener);
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
      resolve?.(message.result as IpcResult<unknown>);
    } else if (message.kind === 'error') {
      console.warn(`The host refused a message: ${message.error.message}`);
    } else if (message.kind === 'event') {
      const parsed = parseEvent(message.channel, message.payload);
      if (!parsed.ok) {
        console.warn(`Ignored an invalid event: ${parsed.error.message}`);
        return;
      }
      for (const listener of this.listeners.get(message.channel) ?? []) listener(parsed.value);
    }
  }
}
