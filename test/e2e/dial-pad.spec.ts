import type { Page } from '@playwright/test';
import { callState, expect, openTab, quickRemote, remote, signInReady, test } from './support/calls';

// A typical softphone window, and a browser whose language says the US.
test.use({ locale: 'en-US', viewport: { width: 420, height: 720 } });

const padKey = (app: Page, key: string) => app.getByTestId('dialpad').locator(`[data-testid="dialpad-key"][data-key="${key}"]`);

async function saveSettings(app: Page, change: { callerId: string; country: string }): Promise<void> {
  await openTab(app, 'settings');
  await app.getByTestId('settings-caller-id').fill(change.callerId);
  await app.getByTestId('settings-default-country').selectOption(change.country);
  await app.getByTestId('settings-save').click();
  await expect(app.getByTestId('settings-saved')).toBeVisible();
  await openTab(app, 'phone');
}

async function dialledNumber(app: Page): Promise<string | undefined> {
  const snapshot = await remote<{ calls: { remoteRawId: string }[] }>(app, 'snapshot');
  return snapshot.calls.at(-1)?.remoteRawId;
}

/** Hangs up and empties the number field, which keeps the last number dialled. */
async function hangUp(app: Page): Promise<void> {
  await app.getByTestId('call-hangup').click();
  await expect(app.getByTestId('call-end-reason')).toBeVisible();
  // The result leaves by itself (a deliberate change: it used to wait for Dismiss).
  await expect(app.getByTestId('call-ended')).toHaveCount(0, { timeout: 8_000 });
  await app.getByTestId('dial-input').fill('');
}

test('a national number dialled on the pad goes out in E.164, in the country of the language or of Settings', async ({ app }) => {
  await signInReady(app, 'alice-pad');
  await quickRemote(app);
  await saveSettings(app, { callerId: '+18005550100', country: '' });

  // No country chosen: the browser's en-US makes "(425) 555-0123" a US number.
  for (const key of '4255550123') await padKey(app, key).click();
  await expect(app.getByTestId('dial-input')).toHaveValue('(425) 555-0123');
  await expect(app.getByTestId('dial-number')).toHaveText('Calls +1 425 555 0123');
  await app.getByTestId('dial-call').click();
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  expect(await dialledNumber(app)).toBe('4:+14255550123');
  await expect(app.getByTestId('dialpad')).toHaveCount(0);
  await hangUp(app);

  // Germany from Settings; digits typed on the keyboard while the pad has the focus.
  await saveSettings(app, { callerId: '+18005550100', country: 'DE' });
  await padKey(app, '0').focus();
  await app.keyboard.type('0301234567');
  await expect(app.getByTestId('dial-input')).toHaveValue('030 1234567');
  await expect(app.getByTestId('dial-number')).toHaveText('Calls +49 30 1234567');
  await app.getByTestId('dial-call').click();
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  expect(await dialledNumber(app)).toBe('4:+49301234567');
  await hangUp(app);

  // + from the pad, then an international number; the backspace key corrects a typo.
  await padKey(app, '+').click();
  for (const key of '4420794609589') await padKey(app, key).click();
  await app.getByTestId('dialpad-backspace').click();
  await expect(app.getByTestId('dial-input')).toHaveValue('+44 20 7946 0958');
  await app.getByTestId('dial-call').click();
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  expect(await dialledNumber(app)).toBe('4:+442079460958');
  await hangUp(app);
});

test('a pasted tel: link with a national number is dialled in the default country', async ({ app }) => {
  await signInReady(app, 'alice-paste');
  await quickRemote(app);
  await saveSettings(app, { callerId: '+18005550100', country: 'DE' });
  await app.getByTestId('dial-input').fill('tel:030-1234567');
  await expect(app.getByTestId('dial-kind')).toHaveAttribute('data-kind', 'phoneNumber');
  await app.getByTestId('dial-call').click();
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  expect(await dialledNumber(app)).toBe('4:+49301234567');
  await hangUp(app);
});
