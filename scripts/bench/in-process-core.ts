import type { Core } from '../../electron/main/core/softphone-core';
import type { EngineCommand, EventChannel } from '../../shared/ipc/contract';
import type { NewCallHistoryEntry } from '../../shared/history/call-history-schema';
import { composeHeadlessCore } from '../scenario/compose-headless-core';

/*
 * The main-process core in this process, as the web host composes it but with a transport
 * that only remembers the last engine command, and settings and history in memory. The bench
 * plays the renderer's engine itself, so what it measures is main's own work.
 */
export class InProcessCore {
  readonly core: Core;
  private lastCreate: Extract<EngineCommand, { type: 'createAgent' }> | undefined;

  constructor(readonly windowId = 'bench-window') {
    this.core = composeHeadlessCore({
      transport: { send: (_windowId: string, channel: EventChannel, payload: unknown) => this.onSend(channel, payload) },
      engineReason: 'bench',
      appVersion: '0.0.0-bench',
      qa: false,
      random: () => 0.5,
    });
    this.core.attachWindow(windowId);
  }

  async invoke(channel: string, payload: unknown = {}): Promise<unknown> {
    const result = await this.core.handle(this.windowId, channel, payload);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
    return result.value;
  }

  /** Signs in a simulated user and reports the agent created and connected, as a healthy engine would. */
  async signInReady(user: string): Promise<void> {
    await this.invoke('session.signIn', { source: { type: 'simulated', user }, agentKind: 'auto', skipPreflight: false });
    const create = await this.waitForCreate();
    for (const type of ['created', 'connected'] as const) {
      await this.invoke('engine.report', { leaseId: create.leaseId, attempt: create.attempt, event: { type } });
    }
  }

  /** What main hears about one finished call: ringing, in call, idle, then the history entry. */
  async playCall(index: number): Promise<void> {
    const id = `call-${index}`;
    await this.invoke('calls.activity', { inCall: false, ringing: [{ id, caller: 'Bob' }] });
    await this.invoke('calls.activity', { inCall: true, ringing: [] });
    await this.invoke('calls.activity', { inCall: false, ringing: [] });
    const startedAt = Date.now() - 60_000;
    const entry: NewCallHistoryEntry = {
      direction: 'incoming',
      peer: { rawId: '8:acs:resource_bob', kind: 'acsUser', display: 'Bob' },
      startedAt,
      connectedAt: startedAt + 2_000,
      endedAt: startedAt + 50_000,
      durationMs: 48_000,
      endReason: { code: 0, subCode: 0 },
      outcome: 'completed',
    };
    await this.invoke('history.add', entry);
  }

  dispose(): Promise<void> {
    return this.core.dispose();
  }

  private async waitForCreate(): Promise<Extract<EngineCommand, { type: 'createAgent' }>> {
    // The token is minted asynchronously; the command follows within a few turns of the loop.
    for (let turn = 0; turn < 100 && !this.lastCreate; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    const create = this.lastCreate;
    if (!create) throw new Error('the core sent no createAgent command');
    this.lastCreate = undefined;
    return create;
  }

  private onSend(channel: EventChannel, payload: unknown): void {
    const command = payload as EngineCommand;
    if (channel === 'engine.command' && command.type === 'createAgent') this.lastCreate = command;
  }
}
