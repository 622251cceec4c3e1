import type { EngineKind } from '../../../shared/session/state';
import type { CallingBackend } from './calling-backend';
import type { EngineClock } from './clock';
import { missingCase } from '../../../shared/util/missing-case';
import { SdkBackend } from './sdk-backend';
import { SimulatorBackend, type SimulatorBackendOptions } from './simulator/simulator-backend';

export interface BackendDeps {
  clock: EngineClock;
  /** Simulator only; the defaults let the UI visibly pass through "connecting". */
  simulatorDelays?: SimulatorBackendOptions['delays'];
}

export function createBackend(kind: 'simulator', deps: BackendDeps): SimulatorBackend;
export function createBackend(kind: 'sdk', deps: BackendDeps): SdkBackend;
export function createBackend(kind: EngineKind, deps: BackendDeps): CallingBackend;
export function createBackend(kind: EngineKind, deps: BackendDeps): CallingBackend {
  switch (kind) {
    case 'sdk':
      return new SdkBackend();
    case 'simulator':
      return new SimulatorBackend(deps.simulatorDelays === undefined ? { clock: deps.clock } : { clock: deps.clock, delays: deps.simulatorDelays });
    default:
      return missingCase(kind);
  }
}

export { AgentRunner, type ActiveAgent, type AgentRunnerOptions } from './agent-runner';
export { AgentCallController, type CallControllerOptions, type CallHistoryIpc, type CallSettings } from './calls/call-controller';
export { createCallController, type CallControllerDeps } from './calls/create-call-controller';
export type { CallController, CallsSnapshot, DeviceView, DialResult } from './calls/call-controller-api';
export type * from './calling-backend';
export { systemClock, type EngineClock, type EngineLogger } from './clock';
export type { EngineIpc } from './engine-ipc';
export { prefetchSdk, SdkBackend } from './sdk-backend';
export { parseFailurePlan, formatFailurePlan, type PlannedFailure } from './simulator/failure-plan';
export { defaultSimulatorDelays, type SimulatorControls, type SimulatorDelays, type SimulatorSnapshot } from './simulator/simulated-service';
export { SimulatorBackend } from './simulator/simulator-backend';
export { answerModes, defaultCallTimings, type AnswerMode, type SimulatorCallControls, type SimulatorCallsSnapshot, type SimulatorCallTimings } from './simulator/simulated-call-desk';
