import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock, silentLogger } from '../../../electron/main/ports';
import { chooseEngine } from '../../../electron/main/launch-options';
import { createConfJsonFile } from '../../../electron/main/persistence/conf-json-file';
import { openPersistence, persistenceFileNames } from '../../../electron/main/persistence/open-persistence';
import type { WebHost } from '../../../electron/web-host/server';
import { EntraStandIn, tenantId } from '../../electron/main/tokens/teams/support/entra-stand-in';
import { RunningTokenServer, testApiKey } from '../../token-server/support/running-token-server';
import { createDataDir } from '../support/calls';
import { startInProcessHost } from '../support/in-process-host';
import { watchEngineTraffic } from '../support/sdk-engine-traffic';
import { confineToApp, expect, sdkShellConnectDeadlineMs, startWebShell, test } from '../support/web-shell';

/*
 * A first run set up from the window alone, no file edited by hand: a fresh data folder, no
 * --engine, no ACS_TOKEN_ENDPOINT. The app starts on the simulator with the account setup; a
 * token service or a Teams sign-in saved there makes main choose the real Calling SDK, and the
 * page loads again on it. Offline the SDK never connects; these tests follow the sign-in as far
 * as the token service's token reaching the SDK, and the Teams sign-in as far as the browser.
 */

test('from a fresh data folder: the setup, a token service, Test connection, then sign-in on the Calling SDK with its token', async ({ page }) => {
  const tokens = new RunningTokenServer();
  await tokens.start();
  const dataDir = createDataDir();
  const shell = await startWebShell(undefined, ['--data-dir', dataDir.path, '--connect-deadline-ms', String(sdkShellConnectDeadlineMs)], { qa: false });
  try {
    await confineToApp(page.context(), shell.origin);
    const traffic = watchEngineTraffic(page);
    await page.goto(await shell.newLink());
    await page.getByTestId('setup-choice-token-service').check();
    await page.getByTestId('setup-endpoint').fill(tokens.url('/token'));
    await page.getByTestId('setup-endpoint-key').fill('not-the-key');
    await page.getByTestId('settings-test-connection').click();
    await expect(page.getByTestId('settings-test-result')).toHaveAttribute('data-result', 'wrongKey');
    await page.getByTestId('setup-endpoint-key').fill(testApiKey);
    await page.getByTestId('settings-test-connection').click();
    await expect(page.getByTestId('settings-test-result')).toHaveAttribute('data-result', 'ok');
    await expect(page.getByTestId('settings-test-result')).toContainText(/Connected: .*ending …\S{4}\./);
    await page.getByTestId('setup-finish').click();

    // The page loads again on the Calling SDK, with the token service filled in.
    await expect(page.getByTestId('signin-endpoint')).toHaveValue(tokens.url('/token'));
    await expect(page.getByTestId('signin-source-teams')).toBeVisible();
    await expect(page.getByTestId('account-setup')).toHaveCount(0);
    await page.getByTestId('signin-submit').click();
    await expect.poll(() => traffic.createCommands).toEqual([{ agentKind: 'acs', attempt: 1 }]);
    // The SDK took the service's token (no token error); offline it never connects.
    await expect(page.getByTestId('error-panel')).toHaveAttribute('data-error-id', /^app:(create|connect)-timeout$/, { timeout: 30_000 });
    expect(traffic.sdkFailures).toEqual([]);
  } finally {
    await shell.stop();
    dataDir.remove();
    await tokens.stop();
  }
});

/*
 * The Teams path needs MSAL's network and the browser: the real core and web host run in this
 * test's process with a local Entra stand-in, over a fresh data folder on disk, with the engine
 * chosen as the CLI chooses it (no --engine, no ACS_TOKEN_ENDPOINT).
 */
test.describe('a Teams user setting up a first run', () => {
  let server: RunningTokenServer;
  let host: WebHost | undefined;
  let dataDir: string;
  test.afterEach(async () => {
    await host?.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('the setup with a client id, tenant and token service reaches the browser step', async ({ browser }) => {
    server = new RunningTokenServer();
    await server.start();
    dataDir = mkdtempSync(join(tmpdir(), 'softphone-e2e-'));
    const entra = new EntraStandIn();
    const browserOpened: string[] = [];
    const persistence = openPersistence(
      { settings: createConfJsonFile(dataDir, persistenceFileNames.settings), file: (name) => createConfJsonFile(dataDir, name) },
      { clock: systemClock, logger: silentLogger },
    );
    const launched = chooseEngine(undefined, {}, persistence.settings.get());
    expect(launched.engine).toBe('simulator');
    host = await startInProcessHost({
      persistence,
      engine: { ...launched, chooseEngine: (saved) => chooseEngine(undefined, {}, saved) },
      // The browser step: the person would sign in there; the test only sees that it opened.
      teamsSignIn: { openBrowser: async (url) => void browserOpened.push(url), networkClient: entra },
    });
    const context = await browser.newContext();
    await confineToApp(context, new URL(host.url).origin);
    const page = await context.newPage();
    const traffic = watchEngineTraffic(page);
    await page.goto(host.url);

    await page.getByTestId('setup-choice-teams').check();
    await page.getByTestId('setup-teams-client-id').fill('0c5b3a9e-1f2d-4e6a-8b7c-9d0e1f2a3b4c');
    await page.getByTestId('setup-teams-tenant').fill(tenantId);
    await page.getByTestId('setup-endpoint').fill(server.url('/token'));
    await page.getByTestId('setup-endpoint-key').fill(testApiKey);
    await page.getByTestId('setup-finish').click();

    await page.getByTestId('signin-source-teams').check();
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('agent-state')).toHaveText('Finish signing in with Teams in your browser');
    await expect.poll(() => browserOpened.length).toBe(1);
    expect(new URL(browserOpened[0] ?? '').searchParams.get('client_id')).toBe('0c5b3a9e-1f2d-4e6a-8b7c-9d0e1f2a3b4c');
    expect(traffic.createCommands).toEqual([]);
    await context.close();
  });
});
