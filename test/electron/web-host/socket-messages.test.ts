import { describe, expect, it } from 'vitest';
import { answerClientFrame } from '../../../electron/web-host/socket-messages';
import { FakeSoftphoneCore } from '../../support/fake-softphone-core';

describe('answerClientFrame', () => {
  it('passes a well-formed invoke to the core for this window and replies with its result', async () => {
    const core = new FakeSoftphoneCore();
    const answer = await answerClientFrame(core, 'web-1', JSON.stringify({ kind: 'invoke', id: 7, channel: 'session.get', payload: {} }));
    expect(core.requests).toEqual([{ windowId: 'web-1', channel: 'session.get', payload: {} }]);
    expect(answer).toEqual({ kind: 'reply', id: 7, result: { ok: true, value: { echo: { channel: 'session.get', payload: {} } } } });
  });

  it('answers text that is not JSON with an error message and never reaches the core', async () => {
    const core = new FakeSoftphoneCore();
    const answer = await answerClientFrame(core, 'web-1', '{not json');
    expect(answer).toEqual({ kind: 'error', error: { code: 'invalid-request', message: expect.stringContaining('not JSON') } });
    expect(core.requests).toEqual([]);
  });

  it('replies to an unknown message kind by its id, naming the kind', async () => {
    const answer = await answerClientFrame(new FakeSoftphoneCore(), 'web-1', JSON.stringify({ kind: 'subscribe', id: 'a1' }));
    expect(answer).toEqual({
      kind: 'reply',
      id: 'a1',
      result: { ok: false, error: { code: 'invalid-request', message: expect.stringContaining('Unknown message kind "subscribe"') } },
    });
  });

  it('sends an error message when a malformed invoke has no usable id', async () => {
    const answer = await answerClientFrame(new FakeSoftphoneCore(), 'web-1', JSON.stringify({ kind: 'invoke', channel: 'session.get' }));
    expect(answer).toMatchObject({ kind: 'error', error: { code: 'invalid-request', message: expect.stringContaining('id') } });
  });

  it('turns a core that throws into a failed reply without echoing the error text', async () => {
    const core = new FakeSoftphoneCore();
    core.answer = () => Promise.reject(new Error('boom with token eyJsecret'));
    const answer = await answerClientFrame(core, 'web-1', JSON.stringify({ kind: 'invoke', id: 1, channel: 'session.get', payload: {} }));
    expect(answer).toMatchObject({ kind: 'reply', id: 1, result: { ok: false, error: { code: 'failed' } } });
    expect(JSON.stringify(answer)).not.toContain('eyJsecret');
  });
});
