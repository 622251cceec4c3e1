import type { Locator, Page } from '@playwright/test';
import { callState, expect, openTab, quickRemote, remote, signInReady, test } from './support/calls';

/*
 * A call day by keyboard alone, through the controls rather than the shortcuts: a national
 * number keyed on the dial pad, call, mute, hold, swap to a second call and back, hang up, and
 * calling back a missed call from History. (Setting the caller id first is setup, not the scenario.)
 */
test.use({ locale: 'en-US', viewport: { width: 420, height: 720 } });

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** Presses Tab (or Shift+Tab, going up) until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

const padOrder = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];
const padKey = (page: Page, key: string) => page.getByTestId('dialpad').locator(`[data-testid="dialpad-key"][data-key="${key}"]`);

/** Keys `digits` on the dial pad with Tab / Shift+Tab and Enter, starting from the focused key `from`. */
async function keyIn(page: Page, digits: string): Promise<void> {
  let at = '1';
  await tabTo(page, padKey(page, at));
  for (const digit of digits) {
    const steps = padOrder.indexOf(digit) - padOrder.indexOf(at);
    for (let step = 0; step < Math.abs(steps); step += 1) await page.keyboard.press(steps > 0 ? 'Tab' : 'Shift+Tab');
    await expect(padKey(page, digit)).toBeFocused();
    await page.keyboard.press('Enter');
    at = digit;
  }
}

test('dial a national number on the pad, call, mute, hold, swap, hang up, call back a missed call: keyboard only', async ({ app }) => {
  await signInReady(app, 'keyboard-only');
  await quickRemote(app);
  // Setup: phone numbers need a caller id, and the national number is German.
  await openTab(app, 'settings');
  await app.getByTestId('settings-caller-id').fill('+18005550100');
  await app.getByTestId('settings-default-country').selectOption('DE');
  await app.getByTestId('settings-save').click();
  await expect(app.getByTestId('settings-saved')).toBeVisible();
  await openTab(app, 'phone');

  // Dial 030 1234567 on the pad, then Call.
  await app.keyboard.press('Control+Shift+K');
  await expect(app.getByTestId('dial-input')).toBeFocused();
  await keyIn(app, '0301234567');
  await expect(app.getByTestId('dial-input')).toHaveValue('030 1234567');
  await tabTo(app, app.getByTestId('dial-call'));
  await app.keyboard.press('Enter');
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');

  // Mute and hold with the call's own buttons.
  await tabTo(app, app.getByTestId('call-mute'));
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('call-mute')).toHaveAttribute('aria-pressed', 'true');
  await app.keyboard.press('Tab');
  await expect(app.getByTestId('call-hold')).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(callState(app)).toHaveAttribute('data-state', 'LocalHold');
  await expect(app.getByTestId('call-keypad')).toBeDisabled();
  await app.keyboard.press('Enter');
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');

  // A second call: answer it (the first goes on hold), then swap back and forth with the strip's button.
  await remote(app, 'ringFrom', '8:acs:resource_carol', 'Carol');
  await tabTo(app, app.getByTestId('incoming-accept'));
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('call-peer')).toHaveText('Carol');
  await expect(app.getByTestId('held-call')).toBeVisible();
  const mutedBeforeSwap = await app.getByTestId('call-mute').getAttribute('aria-pressed');
  await tabTo(app, app.getByTestId('call-swap'));
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('call-peer')).not.toHaveText('Carol');
  await expect(app.getByTestId('held-call-peer')).toHaveText('Carol');
  // Mute follows the person across the swap (it is about the microphone, not one call).
  await expect(app.getByTestId('call-mute')).toHaveAttribute('aria-pressed', mutedBeforeSwap ?? 'false');

  // Hang up the call in front; Carol, on hold, takes the card; hang her up too.
  await tabTo(app, app.getByTestId('call-hangup'));
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('call-peer')).toHaveText('Carol');
  await tabTo(app, app.getByTestId('call-hangup'));
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('call-card')).toHaveCount(0);

  // Dave rings and gives up: a missed call. History, by keyboard, calls him back.
  await remote(app, 'ringFrom', '8:acs:resource_dave', 'Dave');
  await expect(app.getByTestId('incoming-caller')).toHaveText('Dave');
  await remote(app, 'hangUp');
  await expect(app.getByTestId('incoming-call')).toHaveCount(0);
  await expect(app.getByTestId('missed-badge')).toBeVisible();
  // The dialer shortcut puts the focus near the top; the tabs are just above it.
  await app.keyboard.press('Control+Shift+K');
  await tabTo(app, app.getByTestId('tab-phone'), 'Shift+Tab');
  await app.keyboard.press('ArrowRight');
  await expect(app.getByTestId('tab-history')).toHaveAttribute('aria-selected', 'true');
  const missed = app.getByTestId('history-item').filter({ hasText: 'Dave' }).first();
  await tabTo(app, missed.getByTestId('history-redial'));
  await app.keyboard.press('Enter');
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  await expect(app.getByTestId('call-peer')).toHaveText(/dave/i);
  await app.keyboard.press('Control+Shift+H');
  await expect(app.getByTestId('call-card')).toHaveCount(0);
});
