import { openMemoryPersistence } from '../../../electron/main/persistence/open-persistence';
import type { WebHost } from '../../../electron/web-host/server';
import { EntraStandIn, tenantId } from '../../electron/main/tokens/teams/support/entra-stand-in';
import { RunningTokenServer, testApiKey } from '../../token-server/support/running-token-server';
import { watchEngineTraffic } from '../support/sdk-engine-traffic';
import { expect, test } from '../support/sdk-test';
import { createDataDir } from '../support/calls';
import { startInProcessHost } from '../support/in-process-host';
import { confineToApp, startWebShell } from '../support/web-shell';

/*
 * The Teams sign-in on the real-SDK build, as far as it goes offline without Entra ID: the
 * choice is on the sign-in screen, and without an app registration in Settings main refuses
 * it with the setting to fill in, before any browser opens or any agent is asked for. The
 * MSAL flow itself runs against a local Entra stand-in in
 * test/electron/main/tokens/teams/teams-sign-in-setup.test.ts.
 */
test('Teams sign-in without an app registration names the setting to fill in', async ({ app, traffic }) => {
  await app.getByTestId('signin-source-teams').check();
  await expect(app.getByTestId('signin-teams-hint')).toContainText('browser');
  await expect(app.getByTestId('signin-display-name')).toHaveCount(0);
  await app.getByTestId('signin-submit').click();
  await expect(app.getByTestId('signin-error')).toContainText('application (client) id of your Entra app registration in Settings');
  await expect(app.getByTestId('agent-state')).toHaveAttribute('data-phase', 'signedOut');
  expect(traffic.createCommands).toHaveLength(0);
});

test('a Teams refusal links straight to the setting, focused; filled in, the next refusal names the next one', async ({ page }) => {
  const dataDir = createDataDir();
  const shell = await startWebShell('sdk', ['--data-dir', dataDir.path], { qa: false });
  try {
    await confineToApp(page.context(), shell.origin);
    await page.goto(await shell.newLink());
    await page.getByTestId('signin-source-teams').check();
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('signin-error-fix').click();
    await expect(page.getByTestId('settings-teams-client-id')).toBeFocused();
    await page.getByTestId('settings-teams-client-id').fill('0c5b3a9e-1f2d-4e6a-8b7c-9d0e1f2a3b4c');
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-saved')).toBeVisible();
    await page.getByTestId('settings-back').click();

    await page.getByTestId('signin-source-teams').check();
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('signin-error')).toContainText('token endpoint URL');
    await page.getByTestId('signin-error-fix').click();
    await expect(page.getByTestId('settings-endpoint')).toBeFocused();
  } finally {
    await shell.stop();
    dataDir.remove();
  }
});

/*
 * The whole Teams path in the browser, offline: the real core and web host run in this test's
 * process, so MSAL's network goes to the local Entra stand-in and the exchange to the token
 * server in front of the stand-in ACS identity API. The page is the built app with the real SDK.
 */
test.describe('a Teams user signing in end to end', () => {
  let server: RunningTokenServer;
  let host: WebHost | undefined;
  test.afterEach(async () => {
    await host?.close();
    await server.stop();
  });

  test('waits for the browser, exchanges the Entra token, and the real SDK gets a TeamsCallAgent request', async ({ browser }) => {
    server = new RunningTokenServer();
    await server.start();
    const entra = new EntraStandIn();
    let finishInBrowser: (() => void) | undefined;
    const persistence = openMemoryPersistence();
    expect(
      persistence.settings.update({ tokenEndpointUrl: server.url('/token'), tokenEndpointApiKey: testApiKey, teamsClientId: '0c5b3a9e-1f2d-4e6a-8b7c-9d0e1f2a3b4c', teamsTenant: tenantId }).ok,
    ).toBe(true);
    host = await startInProcessHost({
      persistence,
      engine: { engine: 'sdk', engineReason: 'test' },
      // The person takes their time in the browser: the test says when they are done.
      teamsSignIn: { openBrowser: (url) => new Promise((resolve) => (finishInBrowser = () => resolve(entra.openBrowser(url)))), networkClient: entra },
    });
    const context = await browser.newContext();
    await confineToApp(context, new URL(host.url).origin);
    const page = await context.newPage();
    const traffic = watchEngineTraffic(page);
    await page.goto(host.url);

    await page.getByTestId('signin-source-teams').check();
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('agent-state')).toHaveText('Finish signing in with Teams in your browser');
    expect(traffic.createCommands).toEqual([]);

    await expect.poll(() => finishInBrowser !== undefined).toBe(true);
    finishInBrowser?.();
    await expect.poll(() => traffic.createCommands).toEqual([{ agentKind: 'teams', attempt: 1 }]);
    expect(server.acs.requests.map((r) => r.path)).toEqual(['/teamsUser/:exchangeAccessToken']);
    // The SDK took the exchanged token for a TeamsCallAgent (no 40231/40229); offline it never connects.
    await expect(page.getByTestId('error-panel')).toHaveAttribute('data-error-id', /^app:(create|connect)-timeout$/, { timeout: 15_000 });
    expect(traffic.sdkFailures).toEqual([]);
    await context.close();
  });
});
