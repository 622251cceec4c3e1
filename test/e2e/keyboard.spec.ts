import { callState, expect, openTab, quickRemote, remote, signInReady, test } from './support/calls';

/* A whole call day by keyboard alone, with the documented shortcuts (Settings lists them). */

test('dial, mute, hold, hang up, answer and decline with the keyboard shortcuts', async ({ app }) => {
  await signInReady(app, 'keyboard-user');
  await quickRemote(app);
  await openTab(app, 'settings');
  await expect(app.getByTestId('shortcuts')).toContainText('Ctrl+Shift+M');

  await app.keyboard.press('Control+Shift+K');
  await expect(app.getByTestId('tab-phone')).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByTestId('dial-input')).toBeFocused();
  await app.keyboard.type('8:acs:resource_bob');
  await app.keyboard.press('Enter');
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');

  await app.keyboard.press('Control+Shift+M');
  await expect(app.getByTestId('call-mute')).toHaveAttribute('aria-pressed', 'true');
  await app.keyboard.press('Control+Shift+P');
  await expect(callState(app)).toHaveAttribute('data-state', 'LocalHold');
  await app.keyboard.press('Control+Shift+P');
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  await app.keyboard.press('Control+Shift+H');
  await expect(app.getByTestId('call-end-reason')).toBeVisible();

  await remote(app, 'ringFrom', '8:acs:resource_carol', 'Carol');
  await expect(app.getByTestId('incoming-caller')).toHaveText('Carol');
  await app.keyboard.press('Control+Shift+S');
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  await app.keyboard.press('Control+Shift+H');
  await expect(app.getByTestId('call-card').filter({ has: app.locator('[data-state="Connected"]') })).toHaveCount(0);

  await remote(app, 'ringFrom', '8:acs:resource_dave', 'Dave');
  await expect(app.getByTestId('incoming-caller')).toHaveText('Dave');
  await app.keyboard.press('Control+Shift+X');
  await expect(app.getByTestId('incoming-call')).toHaveCount(0);
  await openTab(app, 'history');
  await expect(app.getByTestId('history-item').first()).toHaveAttribute('data-outcome', 'declined');
});
