import { dialingCountry } from '../../../shared/calls/phone-number';
import type { SoftphoneApi } from '../../../shared/ipc/api';
import type { AppInfo } from '../../../shared/ipc/contract';
import type { EngineLogger } from '../engine/clock';
import { systemLanguages } from './system-languages';
import type { CallController } from '../engine/calls/call-controller-api';
import { AgentRunner, createBackend, createCallController, prefetchSdk, systemClock, type CallingBackend, type SimulatorControls } from '../engine';

export interface RunningEngine {
  backend: CallingBackend;
  /** Present only with the simulator: QA's controls for playing the service. */
  simulator: SimulatorControls | undefined;
  /** Calls on the running agent (the engine's call controller). */
  calls: CallController | undefined;
  dispose(): void;
}

/** A ready agent may blip; only a disconnect lasting this long is reported to main. */
const connectionGraceMs = 10_000;

/** Starts the engine main chose, and keeps main informed of the network state. */
export function startEngine(api: SoftphoneApi, info: AppInfo, logger: EngineLogger): RunningEngine {
  const backend = createBackend(info.engine, { clock: systemClock });
  // Load the 6.8 MB SDK in the background as soon as the first screen is up.
  if (info.engine === 'sdk') prefetchSdk();
  const runner = new AgentRunner({ api, backend, clock: systemClock, connectionGraceMs, logger });
  const simulator = 'controls' in backend ? (backend.controls as SimulatorControls) : undefined;
  const calls = createCallController({
    backend,
    agents: runner,
    api,
    clock: systemClock,
    logger,
    // Read at dial time, so a caller id or country saved a moment ago applies to the next call.
    getSettings: async () => {
      const result = await api.invoke('settings.get', {});
      const settings = result.ok ? result.value : undefined;
      return { ...settings, defaultCountry: dialingCountry(settings?.defaultCountry, systemLanguages()) };
    },
  });

  const report = () => void api.invoke('network.setOnline', { online: navigator.onLine && (simulator?.snapshot().online ?? true) });
  window.addEventListener('online', report);
  window.addEventListener('offline', report);
  if (!navigator.onLine) report();

  return {
    backend,
    simulator,
    calls,
    dispose() {
      calls.dispose();
      window.removeEventListener('online', report);
      window.removeEventListener('offline', report);
      runner.dispose();
    },
  };
}

