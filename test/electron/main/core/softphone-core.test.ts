import { describe, expect, it } from 'vitest';
import { CoreHarness } from '../../../support/core-harness';
import { acsToken, badScopeFormatToken, noVoipToken, teamsToken } from '../../../support/tokens';
import { flushPromises } from '../../../support/fake-clock';

const W1 = 'window-1';
const W2 = 'window-2';

describe('sign-in', () => {
  it('goes from getting a token to creating, connecting and ready', async () => {
    const h = new CoreHarness();
    await h.signIn(W1, acsToken('alice'), { displayName: 'Alice' });
    await flushPromises();
    expect(h.phase(W1)).toEqual({ name: 'creatingAgent', attempt: 1 });
    const [create] = h.creates(W1);
    expect(create).toMatchObject({ agentKind: 'acs', displayName: 'Alice', attempt: 1 });
    await h.report(W1, { type: 'created' });
    expect(h.phase(W1).name).toBe('connecting');
    await h.report(W1, { type: 'connected' });
    expect(h.phase(W1)).toEqual({ name: 'ready' });
    expect(h.view(W1).identity).toMatchObject({ agentKind: 'acs', tokenSource: 'pasted' });
    expect(h.view(W1).attempts).toEqual([expect.objectContaining({ attempt: 1, outcome: 'ready', decision: 'ready' })]);
  });

  it('never puts the token into the state it pushes to windows', async () => {
    const h = new CoreHarness();
    const token = acsToken('alice');
    await h.signIn(W1, token);
    await flushPromises();
    await h.connect(W1);
    const states = h.sent.filter((s) => s.channel === 'session.state').map((s) => JSON.stringify(s.payload));
    expect(states.some((s) => s.includes(token) || s.includes(token.split('.')[1]!))).toBe(false);
  });

  it('creates exactly one agent for 50 concurrent sign-in intents from one window', async () => {
    const h = new CoreHarness();
    await Promise.all(Array.from({ length: 50 }, () => h.signIn(W1, acsToken('alice'))));
    await flushPromises();
    expect(h.creates()).toHaveLength(1);
  });

  it('creates exactly one agent when 50 intents for one identity come from 5 windows; the others are told it is active elsewhere', async () => {
    const h = new CoreHarness();
    const windows = ['a', 'b', 'c', 'd', 'e'];
    await Promise.all(windows.flatMap((w) => Array.from({ length: 10 }, () => h.signIn(w, acsToken('alice')))));
    await flushPromises();
    expect(h.creates()).toHaveLength(1);
    const holder = h.creates()[0]!;
    const others = windows.filter((w) => !h.creates(w).length);
    expect(others).toHaveLength(4);
    for (const w of others) expect(h.phase(w)).toEqual({ name: 'activeElsewhere' });
    expect(h.core.leaseCount).toBe(1);
    expect(holder.leaseId).toBeTruthy();
  });

  it('lets different identities sign in side by side', async () => {
    const h = new CoreHarness();
    await h.signIn(W1, acsToken('alice'));
    await h.signIn(W2, acsToken('bob'));
    await flushPromises();
    expect(h.creates()).toHaveLength(2);
    expect(h.core.leaseCount).toBe(2);
  });

  it('rejects a malformed request with a clear error and changes nothing', async () => {
    const h = new CoreHarness();
    const result = await h.invoke(W1, 'session.signIn', { source: { type: 'pasted' }, agentKind: 'sometimes' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(h.creates()).toHaveLength(0);
    const unknown = await h.invoke(W1, 'session.explode', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    const view = await h.invoke(W1, 'session.get');
    h.core.detachWindow(W1, 'closed');
    expect(await h.core.handle(W1, 'session.get', {})).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(view).toMatchObject({ ok: true, value: { phase: { name: 'signedOut' } } });
  });
});

describe('pre-flight checks', () => {
  it('stops a Teams token for an ACS agent before any attempt, explaining 40229', async () => {
    const h = new CoreHarness();
    await h.signIn(W1, teamsToken(), { agentKind: 'acs' });
    await flushPromises();
    expect(h.creates()).toHaveLength(0);
    expect(h.phase(W1)).toMatchObject({ name: 'needsFix', error: { id: '403/40229', origin: 'preflight', category: 'ExpectedError' } });
    expect(h.core.leaseCount).toBe(0);
  });

  it('picks the Teams agent for a Teams token and refuses a display name for it (40214, documented as 44214)', async () => {
    const h = new CoreHarness();
    await h.signIn(W1, teamsToken(), { displayName: 'Bob' });
    await flushPromises();
    expect(h.phase(W1)).toMatchObject({ name: 'needsFix', error: { id: '400/40214', origin: 'preflight' } });
    await h.signIn(W1, teamsToken());
    await flushPromises();
    expect(h.creates(W1)[0]).toMatchObject({ agentKind: 'teams' });
  });

  it('refuses a token without the voip scope (44113) and an ACS token for Teams (40231)', async () => {
    const h = new CoreHarness();
    await h.signIn(W1, noVoipToken());
    await flushPromises();
    expect(h.phase(W1)).toMatchObject({ name: 'needsFix', error: { id: '401/44113', origin: 'preflight' } });
    await h.signIn(W1, badScopeFormatToken());
    await flushPromises();
    expect(h.phase(W1)).toMatchObject({ name: 'needsFix', error: { id: '401/44114', origin: 'preflight' } });
    await h.signIn(W1, acsToken('alice'), { agentKind: 'teams' });
    await flushPromises();
    expect(h.phase(W1)).toMatchObject({ name: 'needsFix', error: { id: '403/40231' } });
  });

  it('lets QA skip the checks so the SDK itself raises the error', async () => {
    const h = new CoreHarness();
    await h.signIn(W1, teamsToken(), { agentKind: 'acs', skipPreflight: true, displayName: 'QA' });
    await flushPromises();
    expect(h.creates(W1)[0]).toMatchObject({ agentKind: 'acs', displayName: 'QA' });
    await h.fail(W1, 403, 40229, ['ExpectedError']);
    expect(h.phase(W1)).toMatchObject({ name: 'needsFix', error: { id: '403/40229', origin: 'sdk' } });
  });

  it('says clearly when the pasted text is not a token', async () => {
    const h = new CoreHarness();
    await h.signIn(W1, 'not-a-token');
    await flushPromises();
    expect(h.phase(W1)).toMatchObject({ name: 'needsFix', error: { id: 'app:token-invalid' } });
  });
});

describe('app info for Help › Troubleshooting', () => {
  it('names the Calling SDK version and the logs folder the host gave', async () => {
    const h = new CoreHarness({}, { diagnostics: { sdk: { callingVersion: '1.2.3', commonVersion: '2.0.0' }, logsFolder: '/data/logs' } });
    expect(await h.invoke(W1, 'app.getInfo')).toMatchObject({ ok: true, value: { sdkVersion: '1.2.3', logsFolder: '/data/logs' } });
  });

  it('leaves them out when the host knows neither', async () => {
    const reply = await new CoreHarness().invoke(W1, 'app.getInfo');
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value).not.toHaveProperty('sdkVersion');
    expect(reply.value).not.toHaveProperty('logsFolder');
  });
});
