import type { EventChannel, EventOf, InvokeChannel, IpcResult, ReplyOf, RequestOf } from '../../../shared/ipc/contract';
import { parseEvent, parseRequest } from '../../../shared/ipc/contract';
import type { SoftphoneApi } from '../../../shared/ipc/api';
import { hostMessageSchema, secretParam, socketPath, type ClientMessage } from '../../../shared/ipc/socket-protocol';

type Listener = (payload: unknown) => void;

const secretStorageKey = 'softphone.webShellSecret';

/**
 * The web shell's SoftphoneApi: the same contract as Electron's preload, carried over a
 * WebSocket to the Node host. Requests are validated here too, so a malformed one never
 * leaves the page; events are validated before any listener sees them.
 */
export class WebSocketApi implements SoftphoneApi {
  private nextId = 1;
  private readonly pending = new Map<number, (result: IpcResult<unknown>) => void>();
  private readonly listeners = new Map<EventChannel, Set<Listener>>();
  private readonly opened: Promise<void>;
  private closedReason: string | undefined;

  constructor(private readonly socket: WebSocket) {
    this.opened = new Promise((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new Error('Could not connect to the app host.')), { once: true });
    });
    this.opened.catch(() => undefined);
    socket.addEventListener('message', (event) => this.receive(event.data));
    socket.addEventListener('close', (event) => {
      this.closedReason = event.reason || 'The connection to the app host closed.';
      for (const resolve of this.pending.values()) resolve({ ok: false, error: { code: 'failed', message: this.closedReason } });
      this.pending.clear();
    });
  }

  static connect(location: Pick<Location, 'protocol' | 'host' | 'search'>, storage: Pick<Storage, 'getItem' | 'setItem'>): WebSocketApi {
    // The secret arrives in the URL once; the tab keeps it so a reload still connects after
    // the address bar was cleaned.
    const secret = new URLSearchParams(location.search).get(secretParam) ?? storage.getItem(secretStorageKey) ?? '';
    storage.setItem(secretStorageKey, secret);
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    return new WebSocketApi(new WebSocket(`${scheme}//${location.host}${socketPath}?${secretParam}=${encodeURIComponent(secret)}`));
  }

  async invoke<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ReplyOf<C>>> {
    const checked = parseRequest(channel, request);
    if (!checked.ok) return checked;
    try {
      await this.opened;
    } catch (error) {
      return { ok: false, error: { code: 'failed', message: (error as Error).message } };
    }
    if (this.closedReason) return { ok: false, error: { code: 'failed', message: this.closedReason } };
    const id = this.nextId++;
    const message: ClientMessage = { kind: 'invoke', id, channel, payload: request };
    return new Promise((resolve) => {
      this.pending.set(id, resolve as (result: IpcResult<unknown>) => void);
      this.socket.send(JSON.stringify(message));
    });
  }

  on<E extends EventChannel>(channel: E, listener: (payload: EventOf<E>) => void): () => void {
    const set = this.listeners.get(channel) ?? new Set<Listener>();
    set.add(listener as Listener);
    this.listeners.set(channel, set);
    return () => set.delete(listener as Listener);
  }

  /** Called once when the host goes away (server stopped, secret refused). */
  onClosed(listener: (reason: string) => void): void {
    this.socket.addEventListener('close', (event) => listener(event.reason || 'The connection to the app host closed.'));
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
