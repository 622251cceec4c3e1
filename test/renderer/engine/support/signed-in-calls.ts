import { vi } from 'vitest';
import { newCallHistoryEntrySchema, type NewCallHistoryEntry } from '../../../../shared/history/call-history-schema';
import type { EngineCommand, IpcResult, ReplyOf, RequestOf } from '../../../../shared/ipc/contract';
import { AgentRunner } from '../../../../renderer/src/engine/agent-runner';
import { AgentCallController, type CallDiagnosticsIpc, type CallHistoryIpc, type CallSettings } from '../../../../renderer/src/engine/calls/call-controller';
import { callDiagnosticChangeSchema, type CallDiagnosticChange } from '../../../../shared/calls/call-diagnostics';
import { SimulatedMicrophoneLevelMeter } from '../../../../renderer/src/engine/calls/microphone-level';
import { systemClock } from '../../../../renderer/src/engine/clock';
import type { SimulatedCallAgent } from '../../../../renderer/src/engine/simulator/simulated-call-agent';
import { SimulatorBackend } from '../../../../renderer/src/engine/simulator/simulator-backend';
import { FakeEngineIpc } from './fake-engine-ipc';
import { acsToken, teamsToken } from './tokens';
import { currentAgent } from './current-agent';

/** Plays main's history.add: every entry must pass the contract's schema, as main would check it. */
export class FakeHistoryIpc implements CallHistoryIpc {
  readonly entries: NewCallHistoryEntry[] = [];

  async invoke(_channel: 'history.add', request: RequestOf<'history.add'>): Promise<IpcResult<ReplyOf<'history.add'>>> {
    const entry = newCallHistoryEntrySchema.parse(request);
    this.entries.push(entry);
    return { ok: true, value: { id: `h${this.entries.length}`, ...entry } };
  }
}

/** Plays main's calls.diagnostic: every change must pass the contract's schema. */
export class FakeDiagnosticsIpc implements CallDiagnosticsIpc {
  readonly changes: CallDiagnosticChange[] = [];

  async invoke(_channel: 'calls.diagnostic', request: RequestOf<'calls.diagnostic'>): Promise<IpcResult<ReplyOf<'calls.diagnostic'>>> {
    this.changes.push(callDiagnosticChangeSchema.parse(request));
    return { ok: true, value: {} };
  }
}

/** The signed-in user of the harness; calling it is calling yourself. */
export const selfRawId = '8:acs:resource_user-a';
export const bob = '8:acs:resource_bob';
export const carol = '8:acs:resource_carol';

export const settle = () => vi.advanceTimersByTimeAsync(0);

/**
 * The real engine on the simulator, signed in and ready: AgentRunner, simulated service and
 * the call controller, on vitest's fake clock. Timings are the simulator's defaults (setup
 * 300 ms, answer 1 s, no answer 30 s, network grace 8 s). `mediaStats` adds the simulated
 * call-quality samples.
 */
export async function signedInCalls(settings: CallSettings = { alternateCallerId: '+14255550100' }, agentKind: 'acs' | 'teams' = 'acs', options: { mediaStats?: boolean } = {}) {
  const api = new FakeEngineIpc();
  const backend = new SimulatorBackend({ clock: systemClock, delays: { createMs: 0, connectMs: 0 } });
  const runner = new AgentRunner({ api, backend, clock: systemClock, connectionGraceMs: 60_000 });
  const history = new FakeHistoryIpc();
  const meter = new SimulatedMicrophoneLevelMeter(systemClock);
  const currentSettings = { ...settings };
  const diagnostics = new FakeDiagnosticsIpc();
  const controller = new AgentCallController({
    agents: runner,
    clock: systemClock,
    getSettings: () => currentSettings,
    history,
    levelMeter: meter,
    watchDiagnostics: (call, listener) => backend.watchCallDiagnostics(call, listener),
    watchCapture: (call, listener) => backend.watchCallCapture(call, listener),
    callTransfer: (call) => backend.callTransfer(call),
    // Opt-in: its once-a-second samples publish a snapshot when a call's quality is first known.
    ...(options.mediaStats ? { watchMediaStats: backend.watchCallMediaStats.bind(backend) } : {}),
    submitSurvey: (call, survey) => backend.submitCallSurvey(call, survey),
    conferenceOf: (call, kind) => backend.conferenceOf(call, kind),
    diagnosticsIpc: diagnostics,
  });
  const token = agentKind === 'acs' ? acsToken() : teamsToken();
  const command: EngineCommand = { type: 'createAgent', leaseId: 'lease-1', attempt: 1, agentKind, token, deadlines: { createMs: 20_000, connectMs: 10_000 } };
  api.send(command);
  await settle();
  const agent = currentAgent(runner) as SimulatedCallAgent;
  if (agent?.connectionState !== 'Connected') throw new Error('the harness agent did not connect');
  const simulator = backend.controls;
  return {
    api,
    runner,
    controller,
    history,
    diagnostics,
    meter,
    agent,
    simulator,
    remote: simulator.calls,
    settings: currentSettings,
    snap: () => controller.snapshot(),
    call: (index = 0) => {
      const view = controller.snapshot().calls[index];
      if (!view) throw new Error(`no call at ${index}`);
      return view;
    },
  };
}
