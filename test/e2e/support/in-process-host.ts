import { fileURLToPath } from 'node:url';
import type { CoreOptions } from '../../../electron/main/core/core-api';
import { createSoftphoneCore } from '../../../electron/main/core/softphone-core';
import type { Persistence } from '../../../electron/main/persistence/open-persistence';
import { systemClock, silentLogger } from '../../../electron/main/ports';
import type { TeamsSignInPorts } from '../../../electron/main/tokens/teams/teams-sign-in-setup';
import { startWebHost, type WebHost } from '../../../electron/web-host/server';

/**
 * The built app served by the real core and web host inside the test's own process, so MSAL's
 * network can go to a local Entra stand-in and the test can play the browser step. Short
 * CallAgent deadlines: offline the real SDK never connects.
 */
export function startInProcessHost(options: {
  persistence: Persistence;
  engine: Pick<CoreOptions, 'engine' | 'engineReason' | 'engineReasonKey' | 'chooseEngine'>;
  teamsSignIn: TeamsSignInPorts;
}): Promise<WebHost> {
  return startWebHost({
    port: 0,
    renderer: { kind: 'built', dir: fileURLToPath(new URL('../../../out/renderer', import.meta.url)) },
    logger: silentLogger,
    createCore: (transport) =>
      createSoftphoneCore(
        {
          clock: systemClock,
          transport,
          logger: silentLogger,
          host: 'web',
          ...options.engine,
          appVersion: '0.0.0-test',
          qa: false,
          ...options.persistence,
          teamsSignIn: options.teamsSignIn,
        },
        { deadlines: { createMs: 3_000, connectMs: 3_000 } },
      ),
  });
}
