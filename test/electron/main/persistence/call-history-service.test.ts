import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/main/ports';
import { callHistoryCodec } from '../../../../electron/main/persistence/call-history-document';
import { CallHistoryService } from '../../../../electron/main/persistence/call-history-service';
import { createConfJsonFile } from '../../../../electron/main/persistence/conf-json-file';
import { NoticeBoard } from '../../../../electron/main/persistence/notice-board';
import { ValidatedDocumentStore } from '../../../../electron/main/persistence/validated-document-store';
import type { CallHistoryEntry, NewCallHistoryEntry } from '../../../../shared/history/call-history-schema';
import { FailingWrites, tempDataDir } from './temp-data-dir';

function open(dir: string, cap?: number) {
  const file = new FailingWrites(createConfJsonFile(dir, 'call-history'));
  const notices = new NoticeBoard();
  let next = 1;
  const history = new CallHistoryService(new ValidatedDocumentStore(file, callHistoryCodec, { now: () => 0 }, silentLogger), {
    notices,
    newId: () => `call-${next++}`,
    ...(cap === undefined ? {} : { cap }),
  });
  return { file, notices, history };
}

function call(startedAt: number, overrides: Partial<NewCallHistoryEntry> = {}): NewCallHistoryEntry {
  return {
    direction: 'outgoing',
    peer: { rawId: '4:+14255550123', kind: 'phoneNumber', display: '+1 425 555 0123' },
    startedAt,
    connectedAt: startedAt + 2_000,
    endedAt: startedAt + 62_000,
    durationMs: 60_000,
    endReason: { code: 0, subCode: 0 },
    outcome: 'completed',
    ...overrides,
  };
}

const starts = (entries: CallHistoryEntry[]) => entries.map((entry) => entry.startedAt);

describe('CallHistoryService', () => {
  it('assigns ids and lists newest first, whatever order calls are reported in', async () => {
    const { history } = open(await tempDataDir());
    expect(history.list()).toEqual([]);
    history.add(call(2_000_000));
    const added = history.add(call(1_000_000));
    history.add(call(3_000_000));
    expect(added).toEqual({ ok: true, value: { id: 'call-2', ...call(1_000_000) } });
    expect(starts(history.list())).toEqual([3_000_000, 2_000_000, 1_000_000]);
  });

  it('keeps at most the cap, dropping the oldest calls', async () => {
    const { history } = open(await tempDataDir(), 3);
    for (const startedAt of [1, 2, 3, 4, 5].map((n) => n * 1_000_000)) history.add(call(startedAt));
    expect(starts(history.list())).toEqual([5_000_000, 4_000_000, 3_000_000]);
  });

  it('keeps 500 calls by default', async () => {
    const dir = await tempDataDir();
    const entries = Array.from({ length: 500 }, (_, i) => ({ id: `old-${i}`, ...call((i + 1) * 100_000) }));
    writeFileSync(join(dir, 'call-history.json'), JSON.stringify({ entries }));
    const { history } = open(dir);
    history.add(call(999_000_000));
    const listed = history.list();
    expect(listed).toHaveLength(500);
    expect(listed[0]?.startedAt).toBe(999_000_000);
    expect(listed.some((entry) => entry.id === 'old-0')).toBe(false);
  });

  it('survives a restart', async () => {
    const dir = await tempDataDir();
    open(dir).history.add(call(1_000_000, { direction: 'incoming', outcome: 'missed', connectedAt: undefined, durationMs: 0 }));
    const reopened = open(dir).history.list();
    expect(reopened).toHaveLength(1);
    expect(reopened[0]).toMatchObject({ id: 'call-1', direction: 'incoming', outcome: 'missed', durationMs: 0 });
  });

  it('clears, on disk too', async () => {
    const dir = await tempDataDir();
    const { history } = open(dir);
    history.add(call(1_000_000));
    expect(history.clear()).toEqual({ ok: true, value: {} });
    expect(open(dir).history.list()).toEqual([]);
  });

  it('tells listeners the whole new list after each change', async () => {
    const { history } = open(await tempDataDir());
    const seen: number[][] = [];
    history.onChange((change) => seen.push(starts(change.entries)));
    history.add(call(1_000_000));
    history.add(call(2_000_000));
    history.clear();
    expect(seen).toEqual([[1_000_000], [2_000_000, 1_000_000], []]);
  });

  it('on a full disk loses no earlier history, reports the failure and posts one notice', async () => {
    const dir = await tempDataDir();
    const { history, file, notices } = open(dir);
    history.add(call(1_000_000));
    const before = readFileSync(join(dir, 'call-history.json'));

    file.failing = true;
    const first = history.add(call(2_000_000));
    history.add(call(3_000_000));
    const cleared = history.clear();

    expect(first.ok).toBe(false);
    expect(cleared.ok).toBe(false);
    expect(starts(history.list())).toEqual([1_000_000]);
    expect(readFileSync(join(dir, 'call-history.json'))).toEqual(before);
    const reason = 'ENOSPC: no space left on device, write';
    expect(notices.pending().map((notice) => notice.text)).toEqual([
      { key: 'historyNotAdded', params: { reason } },
      { key: 'historyNotCleared', params: { reason } },
    ]);
    expect(first).toEqual({ ok: false, error: { code: 'failed', message: notices.pending()[0]!.message } });
    expect(notices.pending().map((notice) => notice.message)).toEqual([
      'This call could not be added to your history: Could not save your call history (ENOSPC: no space left on device, write). Earlier history is unchanged.',
      'Your call history could not be cleared: Could not save your call history (ENOSPC: no space left on device, write). Earlier history is unchanged.',
    ]);
  });
});
