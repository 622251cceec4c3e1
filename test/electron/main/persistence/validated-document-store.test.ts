import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/main/ports';
import { callHistoryCodec } from '../../../../electron/main/persistence/call-history-document';
import { englishNotice } from '../../../../shared/notices/english-notices';
import { createConfJsonFile } from '../../../../electron/main/persistence/conf-json-file';
import { DocumentWriteError } from '../../../../electron/main/persistence/json-document-store';
import type { JsonFile } from '../../../../electron/main/persistence/json-file';
import { settingsCodec } from '../../../../electron/main/persistence/settings-document';
import { ValidatedDocumentStore } from '../../../../electron/main/persistence/validated-document-store';
import { defaultSettings, type Settings } from '../../../../shared/settings/settings-schema';
import { FailingWrites, tempDataDir } from './temp-data-dir';

const now = Date.UTC(2025, 0, 2, 3, 4, 5, 6);
const clock = { now: () => now };

function settingsStore(dir: string, file: JsonFile = createConfJsonFile(dir, 'settings')) {
  return new ValidatedDocumentStore(file, settingsCodec, clock, silentLogger);
}

const backups = (dir: string) => readdirSync(dir).filter((name) => name.includes('.corrupt-'));

describe('ValidatedDocumentStore over conf', () => {
  it('gives the defaults on first run without creating a file or a notice', async () => {
    const dir = await tempDataDir();
    expect(settingsStore(dir).load()).toEqual({ value: defaultSettings });
    expect(existsSync(join(dir, 'settings.json'))).toBe(false);
  });

  it('reads back what it saved, in a new instance (an app restart)', async () => {
    const dir = await tempDataDir();
    const saved: Settings = { ...defaultSettings, displayName: 'Alice', alternateCallerId: '+14255550123', ringtone: false };
    settingsStore(dir).save(saved);
    expect(settingsStore(dir).load()).toEqual({ value: saved });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual(saved);
  });

  it('copies a file that is not JSON aside byte for byte, resets it to defaults and says where the copy is', async () => {
    const dir = await tempDataDir();
    const original = Buffer.from('{"displayName": "Alice", "ringtone": tru');
    writeFileSync(join(dir, 'settings.json'), original);

    const loaded = settingsStore(dir).load();

    expect(loaded.value).toEqual(defaultSettings);
    const backupName = 'settings.corrupt-2025-01-02T03-04-05-006Z.json';
    expect(backups(dir)).toEqual([backupName]);
    expect(readFileSync(join(dir, backupName))).toEqual(original);
    expect(loaded.notice).toEqual({ key: 'documentReset', params: { document: 'settings', backupPath: join(dir, backupName) } });
    expect(englishNotice(loaded.notice!)).toBe(`Your settings file was unreadable and has been reset; a copy was kept at ${join(dir, backupName)}.`);
    // The reset is on disk: the next start is quiet.
    expect(settingsStore(dir).load()).toEqual({ value: defaultSettings });
  });

  it.each([
    ['an array', '[1, 2]'],
    ['null', 'null'],
    ['an empty file', ''],
  ])('treats %s as unreadable (conf alone would read it as an empty store)', async (_name, content) => {
    const dir = await tempDataDir();
    writeFileSync(join(dir, 'settings.json'), content);
    const loaded = settingsStore(dir).load();
    expect(loaded.notice).toEqual({ key: 'documentReset', params: { document: 'settings', backupPath: expect.stringMatching(/settings\.corrupt-.*\.json$/) as unknown as string } });
    expect(backups(dir)).toHaveLength(1);
  });

  it('keeps every valid field of a hand edit with one bad field, and says which field was reset', async () => {
    const dir = await tempDataDir();
    const handEdited = '{\n  "displayName": "Alice",\n  "alternateCallerId": "425-555-0123",\n  "ringtone": false,\n  "ringTone": true\n}';
    writeFileSync(join(dir, 'settings.json'), handEdited);

    const loaded = settingsStore(dir).load();

    expect(loaded.value).toEqual({ ...defaultSettings, displayName: 'Alice', ringtone: false });
    expect(loaded.notice).toEqual({
      key: 'documentRepaired',
      params: { document: 'settings', problem: 'reset to default: alternateCallerId; not a setting, ignored: ringTone', backupPath: join(dir, backups(dir)[0]!) },
    });
    expect(englishNotice(loaded.notice!)).toMatch(/^Your settings file had problems \(reset to default: alternateCallerId; not a setting, ignored: ringTone\); everything else was kept\. A copy of the original file was kept at .*settings\.corrupt-.*\.json\.$/);
    expect(readFileSync(join(dir, backups(dir)[0]!), 'utf8')).toBe(handEdited);
    expect(settingsStore(dir).load()).toEqual({ value: loaded.value });
  });

  it('fills in a field that is only missing, without a notice or a copy', async () => {
    const dir = await tempDataDir();
    writeFileSync(join(dir, 'settings.json'), '{"displayName": "Alice"}');
    expect(settingsStore(dir).load()).toEqual({ value: { ...defaultSettings, displayName: 'Alice' } });
    expect(backups(dir)).toEqual([]);
  });

  it('never overwrites an earlier copy when the file breaks twice in the same millisecond', async () => {
    const dir = await tempDataDir();
    writeFileSync(join(dir, 'settings.json'), 'first');
    settingsStore(dir).load();
    writeFileSync(join(dir, 'settings.json'), 'second');
    settingsStore(dir).load();
    const contents = backups(dir).map((name) => readFileSync(join(dir, name), 'utf8'));
    expect(contents.sort()).toEqual(['first', 'second']);
  });

  it('leaves an unusable file alone when it cannot be copied aside, and says so', async () => {
    const dir = await tempDataDir();
    writeFileSync(join(dir, 'settings.json'), 'not json');
    const inner = createConfJsonFile(dir, 'settings');
    const noCopies: JsonFile = {
      path: inner.path,
      read: () => inner.read(),
      write: (value) => inner.write(value),
      backup: () => {
        throw new Error('EACCES: permission denied');
      },
    };
    const loaded = settingsStore(dir, noCopies).load();
    expect(loaded.value).toEqual(defaultSettings);
    expect(loaded.notice).toEqual({ key: 'documentLeftAsIs', params: { document: 'settings', reason: 'not valid JSON', path: inner.path } });
    expect(englishNotice(loaded.notice!)).toBe(
      `Your settings file could not be read (not valid JSON) and could not be copied aside, so it was left as it is at ${inner.path}; the app is using defaults until you change something.`,
    );
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe('not json');
  });

  it('reports a failing write and leaves the previous file as it was', async () => {
    const dir = await tempDataDir();
    const file = new FailingWrites(createConfJsonFile(dir, 'settings'));
    const store = settingsStore(dir, file);
    store.save({ ...defaultSettings, displayName: 'Alice' });
    const before = readFileSync(join(dir, 'settings.json'));

    file.failing = true;
    expect(() => store.save({ ...defaultSettings, displayName: 'Bob' })).toThrow(DocumentWriteError);
    expect(() => store.save({ ...defaultSettings, displayName: 'Bob' })).toThrow('Could not save your settings (ENOSPC: no space left on device, write).');
    expect(readFileSync(join(dir, 'settings.json'))).toEqual(before);
  });
});

describe('call history file', () => {
  const entry = (id: string, startedAt: number) => ({
    id,
    direction: 'outgoing',
    peer: { rawId: '8:acs:bob', kind: 'acsUser', display: 'Bob' },
    startedAt,
    endedAt: startedAt + 1_000,
    durationMs: 0,
    endReason: { code: 0, subCode: 0 },
    outcome: 'cancelled',
  });

  it('drops a broken entry and keeps the others, newest first', async () => {
    const dir = await tempDataDir();
    const entries = [entry('a', 1_000), { ...entry('b', 2_000), outcome: 'exploded' }, entry('c', 3_000)];
    writeFileSync(join(dir, 'call-history.json'), JSON.stringify({ entries }));
    const store = new ValidatedDocumentStore(createConfJsonFile(dir, 'call-history'), callHistoryCodec, clock, silentLogger);

    const loaded = store.load();

    expect(loaded.value.entries.map((e) => e.id)).toEqual(['c', 'a']);
    expect(loaded.notice).toEqual({ key: 'documentRepaired', params: { document: 'callHistory', problem: '1 unreadable entry removed', backupPath: join(dir, backups(dir)[0]!) } });
    expect(englishNotice(loaded.notice!)).toMatch(/^Your call history file had problems \(1 unreadable entry removed\); everything else was kept\./);
    expect(backups(dir)).toHaveLength(1);
  });

  it('resets a file of the wrong shape entirely, keeping a copy', async () => {
    const dir = await tempDataDir();
    writeFileSync(join(dir, 'call-history.json'), JSON.stringify({ calls: [entry('a', 1)] }));
    const loaded = new ValidatedDocumentStore(createConfJsonFile(dir, 'call-history'), callHistoryCodec, clock, silentLogger).load();
    expect(loaded.value).toEqual({ entries: [], missedSeenAt: 0 });
    expect(loaded.notice).toEqual({ key: 'documentReset', params: { document: 'callHistory', backupPath: join(dir, backups(dir)[0]!) } });
    expect(englishNotice(loaded.notice!)).toMatch(/^Your call history file was unreadable and has been reset; a copy was kept at /);
  });
});
