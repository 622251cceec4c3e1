import { describe, expect, it } from 'vitest';
import { parseEvent, parseRequest } from '../../../shared/ipc/contract';

describe('calls.activity request', () => {
  it('accepts a call up and a caller ringing in', () => {
    const activity = { inCall: true, ringing: [{ id: 'in-1', caller: 'Carol' }] };
    expect(parseRequest('calls.activity', activity)).toEqual({ ok: true, value: activity });
  });

  it('rejects missing fields, unexpected keys and wrong types', () => {
    expect(parseRequest('calls.activity', { inCall: true }).ok).toBe(false);
    expect(parseRequest('calls.activity', { inCall: 'yes', ringing: [] }).ok).toBe(false);
    expect(parseRequest('calls.activity', { inCall: false, ringing: [], extra: 1 }).ok).toBe(false);
    expect(parseRequest('calls.activity', { inCall: false, ringing: [{ id: 'in-1', caller: 'C', token: 'x' }] }).ok).toBe(false);
  });

  it('bounds what a page can send: caller text, ids and the number of ringing calls', () => {
    expect(parseRequest('calls.activity', { inCall: false, ringing: [{ id: 'in-1', caller: 'x'.repeat(201) }] })).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('ringing.0.caller') },
    });
    expect(parseRequest('calls.activity', { inCall: false, ringing: [{ id: '', caller: 'C' }] }).ok).toBe(false);
    expect(parseRequest('calls.activity', { inCall: false, ringing: [{ id: 'i'.repeat(101), caller: 'C' }] }).ok).toBe(false);
    const many = Array.from({ length: 21 }, (_, i) => ({ id: `in-${i}`, caller: 'C' }));
    expect(parseRequest('calls.activity', { inCall: false, ringing: many }).ok).toBe(false);
  });
});

describe('app.command event', () => {
  it('carries hangUpAll and nothing else', () => {
    expect(parseEvent('app.command', { type: 'hangUpAll' }).ok).toBe(true);
    expect(parseEvent('app.command', { type: 'quit' }).ok).toBe(false);
    expect(parseEvent('app.command', { type: 'hangUpAll', id: 'x' }).ok).toBe(false);
  });
});
