import type { Page } from '@playwright/test';
import { injectFailures, signInSimulated } from './support/screens';
import { callState, createDataDir, dial, expect, openApp, openTab, quickRemote, remote, signInReady, startShellOn, test } from './support/calls';

/* The language follows the OS until Settings says otherwise; error explanations come from the message files too. */

test.describe('with a German system', () => {
  test.use({ locale: 'de-DE' });

  test('the app starts in German, errors are explained in German, and Settings can switch it to English', async ({ page: app }) => {
    // Its own data folder: the English it saves at the end must not reach the worker's other tests.
    const dataDir = createDataDir();
    const shell = await startShellOn(dataDir);
    try {
      await openApp(app, shell);
      await checkGermanThenSwitchToEnglish(app);
    } finally {
      await shell.stop();
      dataDir.remove();
    }
  });

  async function checkGermanThenSwitchToEnglish(app: Page): Promise<void> {
    await expect(app.getByTestId('signin-submit')).toHaveText('Anmelden');
    await expect(app.locator('html')).toHaveAttribute('lang', 'de');

    await injectFailures(app, '40229');
    await signInSimulated(app, { user: 'sprache' });
    await expect(app.getByTestId('error-subcode')).toHaveText('40229');
    // The catalog's English is not what a German user reads.
    await expect(app.getByTestId('error-action')).not.toContainText('Sign in with');
    await expect(app.getByTestId('error-title')).not.toHaveText('A Teams token was used for an ACS call agent');

    await signInReady(app, 'sprache-2');

    // A refused dial is explained in German, not in the parser's English.
    await dial(app, '+0123');
    await expect(app.getByTestId('dial-error')).toHaveText(/^Das ist keine gültige Telefonnummer/);
    await expect(app.getByTestId('call-card')).toHaveCount(0);

    // A call's diagnostic banners and end reason are German too.
    await quickRemote(app);
    await dial(app, '8:acs:resource_bob');
    await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
    await remote(app, 'diagnostic', 'speakingWhileMicrophoneIsMuted', true);
    await expect(app.locator('[data-testid="call-diagnostic"][data-diagnostic="speakingWhileMicrophoneIsMuted"]')).toHaveText(
      'Sie sprechen, während Ihr Mikrofon stummgeschaltet ist. Heben Sie die Stummschaltung auf, damit man Sie hört.',
    );
    await remote(app, 'hangUp');
    await expect(app.getByTestId('call-end-headline')).toContainText('Anruf beendet · ');
    await expect(app.getByTestId('call-end-full')).toHaveText('Anruf beendet: Der Anruf wurde normal beendet.');
    await expect(app.getByTestId('call-end-codes')).toHaveText('(0/0)');

    await openTab(app, 'settings');
    await expect(app.getByTestId('tab-settings')).toHaveText('Einstellungen');
    await app.getByTestId('settings-language').selectOption('en');
    await expect(app.getByTestId('tab-settings')).toHaveText('Settings');
    await expect(app.locator('html')).toHaveAttribute('lang', 'en');

    // Main keeps the choice: a new window opens in English on a German system.
    await app.reload();
    await expect(app.getByTestId('signin-submit')).toHaveText('Sign in');
  }

  test('a notice from main, about a corrupt settings file, is shown in German', async ({ page }) => {
    const dataDir = createDataDir();
    dataDir.write('settings', '{ "displayName": "Al');
    const shell = await startShellOn(dataDir);
    try {
      await openApp(page, shell);
      // Main words it in English for its log; the window words the key, with the path as it is.
      await expect(page.getByTestId('app-notice')).toContainText(/^Ihre Einstellungsdatei war nicht lesbar und wurde zurückgesetzt; eine Kopie liegt unter .*settings\.corrupt-.*\.json\./);
    } finally {
      await shell.stop();
      dataDir.remove();
    }
  });
});
