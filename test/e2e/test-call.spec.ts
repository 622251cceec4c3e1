import { callState, expect, openTab, remote, signInReady, test } from './support/calls';

/* The test call: the echo bot answers, the user speaks (the simulated microphone sends sound) and says whether they heard it. */

test('a test call to the echo bot guides through speaking and listening, says the result in words, and stays out of history', async ({ app }) => {
  await signInReady(app, 'alice-echo');
  // The echo bot answers by itself, whatever the answer mode of the simulated people.
  await remote(app, 'setAnswerMode', 'manual');
  await app.getByTestId('test-call-start').click();
  const step = app.getByTestId('test-call-step');
  await expect(step).toHaveText(/Say a few words now/);
  await expect(step).toHaveAttribute('role', 'status');
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  expect(await remote(app, 'snapshot')).toMatchObject({ calls: [{ remoteRawId: '8:echo123', state: 'Connected' }] });

  await expect(step).toHaveText('The service is playing your words back. Did you hear yourself?', { timeout: 15_000 });
  await app.getByTestId('test-call-heard-yes').click();
  await expect(app.getByTestId('test-call-result')).toHaveText('Your microphone and speaker work.');
  await expect(app.getByTestId('call-card')).toHaveCount(0);
  await expect(app.getByTestId('call-ended')).toHaveCount(0);

  await app.getByTestId('test-call-close').click();
  await expect(app.getByTestId('test-call-start')).toBeVisible();
  await openTab(app, 'history');
  await expect(app.getByTestId('history')).not.toContainText('echo123');
});

test('the speaker test plays a tone on the chosen speaker before any call', async ({ app }) => {
  await signInReady(app, 'alice-tone');
  await app.getByTestId('speaker-test').click();
  const status = app.getByTestId('speaker-test-status');
  await expect(status).toHaveText('Did you hear the tone? If not, choose another speaker or turn the volume up.', { timeout: 5_000 });
  await expect(app.getByTestId('speaker-test')).toBeEnabled();
});

test('Settings › Audio offers the test call too; it carries on on the Phone tab, and stopping it hangs up', async ({ app }) => {
  await signInReady(app, 'alice-echo-settings');
  await openTab(app, 'settings');
  await app.getByTestId('settings-section-audio').getByTestId('test-call-start').click();
  // A call brings the Phone tab forward; the guide goes with it.
  await expect(app.getByTestId('tab-phone')).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByTestId('test-call-step')).toHaveText(/Say a few words now/);
  expect(await remote(app, 'snapshot')).toMatchObject({ calls: [{ remoteRawId: '8:echo123', state: 'Connected' }] });
  await app.getByTestId('test-call-cancel').click();
  await expect(app.getByTestId('test-call-start')).toBeVisible();
  await expect.poll(async () => (await remote<{ calls: unknown[] }>(app, 'snapshot')).calls).toEqual([]);
});

test.describe('with a German system', () => {
  test.use({ locale: 'de-DE' });

  test('Testanruf: not hearing the playback points at the speaker; a service that cannot be reached says the check did not happen', async ({ app }) => {
    await signInReady(app, 'alice-echo-de');
    await app.getByTestId('test-call-start').click();
    await expect(app.getByTestId('test-call-heard-no')).toBeVisible({ timeout: 15_000 });
    await app.getByTestId('test-call-heard-no').click();
    await expect(app.getByTestId('test-call-result')).toContainText('Ihr Mikrofon funktioniert, aber Sie haben die Wiedergabe nicht gehört.');

    await remote(app, 'setAnswerMode', 'unavailable');
    await app.getByTestId('test-call-again').click();
    await expect(app.getByTestId('test-call-result')).toHaveText('Der Testanruf kam nicht zustande, daher wurde nichts geprüft. Die Anrufkarte nennt den Grund.');
    await expect(app.getByTestId('call-ended')).toBeVisible();
  });
});
