import type { SoftphoneApi } from '../../shared/ipc/api';
import type { SignInIntent } from '../../shared/ipc/contract';
import type { PhaseName, SessionView } from '../../shared/session/state';
import type { TimerHandle } from '../../electron/main/ports';
import type { Core } from '../../electron/main/core/softphone-core';
import { AgentRunner } from '../../renderer/src/engine/agent-runner';
import type { EngineClock } from '../../renderer/src/engine/clock';
import { SimulatorBackend } from '../../renderer/src/engine/simulator/simulator-backend';
import { composeHeadlessCore } from '../scenario/compose-headless-core';
import { InMemoryBridge } from '../scenario/in-memory-bridge';
import { seededRandom } from '../scenario/scenario';
import { runUntil, settle, VirtualClock } from '../scenario/virtual-clock';

/*
 * The chaos run: many sign-in/sign-out cycles through the real core and the real engine on
 * the simulator, on virtual time, with injected SDK failures, network blips and renderers
 * that die mid-create or while ready. A dead renderer is modelled as dead: its timers stop,
 * its listeners go, its agents vanish with its page, and it reports nothing more; main only
 * hears detachWindow('crashed'), then a fresh page attaches and signs in again.
 */

export interface ChaosOptions {
  cycles: number;
  seed: number;
  /** Hears one line per cycle (the soak script prints them). */
  onCycle?: (line: CycleLine) => void;
}

export type Fault = 'none' | 'crashWhileCreating' | 'crashWhenReady' | 'networkBlip';

export interface CycleLine {
  cycle: number;
  inject: string;
  fault: Fault;
  /** The phase the sign-in settled in before sign-out. */
  settled: PhaseName;
}

export interface ChaosReport {
  cycles: number;
  faults: Record<Fault, number>;
  settled: Partial<Record<PhaseName, number>>;
  /** Invariant breaches: the run fails on any. */
  violations: string[];
  /** Contract breaches and refused requests seen by the bridge. */
  problems: string[];
  /** The most agents one identity had at any checked moment, over every live page. */
  maxAgentsPerIdentity: number;
  attemptsWith40228: number;
  pendingTimersAtEnd: number;
  listenersAtEnd: number;
  leasesAtEnd: number;
  heapUsedBytes: { before: number; after: number; growth: number };
  virtualMs: number;
}

const user = 'chaos-user';
const injectChoices = ['', '', '', '40104', '40114x2', '40216', '40102@3s', '408/40104x3'];
const stepLimitMs = 15 * 60_000;
const signIn: SignInIntent = { source: { type: 'simulated', user }, agentKind: 'auto', skipPreflight: false };

/** A page's clock: the shared virtual clock, with the page's own timers tracked so a crash can stop them. */
class PageClock implements EngineClock {
  private readonly handles = new Set<TimerHandle>();

  constructor(private readonly clock: VirtualClock) {}

  now(): number {
    return this.clock.now();
  }

  setTimeout(callback: () => void, ms: number): TimerHandle {
    const handle = this.clock.setTimeout(() => {
      this.handles.delete(handle);
      callback();
    }, ms);
    this.handles.add(handle);
    return handle;
  }

  clearTimeout(handle: TimerHandle): void {
    this.handles.delete(handle);
    this.clock.clearTimeout(handle);
  }

  stopAll(): void {
    for (const handle of this.handles) this.clock.clearTimeout(handle);
    this.handles.clear();
  }
}

/** One renderer page: the engine on its own simulated service, through a bridge that counts subscriptions. */
class ChaosPage {
  readonly backend: SimulatorBackend;
  readonly runner: AgentRunner;
  readonly api: SoftphoneApi;
  view: SessionView | undefined;
  alive = true;
  private readonly pageClock: PageClock;
  private readonly unsubscribers = new Set<() => void>();

  constructor(
    readonly id: string,
    bridge: InMemoryBridge,
    core: Core,
    clock: VirtualClock,
    private readonly listenerCount: { value: number },
    onView: (view: SessionView) => void,
  ) {
    this.pageClock = new PageClock(clock);
    const inner = bridge.apiFor(id, core);
    this.api = {
      invoke: (channel, request) =>
        this.alive ? inner.invoke(channel, request) : Promise.resolve({ ok: false, error: { code: 'failed', message: 'the page is gone' } }),
      on: (channel, listener) => {
        const off = inner.on(channel, listener);
        listenerCount.value += 1;
        const unsubscribe = () => {
          if (!this.unsubscribers.delete(unsubscribe)) return;
          listenerCount.value -= 1;
          off();
        };
        this.unsubscribers.add(unsubscribe);
        return unsubscribe;
      },
    };
    this.backend = new SimulatorBackend({ clock: this.pageClock });
    this.runner = new AgentRunner({ api: this.api, backend: this.backend, clock: this.pageClock, connectionGraceMs: 10_000 });
    this.api.on('session.state', (view) => {
      this.view = view;
      onView(view);
    });
  }

  get phase(): PhaseName | undefined {
    return this.view?.phase.name;
  }

  /** Agents this page's service holds per identity (a dead page holds none: they died with it). */
  agentsOf(identity: string): number {
    if (!this.alive) return 0;
    return this.backend.controls.snapshot().agents.filter((agent) => agent.identity.includes(identity)).length;
  }

  /** The renderer process dies: nothing of it runs again. */
  crash(): void {
    this.alive = false;
    this.pageClock.stopAll();
    for (const unsubscribe of [...this.unsubscribers]) unsubscribe();
  }

  /** A graceful close at the end of the run: the engine disposes its agent, then the page goes. */
  async close(): Promise<void> {
    await this.runner.dispose();
    this.crash();
  }
}

export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const heapBefore = process.memoryUsage().heapUsed;
  const random = seededRandom(options.seed);
  const clock = new VirtualClock(Date.UTC(2025, 0, 1));
  const problems: string[] = [];
  const violations: string[] = [];
  const bridge = new InMemoryBridge((message) => problems.push(message));
  const core = composeHeadlessCore({ clock, transport: bridge, engineReason: 'chaos run', appVersion: 'chaos', random });
  const listeners = { value: 0 };
  const faults: Record<Fault, number> = { none: 0, crashWhileCreating: 0, crashWhenReady: 0, networkBlip: 0 };
  const settled: Partial<Record<PhaseName, number>> = {};
  let maxAgents = 0;
  let with40228 = 0;
  let pageNumber = 0;
  const pages: ChaosPage[] = [];

  const onView = (view: SessionView) => {
    if (view.attempts.some((attempt) => attempt.error?.subCode === 40228)) with40228 += 1;
  };
  const openPage = (): ChaosPage => {
    const id = `chaos-window-${(pageNumber += 1)}`;
    core.attachWindow(id);
    const page = new ChaosPage(id, bridge, core, clock, listeners, onView);
    pages.push(page);
    return page;
  };
  const check = (cycle: number, when: string) => {
    const agents = pages.reduce((sum, page) => sum + page.agentsOf(user), 0);
    maxAgents = Math.max(maxAgents, agents);
    if (agents > 1) violations.push(`cycle ${cycle} ${when}: ${agents} agents for ${user}`);
    if (core.leaseCount > 1) violations.push(`cycle ${cycle} ${when}: ${core.leaseCount} leases`);
  };
  const runTill = async (cycle: number, done: () => boolean): Promise<void> => {
    const outcome = await runUntil(clock, () => {
      check(cycle, 'while running');
      return done();
    }, clock.now() + stepLimitMs);
    if (outcome !== 'done') violations.push(`cycle ${cycle}: stuck (${outcome}) in ${page.phase ?? 'no phase'}`);
  };
  const crash = async (cycle: number): Promise<ChaosPage> => {
    page.crash();
    core.detachWindow(page.id, 'crashed');
    await settle();
    check(cycle, 'after a crash');
    if (core.leaseCount !== 0) violations.push(`cycle ${cycle}: the crashed window's lease was kept`);
    const next = openPage();
    await settle();
    await next.api.invoke('session.signIn', signIn);
    return next;
  };
  const terminal = (phase: PhaseName | undefined) => phase === 'ready' || phase === 'needsFix' || phase === 'retryPaused';

  let page = openPage();
  await settle();
  for (let cycle = 1; cycle <= options.cycles; cycle++) {
    const inject = injectChoices[Math.floor(random() * injectChoices.length)] ?? '';
    const roll = random();
    const fault: Fault = roll < 0.15 ? 'crashWhileCreating' : roll < 0.3 ? 'crashWhenReady' : roll < 0.4 ? 'networkBlip' : 'none';
    faults[fault] += 1;
    if (inject) page.backend.controls.inject(inject);
    const result = await page.api.invoke('session.signIn', signIn);
    if (!result.ok) violations.push(`cycle ${cycle}: sign-in refused: ${result.error.message}`);

    if (fault === 'crashWhileCreating') {
      await runTill(cycle, () => page.phase === 'creatingAgent' || terminal(page.phase));
      page = await crash(cycle);
    }
    if (fault === 'networkBlip') {
      await runTill(cycle, () => page.phase === 'creatingAgent' || page.phase === 'connecting' || terminal(page.phase));
      page.backend.controls.setOnline(false);
      await page.api.invoke('network.setOnline', { online: false });
      clock.setTimeout(() => {
        page.backend.controls.setOnline(true);
        void page.api.invoke('network.setOnline', { online: true });
      }, 5_000 + Math.floor(random() * 30_000));
    }
    await runTill(cycle, () => terminal(page.phase));
    if (fault === 'crashWhenReady' && page.phase === 'ready') {
      page = await crash(cycle);
      await runTill(cycle, () => terminal(page.phase));
    }
    const phase = page.phase ?? 'signedOut';
    settled[phase] = (settled[phase] ?? 0) + 1;
    options.onCycle?.({ cycle, inject, fault, settled: phase });

    page.backend.controls.clearPlan();
    await page.api.invoke('session.signOut', {});
    await runTill(cycle, () => page.phase === 'signedOut' && page.agentsOf(user) === 0 && core.leaseCount === 0);
    check(cycle, 'after sign-out');
  }

  await drain(core, clock);
  for (const open of pages.filter((p) => p.alive)) {
    core.detachWindow(open.id, 'closed');
    await open.close();
  }
  await settle();
  const pendingTimers = countPending(clock);
  if (pendingTimers > 0) violations.push(`${pendingTimers} timers still pending at the end`);
  if (listeners.value !== 0) violations.push(`${listeners.value} listeners still subscribed at the end`);
  if (with40228 > 0) violations.push(`${with40228} session states showed a 40228`);
  const heapAfter = process.memoryUsage().heapUsed;
  return {
    cycles: options.cycles,
    faults,
    settled,
    violations,
    problems,
    maxAgentsPerIdentity: maxAgents,
    attemptsWith40228: with40228,
    pendingTimersAtEnd: pendingTimers,
    listenersAtEnd: listeners.value,
    leasesAtEnd: core.leaseCount,
    heapUsedBytes: { before: heapBefore, after: heapAfter, growth: heapAfter - heapBefore },
    virtualMs: clock.elapsedMs,
  };
}

/** Disposes the core, running virtual time for what disposal waits on. */
async function drain(core: Core, clock: VirtualClock): Promise<void> {
  let finished = false;
  const disposing = core.dispose().finally(() => {
    finished = true;
  });
  for (let step = 0; !finished && step < 10_000; step++) {
    await settle();
    if (!finished && !clock.runNext()) break;
  }
  await disposing;
}

/** Pending timers, counted by running them (the run is over, nothing should be left to run). */
function countPending(clock: VirtualClock): number {
  let count = 0;
  while (clock.nextDueAt() !== undefined && count < 10_000) {
    clock.runNext();
    count += 1;
  }
  return count;
}
