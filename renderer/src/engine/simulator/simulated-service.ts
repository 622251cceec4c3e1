import type { AgentKind } from '../../../../shared/session/attempt';
import type { ConnectionState } from '../calling-backend';
import type { EngineClock, TimerHandle } from '../clock';
import { formatFailurePlan, parseFailurePlan, type PlannedFailure } from './failure-plan';
import type { SimulatedCallAgent } from './simulated-call-agent';
import { SimulatedCallDesk, type SimulatorCallControls } from './simulated-call-desk';
import { SimulatedDeviceManager } from './simulated-device-manager';
import { sdkError } from './simulated-error';

function registryKey(kind: AgentKind, identity: string): string {
  return `${kind} ${identity}`;
}

export interface SimulatorDelays {
  /** How long createCallAgent takes while the service is reachable. */
  createMs: number;
  /** How long a created agent takes to reach Connected. */
  connectMs: number;
  /** How long createCallAgent takes with no reachable service (the real SDK: about 15 s). */
  offlineCreateMs: number;
}

/** Small enough to feel quick, long enough that the UI visibly shows "connecting". */
export const defaultSimulatorDelays: SimulatorDelays = { createMs: 300, connectMs: 200, offlineCreateMs: 15_000 };

export interface SimulatorSnapshot {
  online: boolean;
  connectionDropped: boolean;
  delays: SimulatorDelays;
  /** What inject() has queued and not yet used, e.g. "40104x2,40114". */
  pendingPlan: string;
  agents: { identity: string; kind: AgentKind; connectionState: ConnectionState }[];
  liveCallClients: number;
}

/** What QA, the scenario runner and tests use to play the service. */
export interface SimulatorControls {
  /** Queues failures for the next createCallAgent calls; throws with a readable message on a bad plan. */
  inject(plan: string): void;
  clearPlan(): void;
  /** Offline: new agents are created after offlineCreateMs and stay Disconnected; live ones drop. */
  setOnline(online: boolean): void;
  setDelays(delays: Partial<SimulatorDelays>): void;
  /** The service connection drops for every live agent (and new ones cannot connect). */
  dropConnection(): void;
  restoreConnection(): void;
  snapshot(): SimulatorSnapshot;
  /** The remote side of calls: ring the app, answer, decline, hang up, hold (see SimulatorCallControls). */
  readonly calls: SimulatorCallControls;
}

/**
 * The service side of the simulator, shared by every simulated CallClient of one page, as
 * the real SDK's identity registry is. It owns reachability, the failure plan, and the
 * one-agent-per-identity registry.
 */
export class SimulatedService implements SimulatorControls {
  private online = true;
  private dropped = false;
  private delays: SimulatorDelays;
  private plan: PlannedFailure[] = [];
  /** Keyed by kind and identity: the SDK keeps separate maps for CallAgent and TeamsCallAgent. */
  private readonly registry = new Map<string, SimulatedCallAgent>();
  private readonly connectTimers = new Map<SimulatedCallAgent, TimerHandle>();
  private liveCallClients = 0;
  readonly calls: SimulatedCallDesk;
  /** One per page, as the SDK's: every CallClient hands out this one. */
  readonly deviceManager = new SimulatedDeviceManager();

  constructor(
    readonly clock: EngineClock,
    delays: Partial<SimulatorDelays> = {},
  ) {
    this.delays = { ...defaultSimulatorDelays, ...delays };
    this.calls = new SimulatedCallDesk(
      clock,
      () => this.reachable,
      () => [...this.registry.values()].filter((agent) => !agent.disposed && agent.connectionState === 'Connected'),
    );
  }

  inject(planText: string): void {
    const parsed = parseFailurePlan(planText);
    if (!parsed.ok) throw new Error(parsed.message);
    this.plan.push(...parsed.plan);
  }

  clearPlan(): void {
    this.plan = [];
  }

  setOnline(online: boolean): void {
    const wasReachable = this.reachable;
    this.online = online;
    this.applyReachability(wasReachable);
  }

  setDelays(delays: Partial<SimulatorDelays>): void {
    for (const [key, value] of Object.entries(delays)) {
      if (value !== undefined && (!Number.isFinite(value) || value < 0)) throw new Error(`Delay ${key} must be a non-negative number of milliseconds.`);
    }
    this.delays = { ...this.delays, ...delays };
  }

  dropConnection(): void {
    const wasReachable = this.reachable;
    this.dropped = true;
    this.applyReachability(wasReachable);
  }

  restoreConnection(): void {
    const wasReachable = this.reachable;
    this.dropped = false;
    this.applyReachability(wasReachable);
  }

  snapshot(): SimulatorSnapshot {
    return {
      online: this.online,
      connectionDropped: this.dropped,
      delays: { ...this.delays },
      pendingPlan: formatFailurePlan(this.plan),
      agents: [...this.registry.values()].map((agent) => ({ identity: agent.identity, kind: agent.kind, connectionState: agent.connectionState })),
      liveCallClients: this.liveCallClients,
    };
  }

  // ---- used by simulated CallClients ----

  get reachable(): boolean {
    return this.online && !this.dropped;
  }

  /** The time createCallAgent spends talking to the service right now. */
  get createDelayMs(): number {
    return this.reachable ? this.delays.createMs : this.delays.offlineCreateMs;
  }

  wait(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => this.clock.setTimeout(resolve, ms));
  }

  /** The next queued failure, with how long createCallAgent takes to raise it. */
  takePlannedFailure(): { code: number; subCode: number; delayMs: number } | undefined {
    const next = this.plan[0];
    if (!next) return undefined;
    next.count -= 1;
    if (next.count <= 0) this.plan.shift();
    return { code: next.code, subCode: next.subCode, delayMs: next.delayMs ?? this.delays.createMs };
  }

  existingAgent(kind: AgentKind, identity: string): SimulatedCallAgent | undefined {
    return this.registry.get(registryKey(kind, identity));
  }

  /** The SDK registers an agent early in its initialization; a second one racing it gets 40228 (40230 for Teams). */
  register(agent: SimulatedCallAgent): void {
    const key = registryKey(agent.kind, agent.identity);
    if (this.registry.has(key)) throw sdkError(agent.kind === 'teams' ? 'teamsAgentAlreadyExists' : 'agentAlreadyExists');
    this.registry.set(key, agent);
    agent.onDisposed(() => this.forget(agent));
  }

  forget(agent: SimulatedCallAgent): void {
    const key = registryKey(agent.kind, agent.identity);
    if (this.registry.get(key) === agent) this.registry.delete(key);
    this.cancelConnect(agent);
  }

  /** A freshly created agent connects after connectMs, if and once the service is reachable. */
  startConnecting(agent: SimulatedCallAgent): void {
    if (!this.reachable || agent.disposed) return;
    this.cancelConnect(agent);
    if (this.delays.connectMs <= 0) {
      agent.setConnectionState('Connected');
      return;
    }
    this.connectTimers.set(
      agent,
      this.clock.setTimeout(() => {
        this.connectTimers.delete(agent);
        if (this.reachable) agent.setConnectionState('Connected');
      }, this.delays.connectMs),
    );
  }

  callClientOpened(): void {
    this.liveCallClients += 1;
  }

  callClientClosed(): void {
    this.liveCallClients -= 1;
  }

  private cancelConnect(agent: SimulatedCallAgent): void {
    const timer = this.connectTimers.get(agent);
    if (timer === undefined) return;
    this.clock.clearTimeout(timer);
    this.connectTimers.delete(agent);
  }

  private applyReachability(wasReachable: boolean): void {
    if (wasReachable === this.reachable) return;
    this.calls.networkChanged(this.reachable);
    for (const agent of this.registry.values()) {
      if (this.reachable) {
        this.startConnecting(agent);
      } else {
        this.cancelConnect(agent);
        agent.setConnectionState('Disconnected', 'connectionIssue');
      }
    }
  }
}
