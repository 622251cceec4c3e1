import type { Page } from '@playwright/test';
import { callState, dial, expect, quickRemote, remote, signInReady, test } from './support/calls';

const acsBob = '8:acs:resource_bob';

function banner(page: Page, diagnostic: string) {
  return page.getByTestId('call-card').locator(`[data-testid="call-diagnostic"][data-diagnostic="${diagnostic}"]`);
}

function timelineEntries(page: Page, diagnostic: string, raised: boolean) {
  return page.locator(`[data-testid="call-diagnostic-entry"][data-diagnostic="${diagnostic}"][data-raised="${raised}"]`);
}

async function setOnline(page: Page, online: boolean): Promise<void> {
  await page.evaluate((value) => {
    const hook = (window as unknown as { __softphoneSimulator?: { setOnline(online: boolean): void } }).__softphoneSimulator;
    if (!hook) throw new Error('window.__softphoneSimulator is missing: is the simulator engine running?');
    hook.setOnline(value);
  }, online);
}

test('User Facing Diagnostics show as banners during a call and land in the timeline', async ({ app }) => {
  await signInReady(app, 'alice-ufd');
  await quickRemote(app);
  // Long enough that the call survives the network drop below.
  await remote(app, 'setTimings', { networkGraceMs: 60_000 });
  await dial(app, acsBob);
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');

  await remote(app, 'diagnostic', 'networkReceiveQuality', 3);
  await remote(app, 'diagnostic', 'speakingWhileMicrophoneIsMuted', true);
  await expect(banner(app, 'networkReceiveQuality')).toContainText('Your network connection is bad');
  await expect(banner(app, 'networkReceiveQuality')).toHaveAttribute('role', 'alert');
  await expect(banner(app, 'speakingWhileMicrophoneIsMuted')).toHaveText('You are speaking while muted. Unmute to be heard.');
  await expect(banner(app, 'speakingWhileMicrophoneIsMuted')).toHaveAttribute('role', 'status');
  await expect(timelineEntries(app, 'networkReceiveQuality', true)).toHaveCount(1);
  await expect(timelineEntries(app, 'speakingWhileMicrophoneIsMuted', true)).toHaveCount(1);

  await remote(app, 'diagnostic', 'speakingWhileMicrophoneIsMuted', false);
  await expect(banner(app, 'speakingWhileMicrophoneIsMuted')).toHaveCount(0);
  await expect(banner(app, 'networkReceiveQuality')).toBeVisible();
  await expect(timelineEntries(app, 'speakingWhileMicrophoneIsMuted', false)).toHaveCount(1);

  await setOnline(app, false);
  await expect(banner(app, 'networkReconnect')).toContainText('Your network connection was lost');
  await setOnline(app, true);
  await expect(banner(app, 'networkReconnect')).toHaveCount(0);
  await expect(callState(app)).toHaveAttribute('data-state', 'Connected');
  await expect(timelineEntries(app, 'networkReconnect', true)).toHaveCount(1);
  await expect(timelineEntries(app, 'networkReconnect', false)).toHaveCount(1);
});
