import { callState, dial, expect, openTab, quickRemote, signInReady, test } from './support/calls';

/*
 * Tests in one worker share its web shell and data folder. What one test saves must not reach
 * the next: these two run in this order in one worker, and the second would open in German,
 * with the first test's call in its history, if the shared shell kept what the first saved.
 */
test.describe.configure({ mode: 'serial' });

test('a test saves German and leaves a call in the history', async ({ app }) => {
  await signInReady(app, 'shared-shell');
  await openTab(app, 'settings');
  await app.getByTestId('settings-language').selectOption('de');
  await expect(app.getByTestId('tab-settings')).toHaveText('Einstellungen');
  await openTab(app, 'phone');
  await quickRemote(app);
  await dial(app, '8:acs:resource_bob');
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  await app.getByTestId('call-hangup').click();
  await openTab(app, 'history');
  await expect(app.getByTestId('history-item')).toHaveCount(1);
});

test('the next test of the same worker starts in English with an empty history', async ({ app }) => {
  await expect(app.getByTestId('signin-submit')).toHaveText('Sign in');
  await signInReady(app, 'shared-shell');
  await openTab(app, 'settings');
  await expect(app.getByTestId('settings-language')).toHaveValue('system');
  await openTab(app, 'history');
  await expect(app.getByTestId('history-empty')).toBeVisible();
  await expect(app.getByTestId('history-item')).toHaveCount(0);
});
