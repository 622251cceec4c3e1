import { describe, expect, it } from 'vitest';
import { CoreHarness } from '../../../support/core-harness';
import { acsToken } from '../../../support/tokens';
import { flushPromises } from '../../../support/fake-clock';

const W1 = 'window-1';
const W2 = 'window-2';

async function signedInHarness(deadlines?: { createMs?: number; connectMs?: number }) {
  const h = new CoreHarness(deadlines);
  await h.signIn(W1, acsToken('alice'));
  await flushPromises();
  return h;
}

describe('sign-in sequence', () => {
  it('sends createAgent to the engine before telling the window it is creating the agent', async () => {
    const h = await signedInHarness();
    const order = h.sent
      .filter((s) => s.windowId === W1)
      .map((s) => (s.channel === 'engine.command' ? (s.payload as { type: string }).type : s.channel === 'session.state' ? (s.payload as { phase: { name: string } }).phase.name : undefined))
      .filter((step) => step !== undefined);
    expect(order.slice(0, 3)).toEqual(['gettingToken', 'createAgent', 'creatingAgent']);
  });
});

describe('identity', () => {
  it('tells the window the full id others call the user by, and a short label', async () => {
    const h = await signedInHarness();
    await h.connect(W1);
    expect(h.view(W1).identity).toEqual({
      label: 'acs:…50_alice',
      userId: '8:acs:00000000-0000-4000-8000-00000000ac50_alice',
      agentKind: 'acs',
      tokenSource: 'pasted',
    });
  });
});

describe('retry workflow', () => {
  it.each([
    [408, 40104],
    [500, 40216],
    [500, 40102],
  ])('retries %i/%i with a visible countdown, disposing before the next create', async (code, subCode) => {
    const h = await signedInHarness();
    await h.fail(W1, code, subCode, ['UnexpectedClientError']);
    const phase = h.phase(W1);
    expect(phase).toMatchObject({ name: 'waitingToRetry', attempt: 1, refreshToken: false, error: { id: `${code}/${subCode}` } });
    expect(phase.name === 'waitingToRetry' && phase.retryAt - h.clock.now()).toBe(1000);
    await h.clock.advanceAsync(999);
    expect(h.creates()).toHaveLength(1);
    await h.clock.advanceAsync(1);
    expect(h.commands().map((c) => c.type)).toEqual(['createAgent', 'disposeAgent', 'createAgent']);
    expect(h.phase(W1)).toEqual({ name: 'creatingAgent', attempt: 2 });
  });

  it('recovers from 40104 twice with growing delays, then is ready', async () => {
    const h = await signedInHarness();
    await h.fail(W1, 408, 40104);
    await h.clock.advanceAsync(1000);
    await h.fail(W1, 408, 40104);
    expect(h.phase(W1)).toMatchObject({ name: 'waitingToRetry', attempt: 2 });
    await h.clock.advanceAsync(2000);
    await h.connect(W1);
    expect(h.phase(W1)).toEqual({ name: 'ready' });
    expect(h.view(W1).attempts.map((a) => [a.outcome, a.error?.subCode, a.decision, a.delayMs])).toEqual([
      ['failed', 40104, 'retryAfter', 1000],
      ['failed', 40104, 'retryAfter', 2000],
      ['ready', undefined, 'ready', undefined],
    ]);
  });

  it('hands over to the user once automatic retries are used up; Retry now tries at once', async () => {
    const h = await signedInHarness();
    for (let i = 0; i < 6; i += 1) {
      await h.fail(W1, 500, 40216);
      await h.clock.advanceAsync(30_000);
    }
    expect(h.phase(W1)).toMatchObject({ name: 'retryPaused', error: { id: '500/40216' } });
    const creates = h.creates().length;
    expect((await h.invoke(W1, 'session.retryNow')).ok).toBe(true);
    await flushPromises();
    expect(h.creates()).toHaveLength(creates + 1);
  });

  it('cancels a pending retry and signs out, releasing the lease', async () => {
    const h = await signedInHarness();
    await h.fail(W1, 408, 40104);
    expect((await h.invoke(W1, 'session.cancelRetry')).ok).toBe(true);
    expect(h.phase(W1)).toMatchObject({ name: 'signedOut', notice: 'cancelled' });
    expect(h.core.leaseCount).toBe(0);
    await h.clock.advanceAsync(60_000);
    expect(h.creates()).toHaveLength(1);
  });

  it('forces a token refresh after 44110 and retries at once', async () => {
    const h = await signedInHarness();
    await h.fail(W1, 401, 44110);
    expect(h.phase(W1)).toMatchObject({ name: 'waitingToRetry', refreshToken: true });
    await h.clock.advanceAsync(0);
    expect(h.tokenRequests.at(-1)).toEqual({ forceRefresh: true });
    expect(h.creates()).toHaveLength(2);
  });

  it('waits for the network after 40114 while offline and retries the moment it returns', async () => {
    const h = await signedInHarness();
    await h.invoke(W1, 'network.setOnline', { online: false });
    await h.fail(W1, 408, 40114);
    expect(h.phase(W1)).toMatchObject({ name: 'waitingForNetwork', error: { id: '408/40114' } });
    await h.clock.advanceAsync(120_000);
    expect(h.creates()).toHaveLength(1);
    await h.invoke(W1, 'network.setOnline', { online: true });
    await flushPromises();
    expect(h.creates()).toHaveLength(2);
  });

  it('switches a network countdown to waiting for the network when the connection drops', async () => {
    const h = await signedInHarness();
    await h.fail(W1, 412, 40115);
    expect(h.phase(W1).name).toBe('waitingToRetry');
    await h.invoke(W1, 'network.setOnline', { online: false });
    expect(h.phase(W1).name).toBe('waitingForNetwork');
  });

  it('disposes the existing agent on 40228 and creates once more; a second 40228 needs a fix', async () => {
    const h = await signedInHarness();
    await h.fail(W1, 409, 40228, ['ExpectedError']);
    expect(h.commands().map((c) => c.type)).toEqual(['createAgent', 'disposeAgent', 'createAgent']);
    await h.fail(W1, 409, 40228, ['ExpectedError']);
    expect(h.phase(W1)).toMatchObject({ name: 'needsFix', error: { id: '409/40228' } });
  });

  it.each([
    [403, 40229],
    [403, 40231],
    [401, 44114],
    [400, 44214],
  ])('stops on ExpectedError %i/%i, shows the fix and frees the identity', async (code, subCode) => {
    const h = await signedInHarness();
    await h.fail(W1, code, subCode, ['ExpectedError']);
    expect(h.phase(W1)).toMatchObject({ name: 'needsFix', error: { code, subCode, category: 'ExpectedError' } });
    await flushPromises();
    expect(h.core.leaseCount).toBe(0);
    await h.clock.advanceAsync(120_000);
    expect(h.creates()).toHaveLength(1);
  });

  it('treats an agent that never connects as an unexpected, retried failure', async () => {
    const h = await signedInHarness();
    await h.report(W1, { type: 'created' });
    await h.report(W1, { type: 'timedOut', stage: 'connect' });
    expect(h.phase(W1)).toMatchObject({ name: 'waitingToRetry', error: { id: 'app:connect-timeout', category: 'UnexpectedClientError' } });
  });

  it('replaces an agent whose connection is lost, unless it comes back by itself first', async () => {
    const h = await signedInHarness();
    await h.connect(W1);
    await h.report(W1, { type: 'connectionLost' });
    expect(h.phase(W1)).toMatchObject({ name: 'waitingToRetry', error: { id: 'app:connection-lost' } });
    await h.report(W1, { type: 'connected' });
    expect(h.phase(W1)).toEqual({ name: 'ready' });
    await h.clock.advanceAsync(60_000);
    expect(h.creates()).toHaveLength(1);

    await h.report(W1, { type: 'connectionLost' });
    await h.clock.advanceAsync(1_000);
    expect(h.commands().map((c) => c.type)).toEqual(['createAgent', 'disposeAgent', 'createAgent']);
  });

  it('calls a window that never reports lost, and retries', async () => {
    const h = await signedInHarness({ createMs: 1000, connectMs: 1000 });
    await h.clock.advanceAsync(2000 + 5000);
    expect(h.phase(W1)).toMatchObject({ name: 'waitingToRetry', error: { id: 'app:engine-lost' } });
  });

  it('shows an unknown error with its raw values and retries it only twice', async () => {
    const h = await signedInHarness();
    for (let i = 0; i < 3; i += 1) {
      await h.fail(W1, 500, 49999);
      await h.clock.advanceAsync(30_000);
    }
    expect(h.phase(W1)).toMatchObject({ name: 'retryPaused', error: { id: 'raw:500/49999', known: false, code: 500, subCode: 49999 } });
  });

  it('ignores reports for an old attempt or another lease', async () => {
    const h = await signedInHarness();
    const first = h.creates()[0]!;
    await h.fail(W1, 408, 40104);
    await h.clock.advanceAsync(1000);
    await h.core.handle(W1, 'engine.report', { leaseId: first.leaseId, attempt: 1, event: { type: 'connected' } });
    await h.core.handle(W1, 'engine.report', { leaseId: 'lease-999', attempt: 2, event: { type: 'connected' } });
    expect(h.phase(W1)).toEqual({ name: 'creatingAgent', attempt: 2 });
  });
});

describe('lease', () => {
  it('is released when the window goes away mid-create, so another window can sign in', async () => {
    const h = await signedInHarness();
    await h.signIn(W2, acsToken('alice'));
    await flushPromises();
    expect(h.phase(W2)).toEqual({ name: 'activeElsewhere' });
    h.core.detachWindow(W1, 'crashed');
    expect(h.core.leaseCount).toBe(0);
    await h.signIn(W2, acsToken('alice'));
    await flushPromises();
    expect(h.creates(W2)).toHaveLength(1);
  });

  it('hands the identity over: the holder disposes first, then the new window creates', async () => {
    const h = await signedInHarness();
    await h.connect(W1);
    await h.signIn(W2, acsToken('alice'));
    await flushPromises();
    expect((await h.invoke(W2, 'session.takeOver')).ok).toBe(true);
    await flushPromises();
    const order = h.sent.filter((s) => s.channel === 'engine.command').map((s) => `${s.windowId}:${(s.payload as { type: string }).type}`);
    expect(order).toEqual(['window-1:createAgent', 'window-1:disposeAgent', 'window-2:createAgent']);
    expect(h.phase(W1)).toMatchObject({ name: 'signedOut', notice: 'takenOver' });
    expect(h.phase(W2).name).toBe('creatingAgent');
  });

  it('takes over even from a window that does not answer, after the dispose deadline', async () => {
    const h = await signedInHarness();
    h.unresponsive.add(W1);
    await h.signIn(W2, acsToken('alice'));
    await flushPromises();
    const takeOver = h.invoke(W2, 'session.takeOver');
    await h.clock.advanceAsync(5000);
    expect((await takeOver).ok).toBe(true);
    expect(h.creates(W2)).toHaveLength(1);
  });

  it('signs out by disposing the agent and freeing the identity', async () => {
    const h = await signedInHarness();
    await h.connect(W1);
    await h.invoke(W1, 'session.signOut');
    expect(h.commands().at(-1)).toMatchObject({ type: 'disposeAgent', reason: 'signOut' });
    expect(h.phase(W1)).toEqual({ name: 'signedOut' });
    expect(h.core.leaseCount).toBe(0);
  });

  it('gives tokens only to the window holding the lease', async () => {
    const h = await signedInHarness();
    const { leaseId } = h.creates()[0]!;
    expect(await h.invoke(W1, 'engine.getToken', { leaseId, forceRefresh: false })).toMatchObject({ ok: true, value: { token: expect.any(String) } });
    expect(await h.invoke(W2, 'engine.getToken', { leaseId, forceRefresh: false })).toMatchObject({ ok: false });
  });

  it('explains a token source failure and retries it', async () => {
    const h = new CoreHarness();
    h.tokenFailure = Object.assign(new Error('Token endpoint answered 503.'), { kind: 'endpoint' });
    await h.signIn(W1, acsToken('alice'));
    await flushPromises();
    expect(h.phase(W1)).toMatchObject({ name: 'waitingToRetry', error: { id: 'app:token-endpoint', message: 'Token endpoint answered 503.' } });
    h.tokenFailure = undefined;
    await h.clock.advanceAsync(1000);
    expect(h.creates()).toHaveLength(1);
  });
});
