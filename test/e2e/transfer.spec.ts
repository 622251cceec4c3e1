import type { Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { callState, dial, expect, openTab, quickRemote, remote, signInReady, test } from './support/calls';

/* Call transfer with the simulator: blind, consultative, being transferred, and a transfer that fails. */

const bob = '8:acs:resource_bob';
const carol = '8:acs:resource_carol';

async function inCallWithBob(app: Page, user: string): Promise<void> {
  await signInReady(app, user);
  await quickRemote(app);
  await dial(app, bob);
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
}

/** Opens the form on the call in front with the keyboard, and types the target. */
async function typeTarget(app: Page, target: string): Promise<void> {
  await app.getByTestId('call-card').getByTestId('call-transfer').press('Enter');
  await expect(app.getByTestId('transfer-target')).toBeFocused();
  await app.keyboard.type(target);
}

test('blind transfer to a phone number: transferring, then the call ends as transferred, in history too', async ({ app }) => {
  await inCallWithBob(app, 'alice-blind');
  // The simulator carries a transfer out after answerMs: long enough to see it under way.
  await remote(app, 'setTimings', { answerMs: 1_500 });
  await typeTarget(app, '+1 425 555 0123');
  await expect(app.getByTestId('transfer-kind')).toHaveText('Phone number');
  await expectAccessible(app, 'the transfer form');
  await app.keyboard.press('Enter');

  await expect(app.getByTestId('transfer-status')).toHaveText('Transferring to +14255550123…');
  await expect(app.getByTestId('call-end-headline')).toHaveText('Transferred to +14255550123');
  await expect(app.getByTestId('call-card')).toHaveCount(0);
  await openTab(app, 'history');
  await expect(app.getByTestId('history-item').first().getByTestId('history-transfer')).toHaveText(/Transferred to \+14255550123/);
});

test('a transfer that fails says why, and the call carries on', async ({ app }) => {
  await inCallWithBob(app, 'alice-failed-transfer');
  await remote(app, 'failNextTransfer', 486);
  await typeTarget(app, carol);
  await app.getByTestId('transfer-confirm').click();
  await expect(app.getByTestId('transfer-status')).toHaveText('Transfer to 8:acs:resource_carol failed: the line is busy. (486/0)');
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');

  // A target the dialer would refuse is refused in its words, before any transfer.
  await typeTarget(app, '8:acs:incomplete');
  await app.getByTestId('transfer-confirm').click();
  await expect(app.getByTestId('transfer-error')).toContainText('8:acs:incomplete');
  await expect(app.getByTestId('transfer-target')).toHaveAttribute('aria-invalid', 'true');
});

test('consultative transfer: call the target first, talk, then hand the first call over', async ({ app }) => {
  await inCallWithBob(app, 'alice-consult');
  await typeTarget(app, carol);
  await app.keyboard.press('Tab');
  await app.keyboard.press('Tab');
  await expect(app.getByTestId('transfer-consult')).toBeFocused();
  await app.keyboard.press('Enter');

  await expect(app.getByTestId('call-card').getByTestId('call-peer')).toHaveText(carol);
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  await expect(app.getByTestId('held-call')).toContainText(bob);
  await expect(app.getByTestId('transfer-consultation')).toHaveText(`${bob} is on hold, waiting to be transferred to ${carol}.`);

  // The keyboard follows the call in front: its card has the focus, its Transfer control is a Tab away.
  await expect(app.getByTestId('call-card')).toBeFocused();
  await app.getByTestId('call-card').getByTestId('call-transfer').press('Enter');
  await expect(app.getByTestId('transfer-confirm')).toBeFocused();
  await expect(app.getByTestId('transfer-confirm')).toHaveText(`Transfer ${bob} to ${carol}`);
  await app.keyboard.press('Enter');

  await expect(app.getByTestId('call-end-headline')).toHaveText(`Transferred to ${carol}`);
  await expect(app.getByTestId('call-card')).toHaveCount(0);
  await expect(app.getByTestId('held-call')).toHaveCount(0);
  expect(await remote<{ calls: unknown[] }>(app, 'snapshot')).toMatchObject({ calls: [] });
});

test('being transferred: the call ends as transferred, and the call to the target says by whom', async ({ app }) => {
  await inCallWithBob(app, 'alice-transferred');
  await remote(app, 'transferTo', '4:+14255550199', 'Front desk');

  await expect(app.getByTestId('call-end-headline')).toHaveText('Transferred to Front desk');
  await expect(app.getByTestId('call-end-detail')).toHaveText(`${bob} transferred you.`);
  await expect(app.getByTestId('call-card').getByTestId('call-peer')).toHaveText('Front desk');
  await expect(app.getByTestId('transfer-status')).toHaveText(`Transferred to you by ${bob}.`);
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');

  await app.getByTestId('call-card').getByTestId('call-hangup').click();
  await openTab(app, 'history');
  await expect(app.getByTestId('history-item').nth(0).getByTestId('history-transfer')).toHaveText(new RegExp(`Transferred by ${bob}`));
  await expect(app.getByTestId('history-item').nth(1).getByTestId('history-transfer')).toHaveText(/Transferred to Front desk/);
});

test.describe('with a German system', () => {
  test.use({ locale: 'de-DE' });

  test('the transfer form and its progress are in German, and pass axe', async ({ app }) => {
    await inCallWithBob(app, 'alice-transfer-de');
    await typeTarget(app, carol);
    await expect(app.getByTestId('transfer-confirm')).toHaveText('Weiterverbinden');
    await expect(app.getByTestId('transfer-consult')).toHaveText('Erst anrufen');
    await expectAccessible(app, 'the German transfer form');
    await app.getByTestId('transfer-confirm').click();
    await expect(app.getByTestId('call-end-headline')).toHaveText(`Mit ${carol} verbunden`);
  });
});
