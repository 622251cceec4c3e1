import { describe, expect, it } from 'vitest';
import { appNoticeSchema } from '../../../shared/ipc/contract';
import { noticeMessagePath, noticeMessagePaths, noticeTextSchema } from '../../../shared/notices/notice-text';
import { noticeSamples } from './notice-samples';

describe('notice texts', () => {
  it('lists every message path a notice can use, and only those', () => {
    expect([...new Set(noticeSamples.map(noticeMessagePath))].sort()).toEqual([...noticeMessagePaths].sort());
  });

  it('a notice names its file and callee refusal by key, so each has its own sentence', () => {
    expect(noticeMessagePath({ key: 'documentReset', params: { document: 'callHistory', backupPath: '/x' } })).toBe('documentReset.callHistory');
    expect(noticeMessagePath({ key: 'linkCalleeRefused', params: { refusal: 'missingCountryCode' } })).toBe('linkCalleeRefused.missingCountryCode');
    expect(noticeMessagePath({ key: 'linkTooLong', params: { length: 2, max: 1 } })).toBe('linkTooLong');
  });

  it('refuses params a key does not take, values that are not plain, and unbounded text', () => {
    expect(noticeTextSchema.safeParse({ key: 'linkNotText', params: { extra: 'x' } }).success).toBe(false);
    expect(noticeTextSchema.safeParse({ key: 'historyNotAdded', params: { reason: { nested: true } } }).success).toBe(false);
    expect(noticeTextSchema.safeParse({ key: 'historyNotAdded', params: { reason: 'x'.repeat(5_000) } }).success).toBe(false);
    expect(noticeTextSchema.safeParse({ key: 'documentReset', params: { document: 'passwords', backupPath: '/x' } }).success).toBe(false);
    expect(noticeTextSchema.safeParse({ key: 'noSuchNotice', params: {} }).success).toBe(false);
  });

  it('a notice from a main without keys still crosses the bridge', () => {
    expect(appNoticeSchema.safeParse({ id: 'notice-1', level: 'info', message: 'Something happened.' }).success).toBe(true);
  });
});
