import { classifyAppFailure, classifySdkError, type ClassifiedError } from '../../../shared/errors/classify';
import { decideRetry } from '../../../shared/errors/retry-policy';
import type { EngineCommand, EngineReport, IpcResult, SignInIntent } from '../../../shared/ipc/contract';
import type { AgentKind, AttemptRecord } from '../../../shared/session/attempt';
import type { Phase, SessionView, SignedOutNotice } from '../../../shared/session/state';
import { identityLabel, rawUserId, readTokenClaims, type TokenClaims } from '../../../shared/tokens/claims';
import { missingCase } from '../../../shared/util/missing-case';
import type { Clock, Logger, TimerHandle } from '../ports';
import { SignInRefused } from '../tokens/sign-in-refused';
import type { TokenProvider, WindowTokenProviders } from '../tokens/token-provider';
import { isTokenError, type AccessToken } from '../tokens/token-source';
import type { Lease, LeaseRegistry } from './lease-registry';
import { runPreflight } from './preflight';
import { errorMessage } from '../../../shared/util/error-message';

export interface AgentDeadlines {
  /** createCallAgent must settle within this (the SDK can stall). */
  createMs: number;
  /** The created agent must reach Connected within this. */
  connectMs: number;
  /** How long a window gets to confirm it disposed its agent. */
  disposeMs: number;
  /** Extra time main waits beyond the engine's own deadlines before it calls the window lost. */
  watchdogSlackMs: number;
}

export const defaultDeadlines: AgentDeadlines = {
  // The real SDK resolves createCallAgent after ~15 s when the service is unreachable.
  createMs: 30_000,
  connectMs: 20_000,
  disposeMs: 5_000,
  watchdogSlackMs: 5_000,
};

export interface SupervisorDeps {
  windowId: string;
  clock: Clock;
  leases: LeaseRegistry;
  logger: Logger;
  random: () => number;
  deadlines: AgentDeadlines;
  isOnline(): boolean;
  /** Sends a command to this supervisor's window. */
  sendCommand(command: EngineCommand): void;
  /** Called after every change that windows should see. */
  publish(): void;
  tokens: WindowTokenProviders;
}

const MAX_HISTORY = 100;

/** Phases in which a new sign-in intent replaces what is there; in all others it is a duplicate. */
const phasesOpenToSignIn = new Set<Phase['name']>(['signedOut', 'needsFix', 'retryPaused', 'activeElsewhere']);
const retryablePhases = new Set<Phase['name']>(['waitingToRetry', 'waitingForNetwork', 'retryPaused']);

interface Plan {
  agentKind: AgentKind;
  displayName: string | undefined;
  claims: TokenClaims;
}

/**
 * One window's sign-in: the state machine from "signed out" to "ready" and every failure in
 * between. Each async continuation carries the `run` it started in; sign-out, cancel and
 * window loss bump `run`, so a late answer can never act on a newer sign-in.
 */
export class CallAgentSupervisor {
  private phaseValue: Phase = { name: 'signedOut' };
  private history: AttemptRecord[] = [];
  private run = 0;
  private attempt = 0;
  private attemptStartedAt = 0;
  private intent: SignInIntent | undefined;
  private tokens: TokenProvider | undefined;
  private plan: Plan | undefined;
  private lease: Lease | undefined;
  private pendingToken: AccessToken | undefined;
  private timer: TimerHandle | undefined;
  private disposeWaiter: { leaseId: string; resolve: () => void } | undefined;

  constructor(private readonly deps: SupervisorDeps) {}

  get phase(): Phase {
    return this.phaseValue;
  }

  /** The identity this window signed in (or wants to), once the token was read. */
  get identity(): string | undefined {
    return this.plan?.claims.identity;
  }

  view(): SessionView {
    const view: SessionView = { phase: this.phaseValue, online: this.deps.isOnline(), attempts: [...this.history] };
    if (this.plan && this.tokens) {
      const identity = this.plan.claims.identity;
      view.identity = { label: identityLabel(identity), userId: rawUserId(identity), agentKind: this.plan.agentKind, tokenSource: this.tokens.kind };
    }
    return view;
  }

  signIn(intent: SignInIntent): IpcResult<Record<string, never>> {
    // A double click or a component mounted twice: the sign-in under way already covers it.
    if (!phasesOpenToSignIn.has(this.phaseValue.name)) return { ok: true, value: {} };
    let tokens: TokenProvider;
    try {
      tokens = this.deps.tokens.forSignIn(intent.source);
    } catch (error) {
      if (error instanceof SignInRefused) return { ok: false, error: { code: 'failed', message: error.message, reason: error.reason } };
      return { ok: false, error: { code: 'failed', message: errorMessage(error) } };
    }
    this.teardownQuietly();
    const run = ++this.run;
    this.intent = intent;
    this.tokens = tokens;
    this.history = [];
    this.attempt = 0;
    void this.beginAttempt(run, false);
    return { ok: true, value: {} };
  }

  async signOut(notice?: SignedOutNotice): Promise<void> {
    await this.stop(notice, 'signOut');
  }

  retryNow(): IpcResult<Record<string, never>> {
    const phase = this.phaseValue;
    if (!retryablePhases.has(phase.name)) {
      return { ok: false, error: { code: 'failed', message: `Nothing to retry while ${phase.name}.` } };
    }
    this.clearTimer();
    void this.retry(this.run, phase.name === 'waitingToRetry' && phase.refreshToken);
    return { ok: true, value: {} };
  }

  async cancelRetry(): Promise<IpcResult<Record<string, never>>> {
    if (!retryablePhases.has(this.phaseValue.name)) {
      return { ok: false, error: { code: 'failed', message: `Nothing to cancel while ${this.phaseValue.name}.` } };
    }
    await this.stop('cancelled', 'signOut');
    return { ok: true, value: {} };
  }

  /** Called by the core once the identity's previous holder let go. */
  resumeAfterTakeover(): void {
    if (this.phaseValue.name !== 'activeElsewhere') return;
    void this.beginAttempt(this.run, false);
  }

  onNetworkChange(online: boolean): void {
    const phase = this.phaseValue;
    if (online && phase.name === 'waitingForNetwork') {
      void this.retry(this.run, false);
    } else if (!online && phase.name === 'waitingToRetry' && phase.error.recovery === 'waitForNetworkThenRetry') {
      // No point counting down while offline: retry the moment the network returns.
      this.clearTimer();
      this.setPhase({ name: 'waitingForNetwork', error: phase.error });
    } else {
      this.deps.publish();
    }
  }

  onReport(report: EngineReport): void {
    const lease = this.lease;
    if (!lease || report.leaseId !== lease.id) return;
    const { event } = report;
    if (event.type === 'disposed') {
      if (this.disposeWaiter?.leaseId === report.leaseId) this.disposeWaiter.resolve();
      return;
    }
    if (report.attempt !== this.attempt) return;
    const run = this.run;
    switch (event.type) {
      case 'created':
        if (this.phaseValue.name !== 'creatingAgent') return;
        this.setPhase({ name: 'connecting', attempt: this.attempt });
        this.armWatchdog(run, this.deps.deadlines.connectMs);
        return;
      case 'connected':
        // The engine also reports `connected` when a lost connection comes back by itself.
        if (!this.isAttempting() && !this.isRecovering()) return;
        this.clearTimer();
        this.record({ outcome: 'ready', decision: 'ready' });
        this.setPhase({ name: 'ready' });
        return;
      case 'failed':
        if (!this.isAttempting()) return;
        this.handleFailure(run, classifySdkError(event.error));
        return;
      case 'timedOut':
        if (!this.isAttempting()) return;
        this.handleFailure(run, this.timeoutFailure(event.stage));
        return;
      case 'connectionLost':
        if (this.phaseValue.name !== 'ready') return;
        this.attemptStartedAt = this.deps.clock.now();
        this.handleFailure(run, classifyAppFailure('connection-lost', 'The window reported the call agent disconnected for longer than it waits to reconnect.'));
        return;
      default:
        missingCase(event);
    }
  }

  /** The engine's token refresher asks main; only the lease holder gets an answer. */
  async tokenFor(leaseId: string, forceRefresh: boolean): Promise<IpcResult<AccessToken>> {
    if (!this.lease || this.lease.id !== leaseId || !this.tokens) {
      return { ok: false, error: { code: 'failed', message: 'This window does not hold the sign-in for that agent.' } };
    }
    try {
      return { ok: true, value: await this.tokens.getToken({ forceRefresh }) };
    } catch (error) {
      return { ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : 'Token unavailable.' } };
    }
  }

  /** The window is gone (closed, reloaded, crashed): let go of everything without asking it. */
  windowGone(): void {
    this.teardownQuietly();
    this.phaseValue = { name: 'signedOut' };
  }

  /** Waiting to replace an agent whose connection dropped: it may still come back on its own. */
  private isRecovering(): boolean {
    const phase = this.phaseValue;
    return 'error' in phase && phase.name !== 'needsFix' && phase.error.id === 'app:connection-lost';
  }

  private isAttempting(): boolean {
    return this.phaseValue.name === 'creatingAgent' || this.phaseValue.name === 'connecting';
  }

  private async beginAttempt(run: number, forceRefresh: boolean): Promise<void> {
    const tokens = this.tokens;
    const intent = this.intent;
    if (!tokens || !intent) return;
    this.attempt += 1;
    this.attemptStartedAt = this.deps.clock.now();
    // A Teams sign-in's first token waits for the person in the browser; say so, not "getting a token".
    const inBrowser = tokens.kind === 'teams' && this.attempt === 1 && !this.pendingToken;
    this.setPhase(inBrowser ? { name: 'gettingToken', attempt: this.attempt, inBrowser } : { name: 'gettingToken', attempt: this.attempt });

    let token: AccessToken;
    if (this.pendingToken && !forceRefresh) {
      token = this.pendingToken;
      this.pendingToken = undefined;
    } else {
      try {
        token = await tokens.getToken({ forceRefresh });
      } catch (error) {
        if (run !== this.run) return;
        // TokenError knows its catalog entry; anything else from a source is an endpoint problem.
        const failureId = isTokenError(error) ? error.failureId : 'token-endpoint';
        // A throttling token service's Retry-After is the shortest wait worth trying again after.
        const minDelayMs = isTokenError(error) ? error.retryAfterMs : undefined;
        this.handleFailure(run, classifyAppFailure(failureId, errorMessage(error)), minDelayMs);
        return;
      }
    }
    if (run !== this.run) return;

    if (!this.lease) {
      const claims = readTokenClaims(token.token);
      if (!claims.ok) {
        this.handleFailure(run, classifyAppFailure('token-invalid', claims.reason));
        return;
      }
      const preflight = runPreflight(intent, claims.claims);
      this.plan = {
        agentKind: preflight.ok ? preflight.agentKind : claims.claims.kind,
        displayName: preflight.ok ? preflight.displayName : undefined,
        claims: claims.claims,
      };
      if (!preflight.ok) {
        this.handleFailure(run, preflight.error);
        return;
      }
      const acquired = this.deps.leases.acquire(claims.claims.identity, this.deps.windowId);
      if (!acquired.ok) {
        // Keep the token: a takeover continues from here without fetching again.
        this.pendingToken = token;
        this.attempt -= 1;
        this.setPhase({ name: 'activeElsewhere' });
        return;
      }
      this.lease = acquired.lease;
      tokens.start();
    }
    const plan = this.plan;
    if (!plan) return;

    const command: EngineCommand = {
      type: 'createAgent',
      leaseId: this.lease.id,
      attempt: this.attempt,
      agentKind: plan.agentKind,
      token: token.token,
      deadlines: { createMs: this.deps.deadlines.createMs, connectMs: this.deps.deadlines.connectMs },
    };
    if (plan.displayName !== undefined) command.displayName = plan.displayName;
    // The phase is set before the command goes (an engine may answer within sendCommand) but
    // published after: the window's engine can start on the agent while the page renders
    // "Creating the call agent", instead of after. One hop less between the click and ready.
    const creating: Phase = { name: 'creatingAgent', attempt: this.attempt };
    this.phaseValue = creating;
    this.deps.sendCommand(command);
    if (this.phaseValue === creating) this.setPhase(creating);
    this.armWatchdog(run, this.deps.deadlines.createMs + this.deps.deadlines.connectMs);
  }

  private handleFailure(run: number, error: ClassifiedError, minDelayMs?: number): void {
    this.clearTimer();
    const decision = decideRetry(error, [...this.history, this.failureRecord(error, 'needsFix')], {
      online: this.deps.isOnline(),
      random: this.deps.random,
      minDelayMs,
    });
    const delayMs = 'delayMs' in decision ? decision.delayMs : undefined;
    this.record({ outcome: 'failed', error, decision: decision.kind, delayMs });
    this.deps.logger.warn('createCallAgent attempt failed', {
      window: this.deps.windowId,
      attempt: this.attempt,
      error: error.id,
      category: error.category,
      decision: decision.kind,
      delayMs,
    });

    switch (decision.kind) {
      case 'retryAfter':
      case 'refreshTokenThenRetry': {
        const refreshToken = decision.kind === 'refreshTokenThenRetry';
        this.setPhase({ name: 'waitingToRetry', attempt: this.attempt, retryAt: this.deps.clock.now() + decision.delayMs, refreshToken, error });
        this.timer = this.deps.clock.setTimeout(() => {
          this.timer = undefined;
          if (run === this.run) void this.retry(run, refreshToken);
        }, decision.delayMs);
        return;
      }
      case 'disposeThenRetry':
        void this.retry(run, false);
        return;
      case 'waitForNetwork':
        this.setPhase({ name: 'waitingForNetwork', error });
        return;
      case 'retryManually':
        this.setPhase({ name: 'retryPaused', error });
        return;
      case 'needsFix':
        void this.releaseForFix(run, error);
        return;
      default:
        missingCase(decision);
    }
  }

  /** Every retry starts clean: whatever the failed attempt left in the window is disposed first. */
  private async retry(run: number, forceRefresh: boolean): Promise<void> {
    if (this.lease) await this.disposeAgent(this.lease, 'beforeRetry');
    if (run !== this.run) return;
    await this.beginAttempt(run, forceRefresh);
  }

  private async releaseForFix(run: number, error: ClassifiedError): Promise<void> {
    this.setPhase({ name: 'needsFix', error });
    this.tokens?.stop();
    const lease = this.lease;
    if (!lease) return;
    await this.disposeAgent(lease, 'beforeRetry');
    if (run !== this.run) return;
    this.deps.leases.release(lease);
    this.lease = undefined;
  }

  private async stop(notice: SignedOutNotice | undefined, reason: 'signOut' | 'takeOver'): Promise<void> {
    const lease = this.lease;
    this.run += 1;
    this.clearTimer();
    this.tokens?.stop();
    if (lease) {
      this.setPhase({ name: 'disposing' });
      await this.disposeAgent(lease, reason);
      this.deps.leases.release(lease);
      if (this.lease?.id === lease.id) this.lease = undefined;
    }
    this.plan = undefined;
    this.pendingToken = undefined;
    this.setPhase(notice ? { name: 'signedOut', notice } : { name: 'signedOut' });
  }

  /** Asks the window to dispose its agent and waits for it, but never longer than disposeMs. */
  private disposeAgent(lease: Lease, reason: 'signOut' | 'takeOver' | 'beforeRetry'): Promise<void> {
    return new Promise((resolve) => {
      this.disposeWaiter?.resolve();
      const timeout = this.deps.clock.setTimeout(() => done(), this.deps.deadlines.disposeMs);
      const done = () => {
        this.deps.clock.clearTimeout(timeout);
        if (this.disposeWaiter?.resolve === done) this.disposeWaiter = undefined;
        resolve();
      };
      this.disposeWaiter = { leaseId: lease.id, resolve: done };
      this.deps.sendCommand({ type: 'disposeAgent', leaseId: lease.id, reason });
    });
  }

  /** An engine deadline that passed, with the deadline in the technical message (the words come from the window's messages). */
  private timeoutFailure(stage: 'create' | 'connect'): ClassifiedError {
    const { createMs, connectMs } = this.deps.deadlines;
    return stage === 'create'
      ? classifyAppFailure('create-timeout', `createCallAgent did not settle within ${createMs} ms.`)
      : classifyAppFailure('connect-timeout', `The call agent did not report Connected within ${connectMs} ms.`);
  }

  /** Main's own deadline on top of the engine's: a window that never reports is treated as lost. */
  private armWatchdog(run: number, engineDeadlineMs: number): void {
    this.clearTimer();
    this.timer = this.deps.clock.setTimeout(() => {
      this.timer = undefined;
      if (run === this.run && this.isAttempting()) this.handleFailure(run, classifyAppFailure('engine-lost', 'The window did not report on the call agent in time.'));
    }, engineDeadlineMs + this.deps.deadlines.watchdogSlackMs);
  }

  private teardownQuietly(): void {
    this.run += 1;
    this.clearTimer();
    this.tokens?.stop();
    this.disposeWaiter?.resolve();
    if (this.lease) this.deps.leases.release(this.lease);
    this.lease = undefined;
    this.plan = undefined;
    this.pendingToken = undefined;
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.deps.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private failureRecord(error: ClassifiedError, decision: AttemptRecord['decision']): AttemptRecord {
    return this.buildRecord({ outcome: 'failed', error, decision });
  }

  private record(entry: { outcome: AttemptRecord['outcome']; error?: ClassifiedError; decision: AttemptRecord['decision']; delayMs?: number | undefined }): void {
    this.history.push(this.buildRecord(entry));
    if (this.history.length > MAX_HISTORY) this.history.splice(0, this.history.length - MAX_HISTORY);
  }

  private buildRecord(entry: { outcome: AttemptRecord['outcome']; error?: ClassifiedError; decision: AttemptRecord['decision']; delayMs?: number | undefined }): AttemptRecord {
    const record: AttemptRecord = {
      attempt: Math.max(1, this.attempt),
      startedAt: this.attemptStartedAt,
      endedAt: this.deps.clock.now(),
      tokenSource: this.tokens?.kind ?? 'pasted',
      agentKind: this.plan?.agentKind ?? (this.intent?.agentKind === 'teams' ? 'teams' : 'acs'),
      outcome: entry.outcome,
      decision: entry.decision,
    };
    if (entry.error) {
      record.error = { id: entry.error.id, category: entry.error.category };
      if (entry.error.code !== undefined) record.error.code = entry.error.code;
      if (entry.error.subCode !== undefined) record.error.subCode = entry.error.subCode;
    }
    if (entry.delayMs !== undefined) record.delayMs = entry.delayMs;
    return record;
  }

  private setPhase(phase: Phase): void {
    this.phaseValue = phase;
    this.deps.logger.info('sign-in phase', { window: this.deps.windowId, phase: phase.name });
    this.deps.publish();
  }
}
