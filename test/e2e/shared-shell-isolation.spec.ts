import { expect, openTab, signInReady, test } from './support/calls';

/*
 * Tests in one worker share its web shell and data folder. Settings one test saves must not
 * reach the next: these two run in this order in one worker, and the second would open in
 * German if the shared shell kept what the first saved.
 */
test.describe.configure({ mode: 'serial' });

test('a test saves German', async ({ app }) => {
  await signInReady(app, 'shared-shell');
  await openTab(app, 'settings');
  await app.getByTestId('settings-language').selectOption('de');
  await expect(app.getByTestId('tab-settings')).toHaveText('Einstellungen');
});

test('the next test of the same worker starts in English', async ({ app }) => {
  await expect(app.getByTestId('signin-submit')).toHaveText('Sign in');
  await signInReady(app, 'shared-shell');
  await openTab(app, 'settings');
  await expect(app.getByTestId('settings-language')).toHaveValue('system');
});
