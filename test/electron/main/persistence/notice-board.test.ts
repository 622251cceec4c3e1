import { describe, expect, it } from 'vitest';
import { NoticeBoard } from '../../../../electron/main/persistence/notice-board';
import { appNoticeSchema } from '../../../../shared/ipc/contract';
import type { NoticeText } from '../../../../shared/notices/notice-text';

const diskFull: NoticeText = { key: 'historyNotAdded', params: { reason: 'ENOSPC: no space left on device, write' } };

describe('NoticeBoard', () => {
  it('posts the key for the windows and main’s English for the log, in a shape the contract accepts', () => {
    const board = new NoticeBoard();
    const notice = board.post('warning', diskFull);
    expect(notice).toEqual({
      id: 'notice-1',
      level: 'warning',
      message: 'This call could not be added to your history: Could not save your call history (ENOSPC: no space left on device, write). Earlier history is unchanged.',
      text: diskFull,
    });
    expect(appNoticeSchema.parse(notice)).toEqual(notice);
  });

  it('tells listeners once about a failure that repeats, and keeps it until dismissed', () => {
    const board = new NoticeBoard();
    const heard: string[] = [];
    board.onPost((notice) => heard.push(notice.id));
    const first = board.post('warning', diskFull);
    expect(board.post('warning', { ...diskFull, params: { ...diskFull.params } })).toBe(first);
    board.post('info', { key: 'linkNotText', params: {} });
    expect(heard).toEqual(['notice-1', 'notice-2']);
    expect(board.dismiss(first.id)).toBe(true);
    expect(board.pending().map((notice) => notice.text?.key)).toEqual(['linkNotText']);
  });
});
