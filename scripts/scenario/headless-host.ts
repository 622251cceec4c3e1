import type { SoftphoneApi } from '../../shared/ipc/api';
import type { ClassifiedError } from '../../shared/errors/classify';
import type { SessionView } from '../../shared/session/state';
import type { AgentDeadlines } from '../../electron/main/agent/call-agent-supervisor';
import type { DetachReason } from '../../electron/main/core/core-api';
import { silentLogger, type Logger } from '../../electron/main/ports';
import type { Core } from '../../electron/main/core/softphone-core';
import { AgentRunner } from '../../renderer/src/engine/agent-runner';
import type { EngineLogger } from '../../renderer/src/engine/clock';
import type { SimulatorControls, SimulatorDelays } from '../../renderer/src/engine/simulator/simulated-service';
import { SimulatorBackend } from '../../renderer/src/engine/simulator/simulator-backend';
import { composeHeadlessCore } from './compose-headless-core';
import { InMemoryBridge } from './in-memory-bridge';
import { settle, type VirtualClock } from './virtual-clock';

export interface HeadlessHostOptions {
  clock: VirtualClock;
  /** Retry jitter; a fixed value makes runs repeatable. */
  random: () => number;
  logger?: Logger;
  simulatorDelays?: Partial<SimulatorDelays>;
  deadlines?: Partial<AgentDeadlines>;
  /** How long a ready agent may stay disconnected before its window tells main. */
  connectionGraceMs?: number;
}

/** Same value as the renderer's start-engine, so a headless run behaves like a window. */
const defaultConnectionGraceMs = 10_000;
/** Bounds draining at dispose time, so a stuck engine cannot hang the runner. */
const maxDrainSteps = 10_000;

/**
 * One headless window: the renderer's real engine (AgentRunner on a SimulatorBackend) talking
 * to the core through the in-memory bridge, plus what the window has been told.
 */
export class HeadlessWindow {
  readonly runner: AgentRunner;
  readonly backend: SimulatorBackend;
  private latest: SessionView | undefined;
  private lastErrorSeen: ClassifiedError | undefined;
  private readonly viewListeners = new Set<(view: SessionView) => void>();

  constructor(
    readonly id: string,
    readonly api: SoftphoneApi,
    options: HeadlessHostOptions,
    engineLogger: EngineLogger,
  ) {
    this.backend = new SimulatorBackend(options.simulatorDelays ? { clock: options.clock, delays: options.simulatorDelays } : { clock: options.clock });
    this.runner = new AgentRunner({
      api,
      backend: this.backend,
      clock: options.clock,
      connectionGraceMs: options.connectionGraceMs ?? defaultConnectionGraceMs,
      logger: engineLogger,
    });
    api.on('session.state', (view) => this.receive(view));
  }

  get simulator(): SimulatorControls {
    return this.backend.controls;
  }

  /** The last state main pushed to this window. */
  get view(): SessionView | undefined {
    return this.latest;
  }

  /** The last error any phase showed, kept after the phase moves on (e.g. to ready). */
  get lastError(): ClassifiedError | undefined {
    return this.lastErrorSeen;
  }

  /** Calls `listener` with every state main pushes to this window from now on. */
  watch(listener: (view: SessionView) => void): () => void {
    this.viewListeners.add(listener);
    return () => {
      this.viewListeners.delete(listener);
    };
  }

  private receive(view: SessionView): void {
    this.latest = view;
    if ('error' in view.phase) this.lastErrorSeen = view.phase.error;
    for (const listener of [...this.viewListeners]) listener(view);
  }
}

/**
 * The third host (after Electron and the web shell): the real core and real engines in one
 * process, on a virtual clock. Everything a window asks goes through `core.handle`.
 */
export class HeadlessHost {
  readonly core: Core;
  readonly problems: string[] = [];
  readonly engineWarnings: string[] = [];
  private readonly bridge: InMemoryBridge;
  private readonly windows = new Map<string, HeadlessWindow>();

  constructor(private readonly options: HeadlessHostOptions) {
    this.bridge = new InMemoryBridge((message) => this.problems.push(message));
    this.core = composeHeadlessCore({
      clock: options.clock,
      transport: this.bridge,
      logger: options.logger ?? silentLogger,
      engineReason: 'scenario runner: simulator on a virtual clock',
      appVersion: 'scenario',
      random: options.random,
      deadlines: options.deadlines,
    });
  }

  get clock(): VirtualClock {
    return this.options.clock;
  }

  openWindow(windowId: string): HeadlessWindow {
    if (this.windows.has(windowId)) throw new Error(`Window ${windowId} is already open.`);
    this.core.attachWindow(windowId);
    const engineLogger: EngineLogger = {
      warn: (message, fields) => this.engineWarnings.push(`${windowId}: ${message}${fields ? ` ${JSON.stringify(fields)}` : ''}`),
    };
    const window = new HeadlessWindow(windowId, this.bridge.apiFor(windowId, this.core), this.options, engineLogger);
    this.windows.set(windowId, window);
    return window;
  }

  async closeWindow(windowId: string, reason: DetachReason = 'closed'): Promise<void> {
    const window = this.windows.get(windowId);
    if (!window) return;
    this.windows.delete(windowId);
    this.bridge.forget(windowId);
    this.core.detachWindow(windowId, reason);
    await window.runner.dispose();
  }

  /**
   * The network changes for every window: each simulated service first (as the QA panel
   * does), then main hears it from a window, as it would from a renderer's online event.
   */
  async setOnline(online: boolean): Promise<void> {
    const windows = [...this.windows.values()];
    for (const window of windows) window.simulator.setOnline(online);
    const reporter = windows[0];
    if (!reporter) return;
    const result = await reporter.api.invoke('network.setOnline', { online });
    if (!result.ok) this.problems.push(`network.setOnline was refused: ${result.error.message}`);
  }

  /** Signs every window out and lets the engines dispose their agents, running virtual time as needed. */
  async dispose(): Promise<void> {
    let finished = false;
    const disposing = this.core.dispose().finally(() => {
      finished = true;
    });
    for (let step = 0; !finished && step < maxDrainSteps; step++) {
      await settle();
      if (!finished && !this.clock.runNext()) break;
    }
    await disposing;
    for (const windowId of [...this.windows.keys()]) await this.closeWindow(windowId);
  }
}
