import './zod-jitless';
import { createContractClient } from '../../../shared/ipc/contract-client';
import { WebSocketTransport } from '../../../renderer/src/ipc/web-socket-transport';

/*
 * Bundled by the bench and evaluated in the app's page: the renderer's own contract client on
 * a second WebSocket to the web shell (a second window, as another tab would be), timing
 * `session.get` from the page with the contract's validation on both ends.
 */

declare global {
  interface Window {
    __benchIpc?: { timeRoundTrips(rounds: number): Promise<number[]> };
  }
}

async function timeRoundTrips(rounds: number): Promise<number[]> {
  // The page's own boot spent the link's code; its kept session lets this socket in, as another tab's would.
  const api = createContractClient(WebSocketTransport.connectWindow(window));
  const first = await api.invoke('session.get', {});
  if (!first.ok) throw new Error(`session.get failed: ${first.error.message}`);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    const result = await api.invoke('session.get', {});
    samples.push(performance.now() - started);
    if (!result.ok) throw new Error(`session.get failed: ${result.error.message}`);
  }
  return samples;
}

window.__benchIpc = { timeRoundTrips };
