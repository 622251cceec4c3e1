import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { systemClock } from '../main/ports';
import { createSoftphoneCore } from '../main/core/softphone-core';
import { readAppVersion } from '../main/app-version';
import { createConsoleLogger } from '../main/console-logger';
import { LogBuffer } from '../main/diagnostics/log-buffer';
import { RepeatLimitedLogger } from '../main/diagnostics/repeat-limited-logger';
import { nodeOsInfo, readSdkVersions } from '../main/diagnostics/node-diagnostics';
import { chooseEngine, parseLaunchArgs, type LaunchOptions } from '../main/launch-options';
import { createConfJsonFile } from '../main/persistence/conf-json-file';
import { defaultDataDirectory, takeDataDirectory } from '../main/persistence/data-directory';
import { openPersistence, persistenceFileNames } from '../main/persistence/open-persistence';
import { LoopbackPortTakenError } from './loopback-listener';
import { chooseRendererSource } from './renderer-source';
import { startWebHost } from './server';
import { systemBrowserSignIn } from '../main/tokens/teams/system-browser';
import { openUrlInSystemBrowser } from './open-url';
import { errorMessage } from '../../shared/util/error-message';

/*
 * `npm run web`: the same core as the Electron app, behind a WebSocket, with the renderer in
 * the user's browser. Prints the URL (a one-time code included) once listening, and a fresh
 * one each time Enter is pressed in the terminal, for another browser.
 */

const rootDir = fileURLToPath(new URL('../..', import.meta.url));

async function main(): Promise<void> {
  let launch: LaunchOptions;
  let dataDir: string;
  try {
    // --data-dir / SOFTPHONE_DATA_DIR: where settings and call history live.
    const taken = takeDataDirectory(process.argv.slice(2), process.env, () => defaultDataDirectory(process.platform, process.env));
    dataDir = taken.dataDir;
    launch = parseLaunchArgs(taken.rest, { strict: true });
  } catch (error) {
    console.error(errorMessage(error));
    process.exitCode = 2;
    return;
  }

  const renderer = chooseRendererSource(launch.dev, rootDir);
  if (!renderer) {
    console.error('There is no built renderer (out/renderer/index.html): run `npm run web`, which builds it when needed, or `npm run build`.');
    process.exitCode = 1;
    return;
  }

  // Everything the core logs is redacted once here, kept for diagnostics, then printed.
  const logs = new LogBuffer({ clock: systemClock, next: createConsoleLogger() });
  // A page flooding the host with bad requests must not flood the log as well.
  const logger = new RepeatLimitedLogger(logs, systemClock);
  const persistence = openPersistence(
    { settings: createConfJsonFile(dataDir, persistenceFileNames.settings), file: (name) => createConfJsonFile(dataDir, name) },
    { clock: systemClock, logger },
  );
  logger.info('settings and call history', { dataDir });
  const { engine, engineReason, engineReasonKey } = chooseEngine(launch.engine, process.env, persistence.settings.get());
  const host = await startWebHost({
    port: launch.port,
    renderer,
    logger,
    createCore: (transport) =>
      createSoftphoneCore(
        {
          clock: systemClock,
          transport,
          logger,
          host: 'web',
          engine,
          engineReason,
          engineReasonKey,
          // Without --engine or ACS_TOKEN_ENDPOINT, a token service saved in Settings (the first-run setup) picks the SDK.
          chooseEngine: (saved) => chooseEngine(launch.engine, process.env, saved),
          appVersion: readAppVersion(rootDir),
          qa: launch.qa,
          ...(process.env.ACS_TOKEN_ENDPOINT?.trim() ? { defaultTokenEndpoint: process.env.ACS_TOKEN_ENDPOINT.trim() } : {}),
          ...persistence,
          diagnostics: { logs, os: nodeOsInfo, sdk: readSdkVersions(rootDir) },
          teamsSignIn: systemBrowserSignIn(async (url) => {
            try {
              await openUrlInSystemBrowser(url);
            } catch (error) {
              // A machine without a desktop (a server, CI): the person can still open it by hand.
              console.log(`Open this address in a browser to sign in with Teams: ${url}`);
              logger.warn('could not open the browser for the Teams sign-in', { error: errorMessage(error) });
            }
          }),
        },
        launch.deadlines ? { deadlines: launch.deadlines } : {},
      ),
  });
  logger.info(`engine: ${engine}`, { reason: engineReason });
  if (launch.deadlines) logger.info('CallAgent deadlines shortened from the command line', { ...launch.deadlines });
  console.log(`Web shell: ${host.url}`);
  console.log('The link works once (reloads and more tabs in that browser keep working). Press Enter here for a new link for another browser.');
  createInterface({ input: process.stdin }).on('line', () => console.log(`Web shell: ${host.newLink()}`));

  let closing = false;
  const stop = (): void => {
    if (closing) return;
    closing = true;
    void host.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(
    error instanceof LoopbackPortTakenError
      ? `${error.message} The web shell needs it on both loopback addresses: pass --port <another> (or 0 for any free port).`
      : `Web host failed to start: ${String(error)}`,
  );
  process.exit(1);
});
