import { callState, dial, expect, openTab, quickRemote, remote, signInReady, test } from './support/calls';
import { agentState } from './support/screens';

const acsBob = '8:acs:resource_bob';
const teamsUser = '8:orgid:45ab2481-1c1c-4005-be24-0ffb879b1130';

test('an outgoing ACS call: states, timer, mute, hold, DTMF, device switch, hang up, history', async ({ app }) => {
  await signInReady(app, 'alice-out');
  await quickRemote(app);

  await app.getByTestId('dial-input').fill(acsBob);
  await expect(app.getByTestId('dial-kind')).toHaveAttribute('data-kind', 'acsUser');
  await app.getByTestId('dial-call').click();
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  await expect(app.getByTestId('call-timer')).toHaveText(/^00:0\d$/);
  // The status line and the window title agree with the call.
  await expect(agentState(app)).toHaveText('In a call');
  await expect(app).toHaveTitle(`${acsBob} · Connected — ACS Softphone`);

  await app.getByTestId('call-mute').click();
  await expect(app.getByTestId('call-mute')).toHaveAttribute('aria-pressed', 'true');
  await expect(app.getByTestId('call-mute')).toHaveText('Muted');
  await expect(app.getByTestId('call-mute').locator('svg')).toHaveAttribute('data-icon', 'micOff');
  expect((await remote<{ calls: { muted: boolean }[] }>(app, 'snapshot')).calls[0]?.muted).toBe(true);

  await app.getByTestId('call-hold').click();
  await expect(callState(app)).toHaveAttribute('data-state', 'LocalHold');
  await expect(callState(app)).toHaveText('On hold');
  await app.getByTestId('call-hold').click();
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');

  await app.getByTestId('call-keypad').click();
  await app.getByTestId('call-key-1').click();
  await app.getByTestId('call-key-2').click();
  await app.keyboard.press('#');
  await expect.poll(() => remote<string>(app, 'dtmfReceived')).toBe('12#');

  // The pickers sit in a closed disclosure that names the devices in use.
  await expect(app.getByTestId('devices-summary')).not.toBeEmpty();
  await app.getByTestId('devices-toggle').click();
  await app.getByTestId('device-mic').selectOption('sim-mic-headset');
  await app.getByTestId('device-speaker').selectOption('sim-speaker-headset');
  await expect(app.getByTestId('device-mic')).toHaveValue('sim-mic-headset');
  await expect(app.getByTestId('device-speaker')).toHaveValue('sim-speaker-headset');
  await expect(app.getByTestId('mic-level')).toHaveAttribute('role', 'meter');
  await expect(app.getByTestId('devices-summary')).toContainText('·');

  await app.getByTestId('call-hangup').click();
  await expect(app.getByTestId('call-end-headline')).toHaveText(/^Call ended · 00:\d\d$/);
  await expect(app.getByTestId('call-end-detail')).toHaveText('You hung up');
  await expect(app.getByTestId('call-card')).toHaveCount(0);
  await expect(agentState(app)).toHaveText('Ready');
  await expect(app).toHaveTitle('ACS Softphone');
  // The result goes by itself and the dialer is the whole phone tab again.
  await expect(app.getByTestId('call-ended')).toHaveCount(0, { timeout: 8_000 });
  await expect(app.getByTestId('dialpad')).toBeVisible();

  await openTab(app, 'history');
  const newest = app.getByTestId('history-item').first();
  await expect(newest).toHaveAttribute('data-peer', acsBob);
  await expect(newest).toHaveAttribute('data-direction', 'outgoing');

  // History is main's: a reloaded window (a restart of the renderer) still has it, and redials from it.
  await app.reload();
  await signInReady(app, 'alice-out');
  await quickRemote(app);
  await openTab(app, 'history');
  await expect(app.getByTestId('history-item').first()).toHaveAttribute('data-peer', acsBob);
  await app.getByTestId('history-redial').first().click();
  await expect(app.getByTestId('tab-phone')).toHaveAttribute('aria-selected', 'true');
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  // The devices chosen before the reload are saved in main and applied to the new engine.
  await expect(app.getByTestId('device-mic')).toHaveValue('sim-mic-headset');
  await expect(app.getByTestId('device-speaker')).toHaveValue('sim-speaker-headset');
  await app.getByTestId('call-hangup').click();
  await expect(app.getByTestId('call-end-reason')).toBeVisible();
});

test('malformed callees are refused before any call; phone numbers need a caller id; Teams users are called', async ({ app }) => {
  await signInReady(app, 'alice-kinds');
  await quickRemote(app);

  await dial(app, '+1 42');
  await expect(app.getByTestId('dial-kind')).toHaveAttribute('data-kind', 'invalid');
  await expect(app.getByTestId('dial-error')).toContainText('not a valid phone number');
  await expect(app.getByTestId('call-card')).toHaveCount(0);
  expect((await remote<{ calls: unknown[] }>(app, 'snapshot')).calls).toEqual([]);

  await openTab(app, 'settings');
  await app.getByTestId('settings-caller-id').fill('');
  await app.getByTestId('settings-save').click();
  await expect(app.getByTestId('settings-saved')).toBeVisible();
  await openTab(app, 'phone');
  await dial(app, '+1 (425) 555-0123');
  await expect(app.getByTestId('dial-kind')).toHaveAttribute('data-kind', 'phoneNumber');
  await expect(app.getByTestId('dial-error')).toContainText('caller id');

  await openTab(app, 'settings');
  await app.getByTestId('settings-caller-id').fill('+18005550100');
  await app.getByTestId('settings-save').click();
  await expect(app.getByTestId('settings-saved')).toBeVisible();
  await openTab(app, 'phone');
  await expect(app.getByTestId('dial-caller-id')).toContainText('+18005550100');
  await app.getByTestId('dial-call').click();
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  await remote(app, 'hangUp');
  await expect(app.getByTestId('call-end-detail')).toHaveText(/ hung up$/);
  await expect(app.getByTestId('call-ended')).toHaveCount(0, { timeout: 8_000 });

  await dial(app, teamsUser);
  await expect(app.getByTestId('dial-kind')).toHaveAttribute('data-kind', 'teamsUser');
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  await app.getByTestId('call-hangup').click();
  await expect(app.getByTestId('call-end-reason')).toBeVisible();
});

test('incoming calls: accept, a second call held-and-accepted, decline, and the remote hanging up', async ({ app }) => {
  await signInReady(app, 'alice-in');
  await quickRemote(app);

  await remote(app, 'ringFrom', '8:acs:resource_carol', 'Carol');
  await expect(app.getByTestId('incoming-caller')).toHaveText('Carol');
  await expect(app).toHaveTitle('Call from Carol — ACS Softphone');
  await app.getByTestId('incoming-accept').click();
  await expect(app).toHaveTitle('Carol · Connected — ACS Softphone');
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');

  await remote(app, 'ringFrom', '8:acs:resource_dave', 'Dave');
  await expect(app.getByTestId('incoming-caller')).toHaveText('Dave');
  await expect(app.getByTestId('incoming-accept')).toContainText('Hold current');
  await app.getByTestId('incoming-accept').click();
  // The held call (Carol) shrinks to a strip; the call being talked on (Dave) has the card.
  const cards = app.getByTestId('call-card');
  const held = app.getByTestId('held-call');
  await expect(cards).toHaveCount(1);
  await expect(held).toHaveCount(1);
  await expect(held.getByTestId('held-call-peer')).toHaveText('Carol');
  await expect(held.getByTestId('call-state')).toHaveAttribute('data-state', 'LocalHold');
  await expect(held.getByTestId('held-timer')).toHaveText(/^00:0\d$/);
  await expect(cards.filter({ hasText: 'Dave' }).getByTestId('call-state')).toHaveAttribute('data-state', 'Connected');

  // Swap: Carol back in front, Dave on hold; and back again.
  await held.getByTestId('call-swap').click();
  await expect(cards.getByTestId('call-peer')).toHaveText('Carol');
  await expect(held.getByTestId('held-call-peer')).toHaveText('Dave');
  await held.getByTestId('call-swap').click();
  await expect(cards.getByTestId('call-peer')).toHaveText('Dave');

  await remote(app, 'ringFrom', '8:acs:resource_erin', 'Erin');
  await app.getByTestId('incoming-decline').click();
  await expect(app.getByTestId('incoming-call')).toHaveCount(0);
  await expect(cards).toHaveCount(1);
  await expect(held).toHaveCount(1);

  // The remote side hangs up the newest call (Dave): its end shows in words, and Carol, still held, has the card again.
  await remote(app, 'hangUp');
  await expect(held).toHaveCount(0);
  await expect(cards).toHaveCount(1);
  await expect(cards.getByTestId('call-peer')).toHaveText('Carol');
  await expect(app.getByTestId('call-ended').filter({ hasText: 'Dave' }).getByTestId('call-end-reason')).toBeVisible();
  await cards.getByTestId('call-hangup').click();
  await expect(cards).toHaveCount(0);
});

test('a busy callee: one short result, no second card, codes under Details', async ({ app }) => {
  await signInReady(app, 'alice-busy');
  await quickRemote(app);
  await remote(app, 'setAnswerMode', 'busy');
  await dial(app, acsBob);
  await expect(app.getByTestId('call-end-headline')).toHaveText('Busy');
  await expect(app.getByTestId('call-failure')).toHaveCount(0);
  await expect(app.getByTestId('call-ended')).toHaveCount(1);
  await expect(app.getByTestId('call-end-codes')).toBeHidden();
  await app.getByTestId('call-end-details').locator('summary').click();
  await expect(app.getByTestId('call-end-codes')).toHaveText('(486/0)');
  // Open Details holds the card; Call again is there.
  await expect(app.getByTestId('call-ended-redial')).toBeVisible();
  await app.getByTestId('call-ended-dismiss').click();
  await expect(app.getByTestId('call-ended')).toHaveCount(0);
});

test('the status line says Reconnecting… while the agent is disconnected', async ({ app }) => {
  await signInReady(app, 'alice-reconnect');
  await quickRemote(app);
  // The call outlives a short outage (the agent's own grace is 10 s).
  await remote(app, 'setTimings', { networkGraceMs: 8_000 });
  await dial(app, acsBob);
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  await app.getByTestId('qa-online').uncheck();
  await expect(agentState(app)).toHaveText('Reconnecting…');
  await expect(callState(app)).toHaveText('Reconnecting…');
  await app.getByTestId('qa-online').check();
  await expect(agentState(app)).toHaveText('In a call');
  await expect(callState(app)).toHaveText('Connected');
  await app.getByTestId('call-hangup').click();
});

test('a network drop mid-call ends it with the reason explained', async ({ app }) => {
  await signInReady(app, 'alice-drop');
  await quickRemote(app);
  await dial(app, acsBob);
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');

  await app.getByTestId('qa-online').uncheck();
  await expect(app.getByTestId('call-card')).toHaveCount(0, { timeout: 15_000 });
  await expect(app.getByTestId('call-end-reason')).not.toHaveAttribute('data-kind', 'completed');
  await expect(app.getByTestId('call-end-reason')).not.toBeEmpty();
  await app.getByTestId('qa-online').check();
});

test('leaving the page during a call asks first', async ({ app }) => {
  await signInReady(app, 'alice-leave');
  await quickRemote(app);
  await dial(app, acsBob);
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  // Chromium only asks after the user has interacted with the page (clicking Call did).
  const dialog = app.waitForEvent('dialog');
  await app.close({ runBeforeUnload: true });
  const prompt = await dialog;
  expect(prompt.type()).toBe('beforeunload');
  await prompt.dismiss();
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  await app.getByTestId('call-hangup').click();
  await expect(app.getByTestId('call-end-reason')).toBeVisible();
});

test('a ringing call takes no focus, keeps the open tab, and Enter typed in the dialer does not answer it', async ({ app }) => {
  await signInReady(app, 'alice-focus');
  await quickRemote(app);
  await openTab(app, 'settings');
  await remote(app, 'ringFrom', '8:acs:resource_carol', 'Carol');
  await expect(app.getByTestId('incoming-caller')).toHaveText('Carol');
  await expect(app.getByTestId('tab-settings')).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByTestId('incoming-accept')).not.toBeFocused();

  await openTab(app, 'phone');
  await app.getByTestId('dial-input').focus();
  await app.keyboard.type('123');
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('dial-input')).toBeFocused();
  expect((await remote<{ ringing: unknown[] }>(app, 'snapshot')).ringing).toHaveLength(1);
  await app.getByTestId('incoming-decline').click();
  await expect(app.getByTestId('incoming-call')).toHaveCount(0);
});
