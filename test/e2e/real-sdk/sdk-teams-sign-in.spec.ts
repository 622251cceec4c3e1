import { expect, test } from '../support/sdk-test';

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
