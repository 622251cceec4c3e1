import { callState, dial, quickRemote } from './support/calls';
import { expectPhase, injectFailures } from './support/screens';
import { expect, test } from './support/web-shell';
import { mintSimulatedToken } from '../../shared/tokens/unsigned-token';

/*
 * What the person typed is never thrown away by an error: the sign-in form keeps every field,
 * points at the one to change, and stays editable while a retry is pending.
 */

test('a fix-first failure keeps every field and points at the one to change', async ({ app }) => {
  await injectFailures(app, '400/44214');
  await app.getByTestId('signin-source-simulated').check();
  await app.getByTestId('signin-simulated-user').fill('bob-keeps');
  await app.getByTestId('signin-display-name').fill('Bob Keeps');
  await app.getByTestId('signin-submit').click();
  await expectPhase(app, 'needsFix');

  await expect(app.getByTestId('signin-source-simulated')).toBeChecked();
  await expect(app.getByTestId('signin-simulated-user')).toHaveValue('bob-keeps');
  await expect(app.getByTestId('signin-display-name')).toHaveValue('Bob Keeps');
  // 44214 is about the display name: that field is the one marked and focused.
  await expect(app.getByTestId('signin-display-name')).toHaveAttribute('aria-invalid', 'true');
  await expect(app.getByTestId('signin-display-name')).toBeFocused();
});

test('a pasted token survives a fix-first failure, and the source stays "paste a token"', async ({ app }) => {
  const token = mintSimulatedToken({ user: 'paster', kind: 'acs', scopes: ['voip'], expiresOn: Date.now() + 3_600_000 });
  await injectFailures(app, '401/44114');
  await app.getByTestId('signin-source-token').check();
  await app.getByTestId('signin-token').fill(token);
  await app.getByTestId('signin-display-name').fill('Paula');
  await app.getByTestId('signin-submit').click();
  await expectPhase(app, 'needsFix');
  await expect(app.getByTestId('signin-source-token')).toBeChecked();
  await expect(app.getByTestId('signin-token')).toHaveValue(token);
  await expect(app.getByTestId('signin-display-name')).toHaveValue('Paula');
  await expect(app.getByTestId('signin-token')).toHaveAttribute('aria-invalid', 'true');
});

test('during a countdown the fields stay editable, and "Retry now" signs in with what is typed', async ({ app }) => {
  await injectFailures(app, '408/40104');
  await app.getByTestId('signin-source-simulated').check();
  await app.getByTestId('signin-simulated-user').fill('first-try');
  await app.getByTestId('signin-submit').click();
  await expect(app.getByTestId('retry-countdown')).toBeVisible();

  await expect(app.getByTestId('signin-simulated-user')).toBeEditable();
  await app.getByTestId('signin-simulated-user').fill('second-try');
  await app.getByTestId('retry-now').click();
  await expectPhase(app, 'ready');
  // The identity label ends with the user id's last characters: the typed one, not the first.
  await expect(app.getByTestId('ready-panel')).toContainText('cond-try');
});

test('signing out during a call asks "Hang up and sign out?" first', async ({ app }) => {
  await app.getByTestId('signin-source-simulated').check();
  await app.getByTestId('signin-simulated-user').fill('in-a-call');
  await app.getByTestId('signin-submit').click();
  await expectPhase(app, 'ready');
  await quickRemote(app);
  await dial(app, '8:acs:resource_bob');
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected', { timeout: 15_000 });

  await app.getByTestId('sign-out').click();
  await expect(app.getByTestId('confirm-question')).toHaveText('Hang up and sign out?');
  await app.getByTestId('confirm-no').click();
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  await expectPhase(app, 'ready');

  await app.getByTestId('sign-out').click();
  await app.getByTestId('confirm-yes').click();
  await expectPhase(app, 'signedOut');
  // The call this hung up leaves no "You hung up" card, tabs or dialer above the sign-in form.
  await expect(app.getByTestId('call-ended')).toHaveCount(0);
  await expect(app.getByTestId('tab-phone')).toHaveCount(0);
  await expect(app.getByTestId('dial-input')).toHaveCount(0);
});

test('after sign-out nothing of the phone stays: not an ended call held open, nor tabs, dialer or devices', async ({ app }) => {
  await app.getByTestId('signin-source-simulated').check();
  await app.getByTestId('signin-simulated-user').fill('leaves-clean');
  await app.getByTestId('signin-submit').click();
  await expectPhase(app, 'ready');
  await quickRemote(app);
  await dial(app, '8:acs:resource_bob');
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected', { timeout: 15_000 });
  await app.getByTestId('call-hangup').click();
  // Open Details keeps the ended card on screen: it must still go with the sign-out.
  await app.getByTestId('call-end-details').locator('summary').click();
  await expect(app.getByTestId('call-ended')).toBeVisible();

  await app.getByTestId('sign-out').click();
  await expectPhase(app, 'signedOut');
  await expect(app.getByTestId('signin-submit')).toBeVisible();
  for (const id of ['call-ended', 'call-card', 'tab-phone', 'dial-input', 'dialpad', 'device-mic', 'device-speaker', 'ready-panel']) {
    await expect(app.getByTestId(id), id).toHaveCount(0);
  }

  // Nor does the old call come back with the next sign-in.
  await app.getByTestId('signin-submit').click();
  await expectPhase(app, 'ready');
  await expect(app.getByTestId('dial-input')).toBeVisible();
  await expect(app.getByTestId('call-ended')).toHaveCount(0);
});
