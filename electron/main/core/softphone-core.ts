import {
  isInvokeChannel,
  parseRequest,
  type InvokeChannel,
  type IpcResult,
  type ParsedRequestOf,
  type ReplyOf,
  type AppCommand,
  type TokenServiceCheck,
  type CallActivity,
} from '../../../shared/ipc/contract';
import type { CallHistoryEntry } from '../../../shared/history/call-history-schema';
import { isMissed } from '../../../shared/history/missed-calls';
import type { CallHistoryService } from '../persistence/call-history-service';
import type { ContactsService } from '../persistence/contacts-service';
import type { CallDiagnosticChange } from '../../../shared/calls/call-diagnostics';
import type { EngineChoiceReason, EngineKind, PhaseName, SessionView } from '../../../shared/session/state';
import { CallAgentSupervisor, defaultDeadlines, type AgentDeadlines } from '../agent/call-agent-supervisor';
import type { TokenProviders } from '../tokens/token-provider';
import { LeaseRegistry } from '../agent/lease-registry';
import { buildDiagnosticsBundle } from '../diagnostics/diagnostics-bundle';
import type { CallRecord, DiagnosticsSession } from '../../../shared/diagnostics/bundle-schema';
import { callRecordsOf } from '../diagnostics/call-records';
import { openMemoryPersistence, type Persistence } from '../persistence/open-persistence';
import { SettingsTokenProviders } from '../tokens/settings-token-providers';
import type { CoreOptions, DetachReason, SoftphoneCore } from './core-api';
import { errorMessage } from '../../../shared/util/error-message';

export interface CoreInternals {
  /** Each sign-in's token manager (for the engine of the window signing in); injected so tests control tokens. */
  tokens: TokenProviders;
  /** Settings' "Test connection": one token request; absent where the host has no network (tests). */
  checkTokenService?(request: ParsedRequestOf<'settings.testTokenService'>): Promise<TokenServiceCheck>;
  deadlines?: Partial<AgentDeadlines>;
}

type Handler<C extends InvokeChannel> = (windowId: string, request: ParsedRequestOf<C>) => Promise<IpcResult<ReplyOf<C>>> | IpcResult<ReplyOf<C>>;
type Handlers = { [C in InvokeChannel]: Handler<C> };

const done = { ok: true, value: {} } as const;
const notSignedIn = { ok: false, error: { code: 'failed', message: 'Call history belongs to a signed-in user; this window has not signed in.' } } as const;
const contactsNeedSignIn = { ok: false, error: { code: 'failed', message: 'Contacts belong to a signed-in user; this window has not signed in.' } } as const;
/** Enough to see what a call went through; older changes stay in the logs. */
const MAX_CALL_DIAGNOSTICS = 50;
const idle: CallActivity = { inCall: false, ringing: [] };

/** The unseen missed calls of the identities signed in now; `added` is a missed call that just ended. */
/** `added`, with the window whose user missed it (the first, if several show that user), as each missed call is recorded. */
export type MissedCallsListener = (missed: { unseen: number; added?: CallHistoryEntry; windowId?: string }) => void;
export type CallActivityListener = (windowId: string, activity: CallActivity) => void;
/** A window's sign-in phase changed; undefined once the window is detached. */
export type PhaseListener = (windowId: string, phase: PhaseName | undefined) => void;

/**
 * The main-process core: one supervisor per window, one lease per identity across all of
 * them, and the only place renderer requests are validated and dispatched.
 */
export class Core implements SoftphoneCore {
  private readonly leases = new LeaseRegistry();
  private readonly windows = new Map<string, CallAgentSupervisor>();
  private readonly deadlines: AgentDeadlines;
  private online = true;
  private readonly handlers: Handlers;
  private readonly persistence: Persistence;
  private readonly unsubscribe: (() => void)[];
  /** What each window last said about its calls; a window that never said anything is idle. */
  private readonly callActivity = new Map<string, CallActivity>();
  private readonly callActivityListeners = new Set<CallActivityListener>();
  /** Each window's phase as last published to it, so in-process listeners follow what the window shows. */
  private readonly publishedPhases = new Map<string, PhaseName>();
  private readonly phaseListeners = new Set<PhaseListener>();
  /** Each window's latest call diagnostic changes, oldest first (its timeline). */
  private readonly callDiagnostics = new Map<string, CallDiagnosticChange[]>();
  /**
   * The identity each window last signed in as: its history is the one the window sees. Kept
   * after sign-out, so a call that ends as the user signs out still lands in their history.
   */
  private readonly windowIdentities = new Map<string, string>();
  /** The engine each window was told to run (app.getInfo); it stays until the page loads again. */
  private readonly windowEngines = new Map<string, EngineKind>();
  private readonly missedListeners = new Set<MissedCallsListener>();
  private lastUnseenMissed = 0;

  constructor(
    private readonly options: CoreOptions,
    private readonly internals: CoreInternals,
  ) {
    this.deadlines = { ...defaultDeadlines, ...internals.deadlines };
    let inMemory: Persistence | undefined;
    const memory = (): Persistence => (inMemory ??= openMemoryPersistence());
    this.persistence = {
      settings: options.settings ?? memory().settings,
      history: options.history ?? memory().history,
      contacts: options.contacts ?? memory().contacts,
      notices: options.notices ?? memory().notices,
    };
    const { settings, history, contacts, notices } = this.persistence;
    this.unsubscribe = [
      settings.onChange((value) => this.broadcast((windowId) => options.transport.send(windowId, 'settings.changed', value))),
      history.onChange((change) => {
        const shownIn: string[] = [];
        for (const [windowId, identity] of this.windowIdentities) {
          if (identity !== change.identity || !this.windows.has(windowId)) continue;
          shownIn.push(windowId);
          options.transport.send(windowId, 'history.changed', change.entries);
          options.transport.send(windowId, 'history.missed', { unseen: change.unseenMissed });
        }
        this.reportMissed(change.added && isMissed(change.added) ? { entry: change.added, windowId: shownIn[0] } : undefined);
      }),
      contacts.onChange((change) => {
        for (const [windowId, identity] of this.windowIdentities) {
          if (identity === change.identity && this.windows.has(windowId)) options.transport.send(windowId, 'contacts.changed', change.contacts);
        }
      }),
      notices.onPost((notice) => this.broadcast((windowId) => options.transport.send(windowId, 'app.notice', notice))),
      options.updates?.onChange((state) => this.broadcast((windowId) => options.transport.send(windowId, 'app.update', state))) ?? (() => {}),
    ];
    this.handlers = {
      'app.getInfo': (windowId) => ({
        ok: true,
        value: {
          host: options.host,
          ...this.chooseEngineFor(windowId),
          windowId,
          appVersion: options.appVersion,
          qa: options.qa,
          ...this.defaultTokenEndpoint(),
          ...(options.diagnostics?.sdk ? { sdkVersion: options.diagnostics.sdk.callingVersion } : {}),
          ...(options.diagnostics?.logsFolder ? { logsFolder: options.diagnostics.logsFolder } : {}),
        },
      }),
      'session.get': (windowId) => ({ ok: true, value: this.sessionView(windowId, this.supervisor(windowId)) }),
      'session.signIn': (windowId, intent) => this.supervisor(windowId).signIn(intent),
      'session.signOut': async (windowId) => {
        await this.supervisor(windowId).signOut();
        return done;
      },
      'session.retryNow': (windowId) => this.supervisor(windowId).retryNow(),
      'session.cancelRetry': (windowId) => this.supervisor(windowId).cancelRetry(),
      'session.takeOver': (windowId) => this.takeOver(windowId),
      'engine.report': (windowId, report) => {
        this.supervisor(windowId).onReport(report);
        return done;
      },
      'engine.getToken': (windowId, request) => this.supervisor(windowId).tokenFor(request.leaseId, request.forceRefresh),
      'network.setOnline': (_windowId, request) => {
        this.setOnline(request.online);
        return done;
      },
      'settings.get': () => ({ ok: true, value: settings.get() }),
      'settings.update': (_windowId, update) => settings.update(update),
      'settings.testTokenService': async (_windowId, request) =>
        this.internals.checkTokenService
          ? { ok: true, value: await this.internals.checkTokenService(request) }
          : { ok: false, error: { code: 'failed', message: 'This host cannot test a token service.' } },
      'history.list': (windowId) => ({ ok: true, value: this.historyOf(windowId)?.list() ?? [] }),
      'history.add': (windowId, entry) => this.historyOf(windowId)?.add(entry) ?? notSignedIn,
      'history.clear': (windowId) => this.historyOf(windowId)?.clear() ?? notSignedIn,
      'history.getMissed': (windowId) => ({ ok: true, value: { unseen: this.historyOf(windowId)?.unseenMissed() ?? 0 } }),
      'history.markMissedSeen': (windowId) => {
        const own = this.historyOf(windowId);
        if (!own) return { ok: true, value: { unseen: 0 } };
        const outcome = own.markMissedSeen(options.clock.now());
        return outcome;
      },
      'contacts.list': (windowId) => ({ ok: true, value: this.contactsOf(windowId)?.list() ?? [] }),
      'contacts.add': (windowId, contact) => this.contactsOf(windowId)?.add(contact) ?? contactsNeedSignIn,
      'contacts.update': (windowId, contact) => this.contactsOf(windowId)?.update(contact) ?? contactsNeedSignIn,
      'contacts.remove': (windowId, request) => this.contactsOf(windowId)?.remove(request.id) ?? contactsNeedSignIn,
      'app.getNotices': () => ({ ok: true, value: notices.pending() }),
      'app.getUpdate': () => ({
        ok: true,
        value: options.updates?.state ?? { name: 'unsupported', reason: options.host === 'electron' ? 'This build does not update itself (it is not packaged).' : 'The browser shell does not update itself.' },
      }),
      'app.installUpdate': () => {
        const outcome = options.updates?.install(this.isInCall()) ?? { ok: false, message: 'This build does not update itself.' };
        return outcome.ok ? done : { ok: false, error: { code: 'failed', message: outcome.message } };
      },
      'app.dismissNotice': (_windowId, request) => {
        notices.dismiss(request.id);
        return done;
      },
      'diagnostics.export': (windowId, request) => ({
        ok: true,
        value: buildDiagnosticsBundle({
          now: options.clock.now(),
          app: { version: options.appVersion, host: options.host, engine: this.engineOf(windowId), windowId, online: this.online },
          sources: options.diagnostics ?? {},
          settings: settings.get(),
          sessions: this.attemptTimelines(windowId),
          request,
        }),
      }),
      'calls.activity': (windowId, activity) => {
        this.setCallActivity(windowId, activity);
        return done;
      },
      'calls.diagnostic': (windowId, change) => {
        this.recordCallDiagnostic(windowId, change);
        return done;
      },
      'screenShare.choose': (windowId, choice) =>
        options.screenShare?.choose(windowId, choice) ?? { ok: false, error: { code: 'failed', message: 'This host shares screens without asking main.' } },
    };
  }

  attachWindow(windowId: string): void {
    this.supervisor(windowId);
  }

  detachWindow(windowId: string, reason: DetachReason): void {
    const supervisor = this.windows.get(windowId);
    if (!supervisor) return;
    this.options.logger.info('window detached', { window: windowId, reason, phase: supervisor.phase.name });
    supervisor.windowGone();
    this.windows.delete(windowId);
    this.callDiagnostics.delete(windowId);
    this.windowIdentities.delete(windowId);
    this.windowEngines.delete(windowId);
    this.reportMissed();
    if (this.publishedPhases.delete(windowId)) this.notifyPhase(windowId, undefined);
    // A closed, reloaded or crashed page has no calls any more: withdraw its notifications.
    this.setCallActivity(windowId, idle);
    this.options.screenShare?.windowGone(windowId);
  }

  /** True while any window has a call up: closing or quitting then asks first. */
  isInCall(): boolean {
    return [...this.callActivity.values()].some((activity) => activity.inCall);
  }

  /** True while this window has a call up (screen sharing is offered only then). */
  isWindowInCall(windowId: string): boolean {
    return this.callActivity.get(windowId)?.inCall ?? false;
  }

  /** Called whenever a window's call activity changes (calls start, end, ring in or stop ringing). */
  onCallActivity(listener: CallActivityListener): () => void {
    this.callActivityListeners.add(listener);
    return () => this.callActivityListeners.delete(listener);
  }

  /** Missed calls not yet seen, summed over the identities signed in now (the tray and the window badge). */
  unseenMissedCalls(): number {
    const identities = new Set([...this.windows.values()].flatMap((supervisor) => (supervisor.identity === undefined ? [] : [supervisor.identity])));
    let unseen = 0;
    for (const identity of identities) unseen += this.persistence.history.for(identity).unseenMissed();
    return unseen;
  }

  /** Called when the unseen count changes, and for each missed call as it is recorded. */
  onMissedCalls(listener: MissedCallsListener): () => void {
    this.missedListeners.add(listener);
    return () => this.missedListeners.delete(listener);
  }

  /** Sends a command to one window (the app menu acts on the focused one). */
  commandWindow(windowId: string, command: AppCommand): void {
    if (this.windows.has(windowId)) this.options.transport.send(windowId, 'app.command', command);
  }

  /** Signs one window out, as its own Sign out button does (the tray's Sign out); nothing for a window not attached. */
  async signOut(windowId: string): Promise<void> {
    await this.windows.get(windowId)?.signOut();
  }

  /** The window's own "Retry now" (after the system woke), so the retry policy stays in charge. */
  retryNow(windowId: string): void {
    this.windows.get(windowId)?.retryNow();
  }

  /** Every attached window's sign-in phase, as last sent to it. */
  phases(): { windowId: string; phase: PhaseName }[] {
    return [...this.publishedPhases].map(([windowId, phase]) => ({ windowId, phase }));
  }

  /** Called whenever a window's phase changes, and with undefined when the window goes. */
  onPhaseChange(listener: PhaseListener): () => void {
    this.phaseListeners.add(listener);
    return () => this.phaseListeners.delete(listener);
  }

  /** Asks every window with a call up to hang up all its calls (before the app closes). */
  requestHangUpAll(): void {
    for (const [windowId, activity] of this.callActivity) {
      if (activity.inCall) this.options.transport.send(windowId, 'app.command', { type: 'hangUpAll' });
    }
  }

  async handle(windowId: string, channel: unknown, payload: unknown): Promise<IpcResult<unknown>> {
    if (!isInvokeChannel(channel)) {
      return { ok: false, error: { code: 'unknown-channel', message: `Unknown channel: ${String(channel).slice(0, 100)}` } };
    }
    // A late message from a window that already closed must not bring its state back.
    if (!this.windows.has(windowId)) {
      return { ok: false, error: { code: 'forbidden-sender', message: 'That window is not attached to the app.' } };
    }
    const parsed = parseRequest(channel, payload);
    if (!parsed.ok) {
      this.options.logger.warn('rejected malformed request', { window: windowId, channel, problem: parsed.error.message.slice(0, 300) });
      return parsed;
    }
    try {
      return await this.dispatch(channel, windowId, parsed.value);
    } catch (error) {
      this.options.logger.error('request failed', { window: windowId, channel, error: errorMessage(error) });
      return { ok: false, error: { code: 'failed', message: 'The request failed inside the app; see the log.' } };
    }
  }

  async dispose(): Promise<void> {
    for (const unsubscribe of this.unsubscribe.splice(0)) unsubscribe();
    await Promise.all([...this.windows.values()].map((supervisor) => supervisor.signOut()));
    for (const windowId of [...this.windows.keys()]) this.detachWindow(windowId, 'closed');
  }

  get isOnline(): boolean {
    return this.online;
  }

  /** For tests and diagnostics: how many identities hold a lease right now. */
  get leaseCount(): number {
    return this.leases.size;
  }

  /** Every attached window's sign-in and attempts, `firstWindowId`'s first: for diagnostics. */
  attemptTimelines(firstWindowId?: string): DiagnosticsSession[] {
    const ids = [...this.windows.keys()].sort((a, b) => Number(b === firstWindowId) - Number(a === firstWindowId));
    return ids.flatMap((windowId) => {
      const supervisor = this.windows.get(windowId);
      if (!supervisor) return [];
      const view = this.sessionView(windowId, supervisor);
      return [
        {
          windowId,
          phase: view.phase.name,
          ...(view.identity ? { identity: view.identity } : {}),
          attempts: view.attempts,
          ...(view.callDiagnostics ? { callDiagnostics: view.callDiagnostics } : {}),
          ...this.callRecords(windowId, view.callDiagnostics ?? []),
        },
      ];
    });
  }

  private dispatch<C extends InvokeChannel>(channel: C, windowId: string, request: ParsedRequestOf<C>) {
    const handler = this.handlers[channel] as Handler<C>;
    return handler(windowId, request);
  }

  /** The signed-in identity's recent calls for the bundle; nothing before sign-in. */
  private callRecords(windowId: string, changes: readonly CallDiagnosticChange[]): { calls?: CallRecord[] } {
    const history = this.historyOf(windowId);
    return history ? { calls: callRecordsOf(history.list(), changes) } : {};
  }

  /** The engine for a page that is starting, chosen again when the host lets saved settings decide. */
  private chooseEngineFor(windowId: string): { engine: EngineKind; engineReason: string; engineReasonKey?: EngineChoiceReason } {
    const { options } = this;
    const chosen = options.chooseEngine?.(this.persistence.settings.get());
    this.windowEngines.set(windowId, chosen?.engine ?? options.engine);
    if (chosen) return chosen;
    return { engine: options.engine, engineReason: options.engineReason, ...(options.engineReasonKey ? { engineReasonKey: options.engineReasonKey } : {}) };
  }

  private engineOf(windowId: string): EngineKind {
    return this.windowEngines.get(windowId) ?? this.options.engine;
  }

  private supervisor(windowId: string): CallAgentSupervisor {
    let supervisor = this.windows.get(windowId);
    if (!supervisor) {
      supervisor = new CallAgentSupervisor({
        windowId,
        clock: this.options.clock,
        leases: this.leases,
        logger: this.options.logger,
        random: this.options.random ?? Math.random,
        deadlines: this.deadlines,
        isOnline: () => this.online,
        sendCommand: (command) => this.options.transport.send(windowId, 'engine.command', command),
        publish: () => this.publish(windowId),
        tokens: { forSignIn: (source) => this.internals.tokens.forSignIn(source, this.engineOf(windowId)) },
      });
      this.windows.set(windowId, supervisor);
    }
    return supervisor;
  }

  private publish(windowId: string): void {
    const supervisor = this.windows.get(windowId);
    if (!supervisor) return;
    const view = this.sessionView(windowId, supervisor);
    this.options.transport.send(windowId, 'session.state', view);
    this.followIdentity(windowId, supervisor);
    if (this.publishedPhases.get(windowId) !== view.phase.name) {
      this.publishedPhases.set(windowId, view.phase.name);
      this.notifyPhase(windowId, view.phase.name);
    }
  }

  private notifyPhase(windowId: string, phase: PhaseName | undefined): void {
    for (const listener of [...this.phaseListeners]) listener(windowId, phase);
  }

  /** The supervisor's view plus the window's call diagnostics timeline, which main keeps beside it. */
  private sessionView(windowId: string, supervisor: CallAgentSupervisor): SessionView {
    const view = supervisor.view();
    const changes = this.callDiagnostics.get(windowId);
    return changes?.length ? { ...view, callDiagnostics: [...changes] } : view;
  }

  /** A window that signs in as someone else sees that identity's history and contacts, and only theirs. */
  private followIdentity(windowId: string, supervisor: CallAgentSupervisor): void {
    const identity = supervisor.identity;
    if (identity !== undefined && identity !== this.windowIdentities.get(windowId)) {
      this.windowIdentities.set(windowId, identity);
      const own = this.persistence.history.for(identity);
      this.options.transport.send(windowId, 'history.changed', own.list());
      this.options.transport.send(windowId, 'history.missed', { unseen: own.unseenMissed() });
      this.options.transport.send(windowId, 'contacts.changed', this.persistence.contacts.for(identity).list());
    }
    this.reportMissed();
  }

  private historyOf(windowId: string): CallHistoryService | undefined {
    const identity = this.windowIdentities.get(windowId);
    return identity === undefined ? undefined : this.persistence.history.for(identity);
  }

  private contactsOf(windowId: string): ContactsService | undefined {
    const identity = this.windowIdentities.get(windowId);
    return identity === undefined ? undefined : this.persistence.contacts.for(identity);
  }

  /** Tells the listeners when the total changed, or a missed call was just recorded. */
  private reportMissed(added?: { entry: CallHistoryEntry; windowId: string | undefined }): void {
    const unseen = this.unseenMissedCalls();
    if (unseen === this.lastUnseenMissed && !added) return;
    this.lastUnseenMissed = unseen;
    const event = added ? { unseen, added: added.entry, ...(added.windowId === undefined ? {} : { windowId: added.windowId }) } : { unseen };
    for (const listener of [...this.missedListeners]) listener(event);
  }

  private recordCallDiagnostic(windowId: string, change: CallDiagnosticChange): void {
    this.options.logger.info(change.raised ? 'call diagnostic raised' : 'call diagnostic cleared', {
      window: windowId,
      call: change.callId,
      kind: change.kind,
      diagnostic: change.diagnostic,
      value: change.value,
    });
    const changes = this.callDiagnostics.get(windowId) ?? [];
    changes.push(change);
    if (changes.length > MAX_CALL_DIAGNOSTICS) changes.splice(0, changes.length - MAX_CALL_DIAGNOSTICS);
    this.callDiagnostics.set(windowId, changes);
    this.publish(windowId);
  }

  private setCallActivity(windowId: string, activity: CallActivity): void {
    const before = this.callActivity.get(windowId) ?? idle;
    if (activity.inCall || activity.ringing.length) this.callActivity.set(windowId, activity);
    else this.callActivity.delete(windowId);
    if (!activity.inCall && !activity.ringing.length && !before.inCall && !before.ringing.length) return;
    for (const listener of [...this.callActivityListeners]) listener(windowId, activity);
    this.options.updates?.callsChanged(this.isInCall());
  }

  private broadcast(send: (windowId: string) => void): void {
    for (const windowId of this.windows.keys()) send(windowId);
  }

  /** ACS_TOKEN_ENDPOINT (whoever launched the app chose it just now) wins over the saved one. */
  private defaultTokenEndpoint(): { defaultTokenEndpoint?: string } {
    const endpoint = this.options.defaultTokenEndpoint ?? this.persistence.settings.get().tokenEndpointUrl;
    return endpoint ? { defaultTokenEndpoint: endpoint } : {};
  }

  private setOnline(online: boolean): void {
    if (online === this.online) return;
    this.online = online;
    this.options.logger.info('network changed', { online });
    for (const supervisor of this.windows.values()) supervisor.onNetworkChange(online);
  }

  /** The holder disposes first, then the asking window creates: never two agents at once. */
  private async takeOver(windowId: string): Promise<IpcResult<Record<string, never>>> {
    const asking = this.supervisor(windowId);
    const identity = asking.identity;
    if (asking.phase.name !== 'activeElsewhere' || identity === undefined) {
      return { ok: false, error: { code: 'failed', message: 'This window is not waiting to take over a sign-in.' } };
    }
    const holder = this.leases.holderOf(identity);
    if (holder) {
      const holderSupervisor = this.windows.get(holder.windowId);
      if (holderSupervisor) await holderSupervisor.signOut('takenOver');
      this.leases.release(holder);
    }
    asking.resumeAfterTakeover();
    return done;
  }
}


/** The core with its real token sources, worded from Settings: what every host uses. */
export function createSoftphoneCore(options: CoreOptions, internals: Partial<CoreInternals> = {}): Core {
  const tokens = new SettingsTokenProviders({
    clock: options.clock,
    logger: options.logger,
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    settings: options.settings,
    defaultTokenEndpoint: options.defaultTokenEndpoint,
    teamsSignIn: options.teamsSignIn,
  });
  return new Core(options, { tokens, checkTokenService: (request) => tokens.checkTokenService(request), ...internals });
}
