import { silentLogger } from '../../electron/main/ports';
import { startWebHost, type RendererSource, type WebHost } from '../../electron/web-host/server';
import { composeHeadlessCore } from '../scenario/compose-headless-core';

/*
 * A web host inside the bench's own process: the same server and core (simulator, settings
 * and history in memory) as `npm run web`, around any renderer: the eager-SDK twin of the
 * build, the Vite dev server, or out/renderer when the host's heap is to be read here.
 */
export function startBenchWebHost(renderer: RendererSource, purpose: string): Promise<WebHost> {
  return startWebHost({
    port: 0,
    renderer,
    logger: silentLogger,
    createCore: (transport) => composeHeadlessCore({ transport, host: 'web', engineReason: `bench: ${purpose}`, appVersion: '0.0.0-bench' }),
  });
}
