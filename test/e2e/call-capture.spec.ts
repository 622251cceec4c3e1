import { callState, dial, expect, openTab, quickRemote, remote, signInReady, test } from './support/calls';

/* Recording and transcription notices: raised and cleared by the simulator, kept in the call's history entry. */

test('a recorded and transcribed call says so in a persistent live region, and history keeps it', async ({ app }) => {
  await signInReady(app, 'alice-recorded');
  await quickRemote(app);
  await dial(app, '8:acs:resource_bob');
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  const notice = app.getByTestId('call-capture-notice');
  await expect(notice).toHaveCount(0);

  await remote(app, 'startRecording');
  await expect(notice).toHaveText(/This call is being recorded\./);
  await expect(app.locator('[role="status"]', { has: notice })).toHaveCount(1);
  await remote(app, 'startTranscription');
  await expect(notice).toHaveText(/This call is being recorded and transcribed\./);
  await remote(app, 'stopRecording');
  await expect(notice).toHaveText(/This call is being transcribed\./);
  await remote(app, 'stopTranscription');
  await expect(notice).toHaveCount(0);

  await remote(app, 'startRecording');
  await app.getByTestId('call-card').getByTestId('call-hangup').click();
  await openTab(app, 'history');
  const entry = app.getByTestId('history-item').first();
  await expect(entry.getByTestId('history-recorded')).toHaveText(/Recorded/);
  await expect(entry.getByTestId('history-transcribed')).toHaveText(/Transcribed/);
});

test.describe('with a German system', () => {
  test.use({ locale: 'de-DE' });

  test('the recording notice is in German', async ({ app }) => {
    await signInReady(app, 'alice-recorded-de');
    await quickRemote(app);
    await dial(app, '8:acs:resource_bob');
    await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
    await remote(app, 'startRecording');
    await expect(app.getByTestId('call-capture-notice')).toHaveText(/Dieser Anruf wird aufgezeichnet\./);
  });
});
