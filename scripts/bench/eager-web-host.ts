import { silentLogger, systemClock } from '../../electron/main/core/ports';
import { createSoftphoneCore } from '../../electron/main/core/softphone-core';
import { startWebHost, type WebHost } from '../../electron/web-host/server';

/*
 * A web host for the eager-SDK twin of the renderer. The CLI only serves out/renderer, so
 * this composes the same server and core (simulator, in memory) around another folder.
 */
export function startEagerWebHost(rendererDir: string): Promise<WebHost> {
  return startWebHost({
    port: 0,
    renderer: { kind: 'built', dir: rendererDir },
    logger: silentLogger,
    createCore: (transport) =>
      createSoftphoneCore({
        clock: systemClock,
        transport,
        logger: silentLogger,
        host: 'web',
        engine: 'simulator',
        engineReason: 'bench: eager SDK baseline',
        appVersion: '0.0.0-bench',
        qa: true,
      }),
  });
}
