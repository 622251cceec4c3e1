import { readFileSync } from 'node:fs';
import { diagnosticsBundleSchema } from '../../shared/diagnostics/bundle-schema';
import { callState, createDataDir, dial, expect, openApp, quickRemote, remote, signInReady, startShellOn, test } from './support/calls';

/*
 * The diagnostics bundle a support engineer gets: one record per finished call of the signed-in
 * identity, the remote side masked to its last 4 characters, and nothing token-shaped.
 */
const base = Date.UTC(2026, 11, 1, 9, 0, 0);
const carol = '8:acs:1d2c3b4a-0000-4000-8000-000000000000_0000001a-2b3c-4d5e-6f70-8192a3b4c5d6';
const storedHistory = {
  entries: [
    {
      id: 'to-carol',
      direction: 'outgoing',
      peer: { rawId: carol, kind: 'acsUser', display: 'Carol Example' },
      startedAt: base,
      connectedAt: base + 3_000,
      endedAt: base + 93_000,
      durationMs: 90_000,
      endReason: { code: 0, subCode: 0 },
      outcome: 'completed',
    },
    {
      id: 'from-phone',
      direction: 'incoming',
      peer: { rawId: '4:+14255550123', kind: 'phoneNumber', display: '+14255550123' },
      startedAt: base - 600_000,
      endedAt: base - 580_000,
      durationMs: 0,
      endReason: { code: 487, subCode: 0 },
      outcome: 'missed',
    },
  ],
};

test('the exported bundle has one record per call, identities masked, no token-shaped text', async ({ page }) => {
  const dataDir = createDataDir();
  dataDir.write('call-history', JSON.stringify(storedHistory));
  const shell = await startShellOn(dataDir);
  try {
    await openApp(page, shell);
    await signInReady(page, 'records');
    const download = page.waitForEvent('download');
    await page.getByTestId('diagnostics-export').click();
    const text = readFileSync((await (await download).path()) ?? '', 'utf8');
    const bundle = diagnosticsBundleSchema.parse(JSON.parse(text));

    const calls = bundle.sessions[0]?.calls ?? [];
    expect(calls.map((call) => [call.direction, call.outcome, call.durationMs, call.endReason.code, call.remote.id])).toEqual([
      ['outgoing', 'completed', 90_000, 0, '…c5d6'],
      ['incoming', 'missed', 0, 487, '…0123'],
    ]);
    expect(text).not.toContain(carol);
    expect(text).not.toContain('Carol Example');
    expect(text).not.toContain('+14255550123');
    expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/);
  } finally {
    await shell.stop();
    dataDir.remove();
  }
});

test('a finished call: "Copy call id" puts the SDK call id on the clipboard, and the bundle\'s record carries it', async ({ page }) => {
  const dataDir = createDataDir();
  const shell = await startShellOn(dataDir);
  try {
    await openApp(page, shell);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await signInReady(page, 'call-ids');
    await quickRemote(page);
    await dial(page, carol);
    await expect(callState(page)).toHaveAttribute('data-state', 'Connected');
    await remote(page, 'hangUp');

    // Details open holds the card while the id is copied.
    await page.getByTestId('call-end-details').locator('summary').click();
    const shownId = (await page.getByTestId('call-id').textContent()) ?? '';
    expect(shownId).toMatch(/^sim-call-\d+$/);
    await page.getByTestId('copy-call-id').click();
    await expect(page.getByTestId('copy-call-id-outcome')).toHaveText('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shownId);

    const download = page.waitForEvent('download');
    await page.getByTestId('diagnostics-export').click();
    const bundle = diagnosticsBundleSchema.parse(JSON.parse(readFileSync((await (await download).path()) ?? '', 'utf8')));
    expect(bundle.sessions[0]?.calls).toMatchObject([{ direction: 'outgoing', outcome: 'completed', sdkCallId: shownId, remote: { id: '…c5d6' } }]);
  } finally {
    await shell.stop();
    dataDir.remove();
  }
});
