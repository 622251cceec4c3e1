import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/main/ports';
import { callHistoryCodec } from '../../../../electron/main/persistence/call-history-document';
import { CallHistoryService } from '../../../../electron/main/persistence/call-history-service';
import { createConfJsonFile } from '../../../../electron/main/persistence/conf-json-file';
import { NoticeBoard } from '../../../../electron/main/persistence/notice-board';
import { ValidatedDocumentStore } from '../../../../electron/main/persistence/validated-document-store';
import type { CallOutcome, NewCallHistoryEntry } from '../../../../shared/history/call-history-schema';
import { FailingWrites, tempDataDir } from './temp-data-dir';

function open(dir: string) {
  const file = new FailingWrites(createConfJsonFile(dir, 'call-history-test'));
  const notices = new NoticeBoard();
  const history = new CallHistoryService(new ValidatedDocumentStore(file, callHistoryCodec, { now: () => 0 }, silentLogger), { notices });
  return { file, notices, history };
}

function rang(endedAt: number, outcome: CallOutcome, direction: 'incoming' | 'outgoing' = 'incoming'): NewCallHistoryEntry {
  return { direction, peer: { rawId: '8:acs:carol', kind: 'acsUser', display: 'Carol' }, startedAt: endedAt - 20_000, endedAt, durationMs: 0, endReason: { code: 487, subCode: 0 }, outcome };
}

describe('missed-call counting', () => {
  it('counts incoming calls nobody answered or declined here, not declined, failed or outgoing ones', async () => {
    const { history } = open(await tempDataDir());
    history.add(rang(100_000, 'missed'));
    history.add(rang(200_000, 'declined'));
    history.add(rang(300_000, 'failed'));
    history.add(rang(400_000, 'cancelled', 'outgoing'));
    history.add(rang(500_000, 'missed'));
    expect(history.unseenMissed()).toBe(2);
  });

  it('clears the count when History is opened, keeps it cleared after a restart, and counts a later miss again', async () => {
    const dir = await tempDataDir();
    const first = open(dir).history;
    first.add(rang(100_000, 'missed'));
    expect(first.markMissedSeen(150_000)).toEqual({ ok: true, value: { unseen: 0 } });
    expect(open(dir).history.unseenMissed()).toBe(0);
    const again = open(dir).history;
    again.add(rang(200_000, 'missed'));
    expect(again.unseenMissed()).toBe(1);
  });

  it('sees a missed call whose end lies after the clock of the moment History opened (clocks disagree)', async () => {
    const { history } = open(await tempDataDir());
    history.add(rang(900_000, 'missed'));
    history.markMissedSeen(100_000);
    expect(history.unseenMissed()).toBe(0);
  });

  it('does not write the file when nothing was unseen', async () => {
    const { history, file } = open(await tempDataDir());
    history.add(rang(100_000, 'declined'));
    const writes = file.writes;
    history.markMissedSeen(200_000);
    expect(file.writes).toBe(writes);
  });

  it('says so when the seen mark cannot be saved, and keeps counting', async () => {
    const { history, file, notices } = open(await tempDataDir());
    history.add(rang(100_000, 'missed'));
    file.failing = true;
    expect(history.markMissedSeen(200_000)).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(history.unseenMissed()).toBe(1);
    expect(notices.pending()).toEqual([expect.objectContaining({ text: { key: 'historySeenNotSaved', params: { reason: expect.stringContaining('ENOSPC') } } })]);
  });

  it('reads a bad seen mark as never seen, with a notice', async () => {
    const dir = await tempDataDir();
    const { history } = open(dir);
    history.add(rang(100_000, 'missed'));
    history.markMissedSeen(200_000);
    const { writeFileSync, readFileSync } = await import('node:fs');
    const path = `${dir}/call-history-test.json`;
    writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), missedSeenAt: 'yesterday' }));
    const reopened = open(dir);
    expect(reopened.history.unseenMissed()).toBe(1);
    expect(reopened.notices.pending()).toEqual([expect.objectContaining({ text: expect.objectContaining({ key: 'documentRepaired' }) })]);
  });
});
