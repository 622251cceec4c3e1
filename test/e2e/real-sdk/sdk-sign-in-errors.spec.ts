import { expectPhase, signInWithToken } from '../support/screens';
import { expect, expectErrorPanel, test, type ShownError } from '../support/sdk-test';
import { acsToken, badScopeFormatToken, noVoipToken, teamsToken } from '../../support/tokens';

/*
 * The real Calling SDK (@azure/communication-calling 2.0.0) in Chromium on http://localhost,
 * offline, every foreign host blocked. What it raised, observed by hand with a probe page
 * that called createCallAgent / createTeamsCallAgent directly:
 *
 * | token / call                                  | SDK raised | resultCategories      | message                                                          | after  |
 * |-----------------------------------------------|------------|-----------------------|------------------------------------------------------------------|--------|
 * | ACS, acsScope "chat"                          | 401/44113  | ExpectedError         | AccessToken does not contain 'voip' or 'voip.join' scope         | ~15 ms |
 * | ACS, acsScope ["voip"] (array)                | 401/44114  | ExpectedError         | Wrong AccessToken scope format. Scope is expected to be a string that contains 'voip' | ~15 ms |
 * | Teams (tid claim) → createCallAgent           | 403/40229  | ExpectedError         | CallAgent must be created only with ACS token                    | ~40 ms |
 * | ACS → createTeamsCallAgent                    | 403/40231  | ExpectedError         | TeamsCallAgent must be created only with Teams token             | ~45 ms |
 * | Teams + displayName → createTeamsCallAgent    | 400/40214  | ExpectedError         | Display name is not allowed to be set for Teams users.           | ~40 ms |
 * |   (the troubleshooting table says 400/44214; SDK 2.0 never raises 44214)                                                                  |
 * | "not.a.token"                                 | 401/44117  | UnexpectedClientError | Failed to parse AccessToken                                      | ~20 ms |
 * | ACS expired, static credential                | nothing: resolves after ~14 s, agent Disconnected (the SDK does not check exp itself)    |
 * | ACS expired, tokenRefresher → same expired    | 401/40235  | ExpectedError         | AccessToken expired                                              | ~15 ms |
 * | ACS expired, tokenRefresher throws            | 401/44110  | UnexpectedClientError | Failed to get AccessToken                                        | ~20 ms |
 * | ACS or Teams, valid voip token                | nothing: resolves after 14–16 s, Disconnected, no connectionStateChanged in 25 s more |
 *
 * In the app, main reads the token's claims before anything else (to key the per-identity
 * lease), so a token that is not a JWT or has expired never reaches the SDK, with or without
 * the QA override: the user sees app:token-invalid / app:token-expired, never 44117 / 40235.
 */

interface SdkRaised extends ShownError {
  title: string;
  token: string;
  agentKind: 'auto' | 'acs' | 'teams';
  displayName?: string;
  message: string;
}

const raisedBySdk: SdkRaised[] = [
  {
    title: 'a token without the voip scope: 401/44113',
    token: noVoipToken('sdk-no-voip'),
    agentKind: 'auto',
    id: '401/44113',
    code: 401,
    subCode: 44113,
    category: 'ExpectedError',
    message: "AccessToken does not contain 'voip' or 'voip.join' scope",
  },
  {
    title: 'a token whose scope is an array: 401/44114',
    token: badScopeFormatToken('sdk-array-scope'),
    agentKind: 'auto',
    id: '401/44114',
    code: 401,
    subCode: 44114,
    category: 'ExpectedError',
    message: "Wrong AccessToken scope format. Scope is expected to be a string that contains 'voip'",
  },
  {
    title: 'a Teams token for CallAgent: 403/40229',
    token: teamsToken('sdk-teams-for-acs'),
    agentKind: 'acs',
    id: '403/40229',
    code: 403,
    subCode: 40229,
    category: 'ExpectedError',
    message: 'CallAgent must be created only with ACS token',
  },
  {
    title: 'an ACS token for TeamsCallAgent: 403/40231',
    token: acsToken('sdk-acs-for-teams'),
    agentKind: 'teams',
    id: '403/40231',
    code: 403,
    subCode: 40231,
    category: 'ExpectedError',
    message: 'TeamsCallAgent must be created only with Teams token',
  },
  {
    // The troubleshooting table's 400/44214; SDK 2.0 raises 400/40214 and the catalog follows the SDK.
    title: 'a display name for a Teams user: 400/40214',
    token: teamsToken('sdk-teams-display-name'),
    agentKind: 'teams',
    displayName: 'Bob',
    id: '400/40214',
    code: 400,
    subCode: 40214,
    category: 'ExpectedError',
    message: 'Display name is not allowed to be set for Teams users.',
  },
];

test.describe('with the QA override, the SDK itself raises the error and the panel explains it', () => {
  for (const raised of raisedBySdk) {
    test(raised.title, async ({ app, traffic }) => {
      await expect(app.getByTestId('signin-engine')).toHaveAttribute('data-engine', 'sdk');
      await signInWithToken(app, raised.token, {
        agentKind: raised.agentKind,
        skipPreflight: true,
        ...(raised.displayName === undefined ? {} : { displayName: raised.displayName }),
      });

      await expectPhase(app, 'needsFix');
      await expectErrorPanel(app, raised);
      await expect(app.getByTestId('error-message')).toHaveText(raised.message);
      await expect(app.getByTestId('preflight-message')).toHaveCount(0);
      // An ExpectedError is not retried: one attempt, and the form is back for the fix.
      await expect(app.getByTestId('retry-now')).toHaveCount(0);
      await expect(app.getByTestId('attempt-item')).toHaveCount(1);
      await expect(app.getByTestId('attempt-item')).toHaveAttribute('data-decision', 'needsFix');
      await expect(app.getByTestId('signin-submit')).toBeEnabled();

      expect(traffic.createCommands).toHaveLength(1);
      expect(traffic.sdkFailures).toEqual([
        { code: raised.code, subCode: raised.subCode, resultCategories: ['ExpectedError'], message: raised.message },
      ]);
    });
  }
});

test.describe('without the override, the pre-flight check catches the same problem and the SDK is never asked', () => {
  test('a token without the voip scope: 401/44113 from the pre-flight check', async ({ app, traffic }) => {
    await signInWithToken(app, noVoipToken('preflight-no-voip'));
    await expectPhase(app, 'needsFix');
    await expectErrorPanel(app, { id: '401/44113', code: 401, subCode: 44113, category: 'ExpectedError', origin: 'pre-flight check' });
    await expect(app.getByTestId('preflight-message')).toContainText('"voip"');
    await expect(app.getByTestId('attempt-item')).toHaveCount(1);
    expect(traffic.createCommands).toEqual([]);
    expect(traffic.sdkFailures).toEqual([]);
  });

  test('a Teams token for CallAgent: 403/40229 from the pre-flight check', async ({ app, traffic }) => {
    await signInWithToken(app, teamsToken('preflight-teams-for-acs'), { agentKind: 'acs' });
    await expectPhase(app, 'needsFix');
    await expectErrorPanel(app, { id: '403/40229', code: 403, subCode: 40229, category: 'ExpectedError', origin: 'pre-flight check' });
    await expect(app.getByTestId('preflight-message')).toContainText('Teams user token');
    expect(traffic.createCommands).toEqual([]);
  });
});

test.describe('tokens main cannot read or use never reach the SDK, override or not', () => {
  for (const skipPreflight of [true, false]) {
    const override = skipPreflight ? 'with' : 'without';

    test(`${override} the override, a garbage token is refused as app:token-invalid (the SDK would say 401/44117)`, async ({ app, traffic }) => {
      await signInWithToken(app, 'not.a.token', { agentKind: 'acs', skipPreflight });
      await expectPhase(app, 'needsFix');
      await expectErrorPanel(app, { id: 'app:token-invalid', category: 'ExpectedError', origin: 'the app' });
      await expect(app.getByTestId('error-message')).toContainText('not an ACS access token');
      expect(traffic.createCommands).toEqual([]);
    });

    test(`${override} the override, an expired token is refused as app:token-expired (the SDK would create a dead agent)`, async ({ app, traffic }) => {
      await signInWithToken(app, acsToken('sdk-expired', Date.now() - 60_000), { agentKind: 'acs', skipPreflight });
      await expectPhase(app, 'needsFix');
      await expectErrorPanel(app, { id: 'app:token-expired', category: 'ExpectedError', origin: 'the app' });
      await expect(app.getByTestId('error-message')).toContainText('expired at');
      expect(traffic.createCommands).toEqual([]);
    });
  }
});
