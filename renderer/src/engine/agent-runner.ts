import { toRawSdkError } from '../../../shared/errors/classify';
import type { EngineCommand, EngineEvent } from '../../../shared/ipc/contract';
import { missingCase } from '../../../shared/util/missing-case';
import type { AgentOfKind, CallClientLike, ConnectionStateChangedListener, TokenCredentialLike, CallingBackend } from './calling-backend';
import { silentEngineLogger, type EngineClock, type EngineLogger, type TimerHandle } from './clock';
import type { EngineIpc } from './engine-ipc';
import { createTokenRefresher } from './token-refresher';

type CreateAgentCommand = Extract<EngineCommand, { type: 'createAgent' }>;
type DisposeAgentCommand = Extract<EngineCommand, { type: 'disposeAgent' }>;

export interface AgentRunnerOptions {
  api: EngineIpc;
  backend: CallingBackend;
  clock: EngineClock;
  /** How long a ready agent may stay Disconnected before main hears connectionLost. */
  connectionGraceMs: number;
  logger?: EngineLogger;
}

/** The agent calls go through (with its kind), and the CallClient that owns it (for the device manager). */
export type ActiveAgent = AgentOfKind & { callClient: CallClientLike };

export type ActiveAgentListener = (active: ActiveAgent | undefined) => void;

/**
 * creating: createCallAgent is pending under the create deadline.
 * connecting: created, waiting for Connected under the connect deadline.
 * ready: connected; watched for lasting disconnects.
 * ended: a failure or timeout was reported; main decides what follows.
 */
type Stage = 'creating' | 'connecting' | 'ready' | 'ended';

interface Holdings {
  client: CallClientLike | undefined;
  credential: TokenCredentialLike | undefined;
}

class Attempt {
  stage: Stage = 'creating';
  /** True until createCallAgent (or what precedes it) has settled. */
  creating = true;
  created: AgentOfKind | undefined;
  holdings: Holdings = { client: undefined, credential: undefined };
  /** Clients of superseded attempts that the SDK handed this same agent; released with it. */
  sharedHoldings: Holdings[] = [];
  timer: TimerHandle | undefined;
  graceTimer: TimerHandle | undefined;
  connectionLost = false;
  stopWatching: (() => void) | undefined;
  readonly settled: Promise<void>;
  markSettled!: () => void;

  constructor(readonly command: CreateAgentCommand) {
    this.settled = new Promise((resolve) => {
      this.markSettled = resolve;
    });
  }

  get leaseId(): string {
    return this.command.leaseId;
  }

  get attempt(): number {
    return this.command.attempt;
  }
}

/**
 * Executes main's engine commands against a calling backend and reports every outcome. It
 * decides nothing: failures, timeouts and lost connections go to main, which owns the lease
 * and the retry policy. Every report names its lease and attempt, so main can drop stale ones.
 */
export class AgentRunner {
  private current: Attempt | undefined;
  private readonly lastAttemptByLease = new Map<string, number>();
  private readonly unsubscribe: () => void;
  private disposed = false;
  private readonly logger: EngineLogger;
  private readonly agentListeners = new Set<ActiveAgentListener>();
  private published: ActiveAgent | undefined;

  constructor(private readonly options: AgentRunnerOptions) {
    this.logger = options.logger ?? silentEngineLogger;
    this.unsubscribe = options.api.on('engine.command', (command) => this.handle(command));
  }

  /**
   * Tells the listener, now and on every change, which agent is current: a new one once
   * created, undefined once it is retired or disposed (its calls have ended by then).
   */
  onAgentChanged(listener: ActiveAgentListener): () => void {
    this.agentListeners.add(listener);
    listener(this.published);
    return () => this.agentListeners.delete(listener);
  }

  /** Stops listening and disposes the agent; main hears `disposed` so the lease is released. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.unsubscribe();
    const attempt = this.current;
    this.current = undefined;
    this.publishAgent();
    if (!attempt) return;
    await this.retire(attempt);
    this.report(attempt, { type: 'disposed' });
  }

  private handle(command: EngineCommand): void {
    if (this.disposed) return;
    const run = (): Promise<void> => {
      switch (command.type) {
        case 'createAgent':
          return this.start(command);
        case 'disposeAgent':
          return this.disposeLease(command);
        default:
          return missingCase(command);
      }
    };
    run().catch((error: unknown) => this.logger.warn('engine command failed', { command: command.type, error: toRawSdkError(error).message }));
  }

  private async start(command: CreateAgentCommand): Promise<void> {
    const attempt = new Attempt(command);
    const previous = this.current;
    this.current = attempt;
    this.publishAgent();
    this.lastAttemptByLease.set(command.leaseId, command.attempt);
    // The deadline covers everything before the agent exists: releasing the old one, loading the SDK, creating.
    attempt.timer = this.options.clock.setTimeout(() => {
      if (!this.isCurrent(attempt, 'creating')) return;
      attempt.stage = 'ended';
      this.report(attempt, { type: 'timedOut', stage: 'create' });
    }, command.deadlines.createMs);

    let agent: AgentOfKind | undefined;
    try {
      // Disposed first: a new CallClient would otherwise be handed the old agent for the same identity.
      if (previous) await this.retire(previous);
      agent = await this.createAgent(attempt);
    } catch (error) {
      if (this.isCurrent(attempt, 'creating')) {
        this.clearTimer(attempt);
        attempt.stage = 'ended';
        this.report(attempt, { type: 'failed', error: toRawSdkError(error) });
      }
    } finally {
      attempt.creating = false;
      attempt.markSettled();
    }

    if (agent && this.isCurrent(attempt, 'creating')) {
      this.onCreated(attempt, agent);
    } else if (agent) {
      await this.discardLate(attempt, agent);
    } else {
      await this.release(attempt);
    }
  }

  /** Resolves undefined when the attempt was superseded or timed out before createCallAgent was called. */
  private async createAgent(attempt: Attempt): Promise<AgentOfKind | undefined> {
    const { backend, api } = this.options;
    const { command } = attempt;
    if (!this.isCurrent(attempt, 'creating')) return undefined;
    const client = await backend.createCallClient();
    attempt.holdings.client = client;
    if (!this.isCurrent(attempt, 'creating')) return undefined;
    const credential = await backend.createCredential({
      token: command.token,
      tokenRefresher: createTokenRefresher(api, command.leaseId, command.token),
    });
    attempt.holdings.credential = credential;
    if (!this.isCurrent(attempt, 'creating')) return undefined;
    const options = command.displayName === undefined ? undefined : { displayName: command.displayName };
    switch (command.agentKind) {
      case 'acs':
        return { kind: 'acs', agent: await client.createCallAgent(credential, options) };
      case 'teams':
        return { kind: 'teams', agent: await client.createTeamsCallAgent(credential, options) };
      default:
        return missingCase(command.agentKind);
    }
  }

  private onCreated(attempt: Attempt, created: AgentOfKind): void {
    const { agent } = created;
    this.clearTimer(attempt);
    attempt.created = created;
    attempt.stage = 'connecting';
    this.publishAgent();
    this.report(attempt, { type: 'created' });

    const listener: ConnectionStateChangedListener = ({ newValue }) => {
      if (newValue === 'Connected') this.onConnectedState(attempt);
      else this.onDisconnectedState(attempt);
    };
    agent.on('connectionStateChanged', listener);
    attempt.stopWatching = () => agent.off('connectionStateChanged', listener);

    if (agent.connectionState === 'Connected') {
      this.onConnectedState(attempt);
      return;
    }
    attempt.timer = this.options.clock.setTimeout(() => {
      if (!this.isCurrent(attempt, 'connecting')) return;
      attempt.stage = 'ended';
      this.stopWatching(attempt);
      this.report(attempt, { type: 'timedOut', stage: 'connect' });
    }, attempt.command.deadlines.connectMs);
  }

  private onConnectedState(attempt: Attempt): void {
    if (this.current !== attempt) return;
    if (attempt.stage === 'connecting') {
      this.clearTimer(attempt);
      attempt.stage = 'ready';
      this.report(attempt, { type: 'connected' });
      return;
    }
    if (attempt.stage !== 'ready') return;
    this.clearGraceTimer(attempt);
    if (attempt.connectionLost) {
      // Main may be waiting to retry; tell it the agent came back on its own.
      attempt.connectionLost = false;
      this.report(attempt, { type: 'connected' });
    }
  }

  private onDisconnectedState(attempt: Attempt): void {
    if (!this.isCurrent(attempt, 'ready') || attempt.graceTimer !== undefined || attempt.connectionLost) return;
    attempt.graceTimer = this.options.clock.setTimeout(() => {
      attempt.graceTimer = undefined;
      if (!this.isCurrent(attempt, 'ready') || attempt.created?.agent.connectionState !== 'Disconnected') return;
      attempt.connectionLost = true;
      this.report(attempt, { type: 'connectionLost' });
    }, this.options.connectionGraceMs);
  }

  private async disposeLease(command: DisposeAgentCommand): Promise<void> {
    const attempt = this.current;
    if (attempt && attempt.leaseId === command.leaseId) {
      this.current = undefined;
      this.publishAgent();
      await this.retire(attempt);
      this.report(attempt, { type: 'disposed' });
      return;
    }
    // Nothing of this lease is alive here (a reload, or a command that crossed a report): say so.
    this.report({ leaseId: command.leaseId, attempt: this.lastAttemptByLease.get(command.leaseId) ?? 1 }, { type: 'disposed' });
  }

  /** Stops an attempt; what it is still creating is disposed when it lands (see discardLate). */
  private async retire(attempt: Attempt): Promise<void> {
    this.clearTimer(attempt);
    this.clearGraceTimer(attempt);
    this.stopWatching(attempt);
    attempt.stage = 'ended';
    if (!attempt.creating) await this.release(attempt);
  }

  /**
   * An agent that arrived after its attempt timed out or was superseded. The SDK hands a new
   * CallClient the agent an older one is still creating for the same identity, so it is only
   * disposed when the current attempt did not end up with that very object.
   */
  private async discardLate(attempt: Attempt, created: AgentOfKind): Promise<void> {
    const successor = this.current;
    if (successor && successor !== attempt) await successor.settled;
    const owner = this.current;
    if (owner && owner !== attempt && owner.created?.agent === created.agent) {
      owner.sharedHoldings.push(attempt.holdings);
      attempt.holdings = { client: undefined, credential: undefined };
      return;
    }
    attempt.created = created;
    await this.release(attempt);
  }

  private async release(attempt: Attempt): Promise<void> {
    this.clearTimer(attempt);
    this.clearGraceTimer(attempt);
    this.stopWatching(attempt);
    const agent = attempt.created?.agent;
    const holdings = [attempt.holdings, ...attempt.sharedHoldings];
    attempt.created = undefined;
    attempt.holdings = { client: undefined, credential: undefined };
    attempt.sharedHoldings = [];
    this.publishAgent();
    if (agent) await this.quietly('agent.dispose', () => agent.dispose());
    for (const { client, credential } of holdings) {
      if (client) await this.quietly('callClient.dispose', () => client.dispose());
      if (credential) await this.quietly('credential.dispose', async () => credential.dispose());
    }
  }

  private publishAgent(): void {
    const attempt = this.current;
    const created = attempt?.created;
    const callClient = attempt?.holdings.client;
    const next: ActiveAgent | undefined = created && callClient ? { ...created, callClient } : undefined;
    if (next?.agent === this.published?.agent && next?.callClient === this.published?.callClient) return;
    this.published = next;
    for (const listener of [...this.agentListeners]) listener(next);
  }

  private async quietly(what: string, action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      this.logger.warn(`${what} failed`, { error: toRawSdkError(error) });
    }
  }

  private isCurrent(attempt: Attempt, stage: Stage): boolean {
    return this.current === attempt && attempt.stage === stage;
  }

  private stopWatching(attempt: Attempt): void {
    attempt.stopWatching?.();
    attempt.stopWatching = undefined;
  }

  private clearTimer(attempt: Attempt): void {
    if (attempt.timer === undefined) return;
    this.options.clock.clearTimeout(attempt.timer);
    attempt.timer = undefined;
  }

  private clearGraceTimer(attempt: Attempt): void {
    if (attempt.graceTimer === undefined) return;
    this.options.clock.clearTimeout(attempt.graceTimer);
    attempt.graceTimer = undefined;
  }

  private report(target: { leaseId: string; attempt: number }, event: EngineEvent): void {
    const { leaseId, attempt } = target;
    this.options.api.invoke('engine.report', { leaseId, attempt, event }).then(
      (result) => {
        if (!result.ok) this.logger.warn('engine.report was refused', { leaseId, attempt, event: event.type, error: result.error.message });
      },
      (error: unknown) => this.logger.warn('engine.report failed', { leaseId, attempt, event: event.type, error: toRawSdkError(error).message }),
    );
  }
}
