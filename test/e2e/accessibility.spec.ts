import { callState, dial, expect, openTab, quickRemote, remote, signInReady, test } from './support/calls';
import { expectAccessible } from './support/axe';
import { expectPhase, injectFailures, signInSimulated } from './support/screens';

/*
 * axe-core on every screen a user or tester reaches: no serious or critical violation of
 * WCAG 2.1 A/AA (support/axe.ts).
 */
// Both themes follow the OS; each must keep its contrast.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(scheme, () => {
    test.use({ colorScheme: scheme });

    test(`${scheme}: sign-in, error panel with a retry countdown, and the QA panel`, async ({ app }) => {
      await expect(app.getByTestId('qa-panel')).toBeVisible();
      await expectAccessible(app, 'sign-in with the QA panel');
      await injectFailures(app, '40104x5');
      await signInSimulated(app, { user: 'a11y-errors' });
      await expect(app.getByTestId('retry-countdown')).toBeVisible();
      await expectAccessible(app, 'error panel during a retry countdown');
      await app.getByTestId('retry-cancel').click();
    });

    test(`${scheme}: dialer, incoming call, in call with the keypad, history and settings`, async ({ app }) => {
      await signInReady(app, 'a11y-calls');
      await quickRemote(app);
      await expectAccessible(app, 'dialer');

      await remote(app, 'ringFrom', '8:acs:resource_carol', 'Carol');
      await expect(app.getByTestId('incoming-caller')).toBeVisible();
      await expectAccessible(app, 'incoming call');
      await app.getByTestId('incoming-accept').click();
      await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
      await app.getByTestId('call-keypad').click();
      await expectAccessible(app, 'in call with the keypad open');
      await app.getByTestId('call-hangup').click();
      await expect(app.getByTestId('call-end-reason')).toBeVisible();
      await expectAccessible(app, 'ended call summary');

      await dial(app, '+1 42');
      await expect(app.getByTestId('dial-error')).toBeVisible();
      await expectAccessible(app, 'dialer with an error');

      await openTab(app, 'history');
      await expect(app.getByTestId('history-item').first()).toBeVisible();
      await expectAccessible(app, 'history');
      await openTab(app, 'settings');
      await expectAccessible(app, 'settings');
    });
  });
}

// Windows High Contrast: the OS replaces every colour, so nothing may rely on colour alone.
test.describe('forced colors (high contrast)', () => {
  test.use({ forcedColors: 'active' });

  test('the selected tab, warnings and the error panel stay distinguishable, and axe finds nothing serious', async ({ app }) => {
    // Five failures leave about 30 s of countdowns: axe is done long before the app would recover by itself.
    await injectFailures(app, '40104x5');
    await signInSimulated(app, { user: 'a11y-contrast' });
    await expect(app.getByTestId('retry-countdown')).toBeVisible();
    await expectAccessible(app, 'error panel in forced colors');
    await app.getByTestId('retry-cancel').click();
    await expectPhase(app, 'signedOut');
    await app.getByTestId('qa-plan-clear').click();
    await expect(app.getByTestId('qa-plan')).toHaveText('nothing');

    await signInReady(app, 'a11y-contrast');
    const underline = (tab: string) => app.getByTestId(`tab-${tab}`).evaluate((element) => getComputedStyle(element).borderBottomColor);
    expect(await underline('phone')).not.toBe(await underline('history'));
    expect(await underline('history')).toBe(await underline('settings'));

    await dial(app, '+1 42');
    const refusal = app.getByTestId('dial-error');
    await expect(refusal).toBeVisible();
    expect(await refusal.evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe('solid');
    await expectAccessible(app, 'dialer in forced colors');
  });
});
