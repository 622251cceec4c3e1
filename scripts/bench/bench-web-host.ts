import { silentLogger, systemClock } from '../../electron/main/ports';
import { createSoftphoneCore } from '../../electron/main/core/softphone-core';
import { startWebHost, type RendererSource, type WebHost } from '../../electron/web-host/server';

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
    createCore: (transport) =>
      createSoftphoneCore({
        clock: systemClock,
        transport,
        logger: silentLogger,
        host: 'web',
        engine: 'simulator',
        engineReason: `bench: ${purpose}`,
        appVersion: '0.0.0-bench',
        qa: true,
      }),
  });
}
