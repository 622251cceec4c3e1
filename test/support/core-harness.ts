import { Core } from '../../electron/main/core/softphone-core';
import type { CoreOptions } from '../../electron/main/core/core-api';
import { silentLogger } from '../../electron/main/ports';
import type { TokenProvider } from '../../electron/main/tokens/token-provider';
import type { AccessToken } from '../../electron/main/tokens/token-source';
import type { EngineCommand, EngineEvent, EventChannel, SignInIntent } from '../../shared/ipc/contract';
import type { SessionView } from '../../shared/session/state';
import { FakeClock, flushPromises } from './fake-clock';

type Sent = { windowId: string; channel: EventChannel; payload: unknown };

/**
 * The real core with fake surroundings: a fake clock, a recording transport, and windows
 * whose engines the test plays by hand (report created/connected/failed...). Disposal is
 * confirmed automatically, as a healthy engine would.
 */
export class CoreHarness {
  readonly clock = new FakeClock();
  readonly sent: Sent[] = [];
  readonly tokenRequests: { forceRefresh: boolean }[] = [];
  /** Windows whose engines never answer dispose (a hung renderer). */
  readonly unresponsive = new Set<string>();
  tokenFailure: (Error & { kind?: string }) | undefined;
  readonly core: Core;

  /** `extra`: persistence (openPersistence over a temp dir) and other optional core options. */
  constructor(
    deadlines: { createMs?: number; connectMs?: number } = {},
    extra: Pick<CoreOptions, 'settings' | 'history' | 'notices' | 'defaultTokenEndpoint' | 'diagnostics' | 'updates'> & Partial<Pick<CoreOptions, 'logger'>> = {},
  ) {
    this.core = new Core(
      {
        clock: this.clock,
        transport: { send: (windowId, channel, payload) => this.onSend(windowId, channel, payload) },
        logger: silentLogger,
        host: 'headless',
        engine: 'simulator',
        engineReason: 'test',
        appVersion: '0.0.0-test',
        qa: true,
        random: () => 0.5,
        ...extra,
      },
      { tokens: { forSignIn: (source) => this.provider(source) }, deadlines },
    );
  }

  signIn(windowId: string, token: string, extra: Partial<SignInIntent> = {}) {
    this.core.attachWindow(windowId);
    return this.core.handle(windowId, 'session.signIn', { source: { type: 'pasted', token }, agentKind: 'auto', skipPreflight: false, ...extra });
  }

  invoke(windowId: string, channel: string, payload: unknown = {}) {
    this.core.attachWindow(windowId);
    return this.core.handle(windowId, channel, payload);
  }

  /** Every payload pushed on `channel` (to `windowId`, if given), oldest first. */
  events(channel: EventChannel, windowId?: string): unknown[] {
    return this.sent.filter((s) => s.channel === channel && (!windowId || s.windowId === windowId)).map((s) => s.payload);
  }

  commands(windowId?: string): EngineCommand[] {
    return this.sent.filter((s) => s.channel === 'engine.command' && (!windowId || s.windowId === windowId)).map((s) => s.payload as EngineCommand);
  }

  creates(windowId?: string) {
    return this.commands(windowId).filter((c): c is Extract<EngineCommand, { type: 'createAgent' }> => c.type === 'createAgent');
  }

  view(windowId: string): SessionView {
    const views = this.sent.filter((s) => s.channel === 'session.state' && s.windowId === windowId);
    const last = views[views.length - 1];
    if (!last) throw new Error(`no state pushed to ${windowId}`);
    return last.payload as SessionView;
  }

  phase(windowId: string) {
    return this.view(windowId).phase;
  }

  /** Reports an event for the window's latest createAgent command, as its engine would. */
  async report(windowId: string, event: EngineEvent): Promise<void> {
    const create = this.creates(windowId).at(-1);
    if (!create) throw new Error(`no createAgent sent to ${windowId}`);
    const result = await this.core.handle(windowId, 'engine.report', { leaseId: create.leaseId, attempt: create.attempt, event });
    if (!result.ok) throw new Error(result.error.message);
    await flushPromises();
  }

  async connect(windowId: string): Promise<void> {
    await this.report(windowId, { type: 'created' });
    await this.report(windowId, { type: 'connected' });
  }

  async fail(windowId: string, code: number, subCode: number, resultCategories?: string[]): Promise<void> {
    const error = { message: `simulated ${code}/${subCode}`, code, subCode, ...(resultCategories ? { resultCategories } : {}) };
    await this.report(windowId, { type: 'failed', error });
  }

  private provider(source: SignInIntent['source']): TokenProvider {
    if (source.type !== 'pasted') throw new Error('the harness only knows pasted tokens');
    const token: AccessToken = { token: source.token, expiresOn: this.clock.now() + 3_600_000 };
    return {
      kind: 'pasted',
      getToken: async (options) => {
        this.tokenRequests.push(options);
        if (this.tokenFailure) throw this.tokenFailure;
        return token;
      },
      start() {},
      stop() {},
    };
  }

  private onSend(windowId: string, channel: EventChannel, payload: unknown): void {
    this.sent.push({ windowId, channel, payload });
    const command = payload as EngineCommand;
    if (channel === 'engine.command' && command.type === 'disposeAgent' && !this.unresponsive.has(windowId)) {
      queueMicrotask(() => {
        void this.core.handle(windowId, 'engine.report', { leaseId: command.leaseId, attempt: 1, event: { type: 'disposed' } });
      });
    }
  }
}
