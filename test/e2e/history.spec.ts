import { createDataDir, expect, openApp, openTab, signInReady, startShellOn, test } from './support/calls';

const minute = 60_000;
const base = Date.UTC(2025, 10, 27, 9, 0, 0);
const storedHistory = {
  entries: [
    {
      id: 'older',
      direction: 'incoming',
      peer: { rawId: '8:acs:carol', kind: 'acsUser', display: 'Carol' },
      startedAt: base,
      endedAt: base + 20_000,
      durationMs: 0,
      endReason: { code: 487, subCode: 0 },
      outcome: 'missed',
    },
    {
      id: 'newer',
      direction: 'outgoing',
      peer: { rawId: '4:+14255550123', kind: 'phoneNumber', display: '+14255550123' },
      startedAt: base + 10 * minute,
      connectedAt: base + 10 * minute + 4_000,
      endedAt: base + 12 * minute + 9_000,
      durationMs: 125_000,
      endReason: { code: 0, subCode: 0 },
      outcome: 'completed',
    },
  ],
};

test('call history lives in main: it is listed newest first, and survives a restart of the host', async ({ page, browser }) => {
  const dataDir = createDataDir();
  dataDir.write('call-history', JSON.stringify(storedHistory));
  let shell = await startShellOn(dataDir);
  try {
    await openApp(page, shell);
    await signInReady(page);
    await openTab(page, 'history');
    const items = page.getByTestId('history-item');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toHaveAttribute('data-direction', 'outgoing');
    await expect(items.nth(0).getByTestId('history-duration')).toHaveText('02:05');
    await expect(items.nth(1)).toHaveAttribute('data-outcome', 'missed');
    await expect(items.nth(1).getByTestId('history-peer')).toHaveText('Carol');

    await shell.stop();
    shell = await startShellOn(dataDir);
    // The new host listens on a new port: a new browser context, confined to it.
    const again = await (await browser.newContext()).newPage();
    await openApp(again, shell);
    await signInReady(again);
    await openTab(again, 'history');
    await expect(again.getByTestId('history-item')).toHaveCount(2);

    await again.getByTestId('history-clear').click();
    // Clearing asks first (a deliberate change): nothing is gone until it is confirmed.
    await expect(again.getByTestId('confirm-question')).toHaveText('Clear the whole call history? This cannot be undone.');
    await again.getByTestId('confirm-no').click();
    await expect(again.getByTestId('history-item')).toHaveCount(2);
    await again.getByTestId('history-clear').click();
    await again.getByTestId('confirm-yes').click();
    await expect(again.getByTestId('history-empty')).toBeVisible();
    await again.context().close();
  } finally {
    await shell.stop();
    dataDir.remove();
  }
});
