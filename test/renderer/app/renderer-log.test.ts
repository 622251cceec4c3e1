import { describe, expect, it, vi } from 'vitest';
import { RendererLog } from '../../../renderer/src/app/renderer-log';

const clock = { now: () => 1_000 };

describe('RendererLog', () => {
  it('keeps recent lines with time and level, and redacts tokens in messages and fields before keeping them', () => {
    const token = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEwNiJ9.eyJza3lwZWlkIjoiYWNzOjFfMDAwMDAwMjQiLCJleHAiOjE3OTk5OTk5OTl9.Q2lnbmF0dXJlUGFydDEyMzQ1Njc4OTBBQkNERUZHSElKS0xNTk9QUVJTVFVW';
    const printed = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const log = new RendererLog(clock, printed);
    log.warn(`SDK said: token ${token} rejected`, { token, attempt: 3, error: new Error(`bad ${token}`) });
    const [line] = log.entries();
    expect(line).toMatchObject({ at: 1_000, level: 'warn', fields: { attempt: 3 } });
    const text = JSON.stringify(log.entries());
    for (const part of token.split('.')) expect(text).not.toContain(part);
    expect(JSON.stringify(printed.warn.mock.calls)).not.toContain(token.split('.')[1]);
  });

  it('keeps only the newest lines once full', () => {
    const log = new RendererLog(clock, undefined, 3);
    for (let i = 1; i <= 5; i++) log.info(`line ${i}`);
    expect(log.entries().map((line) => line.message)).toEqual(['line 3', 'line 4', 'line 5']);
  });

  it('records uncaught errors and unhandled rejections of the page, until told to stop', () => {
    const log = new RendererLog(clock);
    const target = new EventTarget();
    const stop = log.captureUncaught(target as unknown as Window);
    target.dispatchEvent(Object.assign(new Event('error'), { error: new TypeError('x is undefined'), message: 'x is undefined' }));
    target.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: { code: 408, subCode: 40104 } }));
    stop();
    target.dispatchEvent(Object.assign(new Event('error'), { error: new Error('after stop') }));
    expect(log.entries()).toEqual([
      { at: 1_000, level: 'error', message: 'uncaught error', fields: { message: 'TypeError: x is undefined' } },
      { at: 1_000, level: 'error', message: 'unhandled rejection', fields: { message: '{"code":408,"subCode":40104}' } },
    ]);
  });
});
