import { watchCallAttempts, type CallAttemptWatch } from '../support/call-attempt-watch';
import { expectPhase, signInWithToken } from '../support/screens';
import { expect, expectErrorPanel, test as sdkTest } from '../support/sdk-test';
import { sdkShellConnectDeadlineMs } from '../support/web-shell';
import { acsToken } from '../../support/tokens';

/*
 * Calls on the real Calling SDK 2.0.0, offline (Chromium, fake media devices, every foreign
 * host blocked). Observed with a probe page that called the SDK directly, valid ACS voip token:
 *
 * | step                                              | what the SDK did                                                        | at       |
 * |---------------------------------------------------|-------------------------------------------------------------------------|----------|
 * | createCallAgent                                   | resolves, agent.connectionState "Disconnected", no connectionStateChanged | ~14.1 s  |
 * | agent.startCall([8:acs:…]) on that agent          | does not throw: returns a Call in state "None"                          | +30 ms   |
 * | agent.startCall([+1…], alternateCallerId)         | the same                                                                | +40 ms   |
 * | both calls                                        | stateChanged → "Connecting"                                             | +10–60 ms|
 * | both calls                                        | stateChanged → "Disconnected", callEndReason 490/4525 "NetworkError", resultCategories ["UnexpectedClientError"] | +1.6–1.7 s |
 * | hosts it tried (all blocked)                      | ecs.communication.microsoft.com, go.trouter.communication.microsoft.com, edge.skype.com, api.flightproxy.skype.com, ic3.events.data.microsoft.com | |
 *
 * The app never gets that far: it offers the Phone tab (and so the dialer) only in the ready
 * phase, and its call controller refuses startCall unless the agent is Connected. Offline the
 * agent never connects, so the reachable behaviour is "no way to dial, and no call placed".
 * Had a call been placed, the SDK would have ended it within ~2 s and the app would have
 * reported it to main's history (`history.add`); the test waits past that before it looks.
 */

const test = sdkTest.extend<{ callAttempts: CallAttemptWatch }>({
  // Auto, so it watches from before `app` opens the page.
  callAttempts: [async ({ page }, use) => use(await watchCallAttempts(page)), { auto: true }],
});

const createTakesUpToMs = 20_000;

test('an agent that never connects offers no dialer and places no call, through to the connect timeout', async ({ app, traffic, callAttempts, blockedHosts }) => {
  test.setTimeout(40_000);
  await signInWithToken(app, acsToken('sdk-calls-offline'), { agentKind: 'acs' });
  await expectPhase(app, 'creatingAgent');
  await expectPhase(app, 'connecting', createTakesUpToMs);
  await expect(app.getByTestId('dial-input')).toHaveCount(0);
  await expectPhase(app, 'waitingToRetry', sdkShellConnectDeadlineMs + 5_000);
  await expectErrorPanel(app, { id: 'app:connect-timeout', category: 'UnexpectedClientError', origin: 'the app' });

  // Never offered, not even for a moment, while created-but-disconnected or waiting to retry.
  expect(await callAttempts.surfacesEverShown()).toEqual([]);
  await expect(app.getByTestId('ready-panel')).toHaveCount(0);
  expect(callAttempts.historyAdds).toBe(0);
  // The one agent the SDK was asked for raised nothing; what it tried to reach was blocked.
  expect(traffic.createCommands).toEqual([{ agentKind: 'acs', attempt: 1 }]);
  expect(traffic.sdkFailures).toEqual([]);
  expect(blockedHosts.some((host) => host.endsWith('.microsoft.com') || host.endsWith('.skype.com'))).toBe(true);

  await app.getByTestId('retry-cancel').click();
  await expectPhase(app, 'signedOut');
  expect(await callAttempts.surfacesEverShown()).toEqual([]);
  expect(callAttempts.historyAdds).toBe(0);
});
