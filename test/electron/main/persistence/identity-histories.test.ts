import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/main/ports';
import { callHistoryCodec } from '../../../../electron/main/persistence/call-history-document';
import { createConfJsonFile } from '../../../../electron/main/persistence/conf-json-file';
import { CallHistories, historyFileName, legacyHistoryName } from '../../../../electron/main/persistence/identity-histories';
import { NoticeBoard } from '../../../../electron/main/persistence/notice-board';
import { ValidatedDocumentStore } from '../../../../electron/main/persistence/validated-document-store';
import type { NewCallHistoryEntry } from '../../../../shared/history/call-history-schema';
import { tempDataDir } from './temp-data-dir';

function open(dir: string) {
  const notices = new NoticeBoard();
  let next = 1;
  const histories = new CallHistories({
    open: (name) => new ValidatedDocumentStore(createConfJsonFile(dir, name), callHistoryCodec, { now: () => Date.UTC(2026, 0, 1) }, silentLogger),
    notices,
    newId: () => `call-${next++}`,
  });
  return { histories, notices };
}

const call = (startedAt: number): NewCallHistoryEntry => ({
  direction: 'incoming',
  peer: { rawId: '8:acs:carol', kind: 'acsUser', display: 'Carol' },
  startedAt,
  endedAt: startedAt + 30_000,
  durationMs: 0,
  endReason: { code: 487, subCode: 0 },
  outcome: 'missed',
});

describe('CallHistories', () => {
  it('names each file by a short hash of the identity, the same on every start', () => {
    expect(historyFileName('acs:alice')).toMatch(/^call-history-[0-9a-f]{16}$/);
    expect(historyFileName('acs:alice')).toBe(historyFileName('acs:alice'));
    expect(historyFileName('acs:alice')).not.toBe(historyFileName('acs:bob'));
  });

  it('keeps each identity\'s calls in its own file, across a restart', async () => {
    const dir = await tempDataDir();
    const first = open(dir).histories;
    first.for('acs:alice').add(call(1_000_000));
    first.for('acs:bob').add(call(2_000_000));
    const again = open(dir).histories;
    expect(again.for('acs:alice').list().map((entry) => entry.startedAt)).toEqual([1_000_000]);
    expect(again.for('acs:bob').list().map((entry) => entry.startedAt)).toEqual([2_000_000]);
    expect(readdirSync(dir).join()).not.toMatch(/alice|bob/);
  });

  it('gives the calls of the one file earlier versions kept to the first identity, and to nobody after', async () => {
    const dir = await tempDataDir();
    writeFileSync(join(dir, `${legacyHistoryName}.json`), JSON.stringify({ entries: [{ id: 'old-1', ...call(500_000) }] }));
    const { histories } = open(dir);
    expect(histories.for('acs:alice').list().map((entry) => entry.id)).toEqual(['old-1']);
    expect(histories.for('acs:bob').list()).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, `${legacyHistoryName}.json`), 'utf8'))).toEqual({ entries: [] });
    // And after a restart, bob still does not inherit them.
    expect(open(dir).histories.for('acs:bob').list()).toEqual([]);
    expect(open(dir).histories.for('acs:alice').list().map((entry) => entry.id)).toEqual(['old-1']);
  });

  it('keeps a corrupt identity file aside with a notice, and starts that identity afresh', async () => {
    const dir = await tempDataDir();
    writeFileSync(join(dir, `${historyFileName('acs:alice')}.json`), '{"entries": [');
    const { histories, notices } = open(dir);
    expect(histories.for('acs:alice').list()).toEqual([]);
    expect(notices.pending()).toEqual([expect.objectContaining({ level: 'warning', text: expect.objectContaining({ key: 'documentReset' }) })]);
    expect(readdirSync(dir).filter((name) => name.includes('.corrupt-'))).toHaveLength(1);
    expect(histories.for('acs:bob').list()).toEqual([]);
  });

  it('tells listeners whose history changed', async () => {
    const { histories } = open(await tempDataDir());
    const changes: string[] = [];
    histories.onChange((change) => changes.push(`${change.identity}:${change.entries.length}:${change.unseenMissed}`));
    histories.for('acs:alice').add(call(1_000_000));
    histories.for('acs:bob').clear();
    expect(changes).toEqual(['acs:alice:1:1', 'acs:bob:0:0']);
  });
});
