import { describe, expect, it } from 'vitest';
import { LogBuffer } from '../../../../electron/main/diagnostics/log-buffer';
import { openMemoryPersistence } from '../../../../electron/main/persistence/open-persistence';
import { diagnosticsBundleSchema, type DiagnosticsBundle } from '../../../../shared/diagnostics/bundle-schema';
import { CoreHarness } from '../../../support/core-harness';
import { FakeClock } from '../../../support/fake-clock';
import { accessKeyOf, acsConnectionString, realLookingAcsToken } from '../../../support/secrets';

const W1 = 'window-1';
const W2 = 'window-2';
const token = realLookingAcsToken();
const connection = acsConnectionString();
const functionKey = 'Qk9HVVMtZnVuY3Rpb24ta2V5LTQy';
const endpoint = `https://tokens.contoso.example/api/GetToken?code=${functionKey}&clientId=softphone`;

/** The real core, signed in with a real-looking token, logging through a LogBuffer as the hosts do. */
async function signedInCore() {
  const logs = new LogBuffer({ clock: new FakeClock() });
  const persistence = openMemoryPersistence();
  const h = new CoreHarness(
    {},
    {
      ...persistence,
      logger: logs,
      diagnostics: { logs, os: () => ({ platform: 'win32', release: '10.0.26100', arch: 'x64' }), sdk: { callingVersion: '2.0.0', commonVersion: '2.5.0' } },
    },
  );
  h.core.attachWindow(W1);
  expect(await h.invoke(W1, 'settings.update', { tokenEndpointUrl: endpoint, displayName: 'Ada', alternateCallerId: '+14255550123' })).toMatchObject({ ok: true });
  expect(await h.signIn(W1, token)).toEqual({ ok: true, value: {} });
  await flush();
  await h.fail(W1, 408, 40104);
  h.clock.advance(1_200);
  await flush();
  await h.connect(W1);
  // A careless call site, as a future change might add one: the buffer must still keep the secrets out.
  logs.warn(`token endpoint ${endpoint} answered`, { body: `{"token":"${token}","expiresOn":1}`, config: connection });
  logs.error(`connect failed with ${token}`);
  return { h, logs };
}

async function flush() {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

async function exportBundle(h: CoreHarness, windowId: string, request: unknown = {}): Promise<DiagnosticsBundle> {
  const reply = await h.invoke(windowId, 'diagnostics.export', request);
  if (!reply.ok) throw new Error(reply.error.message);
  return diagnosticsBundleSchema.parse(reply.value);
}

describe('diagnostics.export', () => {
  it('contains no token, token payload, connection string, access key or function key anywhere', async () => {
    const { h } = await signedInCore();
    const text = JSON.stringify(await exportBundle(h, W1, { devices: ['audioinput: Headset'], userAgent: 'Mozilla/5.0 Chrome/140' }));

    expect(text).not.toContain(token);
    for (const segment of token.split('.')) expect(text).not.toContain(segment);
    expect(text).not.toContain(connection);
    expect(text).not.toContain(accessKeyOf(connection));
    expect(text).not.toContain(functionKey);
    expect(text).not.toContain('code=secret');
    // And nothing token-shaped at all.
    expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/);
    expect(text).not.toMatch(/accesskey=(?!\[redacted)/i);
  });

  it('says what happened: versions, OS, settings, the attempt timeline, logs and devices', async () => {
    const { h } = await signedInCore();
    const bundle = await exportBundle(h, W1, { devices: ['audioinput: Headset', 'audiooutput: Speakers'], userAgent: 'Mozilla/5.0 Chrome/140' });

    expect(bundle).toMatchObject({
      format: 'acs-softphone-diagnostics',
      version: 1,
      createdAt: new Date(h.clock.now()).toISOString(),
      app: { version: '0.0.0-test', host: 'headless', engine: 'simulator', windowId: W1, online: true },
      sdk: { callingVersion: '2.0.0', commonVersion: '2.5.0' },
      os: { platform: 'win32', release: '10.0.26100', arch: 'x64', userAgent: 'Mozilla/5.0 Chrome/140' },
      devices: ['audioinput: Headset', 'audiooutput: Speakers'],
    });
    expect(bundle.settings).toMatchObject({
      displayName: 'Ada',
      alternateCallerId: '+14255550123',
      tokenEndpointUrl: 'https://tokens.contoso.example/api/GetToken?code=[redacted:param]&clientId=softphone',
    });
    const [session] = bundle.sessions;
    expect(session).toMatchObject({ windowId: W1, phase: 'ready', identity: { agentKind: 'acs', tokenSource: 'pasted' } });
    // The window shows the full id to its user; the bundle, which leaves the machine, keeps the short label only (its schema has no userId).
    expect(h.view(W1).identity?.userId).toMatch(/^8:acs:/);
    const raw = await h.invoke(W1, 'diagnostics.export', {});
    expect(raw.ok && JSON.stringify(raw.value)).not.toContain(h.view(W1).identity?.userId);
    expect(session?.attempts.map((a) => [a.attempt, a.outcome, a.error?.id ?? null, a.decision, a.delayMs ?? null])).toEqual([
      [1, 'failed', '408/40104', 'retryAfter', 1_000],
      [2, 'ready', null, 'ready', null],
    ]);
    expect(bundle.logs.some((entry) => entry.message === 'createCallAgent attempt failed')).toBe(true);
    expect(bundle.logs.at(-1)?.message).toBe('connect failed with [redacted:jwt]');
  });

  it("puts the asking window's timeline first and includes the others", async () => {
    const { h } = await signedInCore();
    h.core.attachWindow(W2);
    const bundle = await exportBundle(h, W2);
    expect(bundle.sessions.map((s) => [s.windowId, s.phase, s.attempts.length])).toEqual([
      [W2, 'signedOut', 0],
      [W1, 'ready', 2],
    ]);
  });

  it('still answers with "unknown" when the host gave no sources', async () => {
    const h = new CoreHarness();
    const bundle = await exportBundle(h, W1);
    expect(bundle).toMatchObject({ sdk: { callingVersion: 'unknown' }, os: { platform: 'unknown' }, logs: [], devices: [] });
  });

  it('refuses a malformed request by field, before building anything', async () => {
    const h = new CoreHarness();
    expect(await h.invoke(W1, 'diagnostics.export', { devices: 'all' })).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('diagnostics.export: devices') },
    });
    expect(await h.invoke(W1, 'diagnostics.export', { devices: [], password: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('redacts what the renderer sends, too, its log lines included', async () => {
    const h = new CoreHarness();
    const bundle = await exportBundle(h, W1, {
      devices: ['mic https://d.example/x?sig=c2lnbmF0dXJl'],
      userAgent: `UA ${token}`,
      rendererLogs: [{ at: 5, level: 'error', message: `createCallAgent failed for ${token}`, fields: { endpoint, attempt: 2 } }],
    });
    const text = JSON.stringify(bundle);
    expect(text).not.toContain(token.split('.')[1]);
    expect(text).not.toContain('c2lnbmF0dXJl');
    expect(text).not.toContain(functionKey);
    expect(bundle.rendererLogs).toEqual([{ at: 5, level: 'error', message: expect.stringMatching(/^createCallAgent failed for \[redacted/), fields: { endpoint: expect.any(String), attempt: 2 } }]);
  });

  it('refuses renderer log lines beyond the bound or with nested fields', async () => {
    const h = new CoreHarness();
    const line = { at: 1, level: 'info', message: 'x' };
    expect(await h.invoke(W1, 'diagnostics.export', { rendererLogs: Array.from({ length: 201 }, () => line) })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await h.invoke(W1, 'diagnostics.export', { rendererLogs: [{ ...line, fields: { deep: { token } } }] })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('diagnostics.export: one record per call', () => {
  it('gives each finished call its times, end reason, SDK ids and quality changes, the remote side masked, and nothing token-shaped', async () => {
    const { h } = await signedInCore();
    const carol = '8:acs:1d2c3b4a-0000-4000-8000-00000000c4r0_0000001a-2b3c-4d5e-6f70-8192a3b4c5d6';
    const start = h.clock.now();
    const call = {
      direction: 'outgoing',
      peer: { rawId: carol, kind: 'acsUser', display: 'Carol Example' },
      startedAt: start,
      connectedAt: start + 2_000,
      endedAt: start + 62_000,
      durationMs: 60_000,
      endReason: { code: 0, subCode: 0 },
      outcome: 'completed',
      callIds: { app: 'call-1', sdk: 'sdk-call-7f3a', correlation: '6b1e0c2d-9a8f-4e7d-b6c5-a4b3c2d1e0f9' },
    };
    const poor = { callId: 'call-1', kind: 'network', diagnostic: 'networkReceiveQuality', value: 3, raised: true, at: start + 10_000 };
    const otherCall = { ...poor, callId: 'call-2' };
    expect(await h.invoke(W1, 'calls.diagnostic', poor)).toMatchObject({ ok: true });
    expect(await h.invoke(W1, 'calls.diagnostic', otherCall)).toMatchObject({ ok: true });
    expect(await h.invoke(W1, 'history.add', call)).toMatchObject({ ok: true });
    // An entry from before call ids were kept: still a record, without ids or changes.
    const older = { ...call, startedAt: start - 100_000, connectedAt: undefined, endedAt: start - 90_000, durationMs: 0, outcome: 'missed', direction: 'incoming', callIds: undefined };
    expect(await h.invoke(W1, 'history.add', older)).toMatchObject({ ok: true });

    const bundle = await exportBundle(h, W1);
    expect(bundle.sessions[0]?.calls).toEqual([
      {
        direction: 'outgoing',
        startedAt: start,
        endedAt: start + 62_000,
        durationMs: 60_000,
        endReason: { code: 0, subCode: 0 },
        outcome: 'completed',
        remote: { kind: 'acsUser', id: '…c5d6' },
        sdkCallId: 'sdk-call-7f3a',
        correlationId: '6b1e0c2d-9a8f-4e7d-b6c5-a4b3c2d1e0f9',
        diagnostics: [poor],
      },
      { direction: 'incoming', startedAt: start - 100_000, endedAt: start - 90_000, durationMs: 0, endReason: { code: 0, subCode: 0 }, outcome: 'missed', remote: { kind: 'acsUser', id: '…c5d6' }, diagnostics: [] },
    ]);
    const records = JSON.stringify(bundle.sessions[0]?.calls);
    expect(records).not.toContain(carol);
    expect(records).not.toContain('Carol');
    const text = JSON.stringify(bundle);
    expect(text).not.toContain(token);
    expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/);
  });

  it("keeps each call's audio quality summary, and none for a call that had none", async () => {
    const { h } = await signedInCore();
    const start = h.clock.now();
    const quality = { level: 'poor', worst: 'bad', average: { roundTripMs: 320, jitterMs: 18, packetLossPercent: 2.5 } };
    const call = {
      direction: 'outgoing',
      peer: { rawId: '4:+14255550123', kind: 'phoneNumber', display: '+1 425 555 0123' },
      startedAt: start,
      connectedAt: start + 1_000,
      endedAt: start + 31_000,
      durationMs: 30_000,
      endReason: { code: 0, subCode: 0 },
      outcome: 'completed',
      callIds: { app: 'call-1' },
    };
    expect(await h.invoke(W1, 'history.add', { ...call, quality })).toMatchObject({ ok: true });
    expect(await h.invoke(W1, 'history.add', { ...call, startedAt: start - 50_000, connectedAt: start - 49_000, endedAt: start - 40_000, durationMs: 9_000 })).toMatchObject({ ok: true });
    // A level the schema does not know is refused, not stored.
    expect(await h.invoke(W1, 'history.add', { ...call, quality: { ...quality, level: 'awful' } })).toMatchObject({ ok: false });

    const bundle = await exportBundle(h, W1);
    expect(bundle.sessions[0]?.calls?.map((record) => record.quality)).toEqual([quality, undefined]);
  });
});
