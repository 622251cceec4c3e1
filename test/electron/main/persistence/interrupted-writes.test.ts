import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConfJsonFile } from '../../../../electron/main/persistence/conf-json-file';
import { tempDataDir } from './temp-data-dir';

/*
 * What a write killed halfway leaves: atomically's temporary file and ConfJsonFile's
 * .previous copy. ctime cannot be set back, so "older than this process" is arranged by
 * telling the file the process started a minute from now (or a minute ago, for a write that
 * may still be in progress).
 */

const good = JSON.stringify({ displayName: 'Ada' });
const later = () => Date.now() + 60_000;
const earlier = () => Date.now() - 60_000;

function files(dir: string): string[] {
  return readdirSync(dir).sort();
}

describe('leftovers of interrupted writes', () => {
  it('are removed at start: only the temporary files and .previous of this file, nothing else', async () => {
    const dir = await tempDataDir();
    writeFileSync(join(dir, 'settings.json'), good);
    for (const name of [
      'settings.json.tmp-1733234567a1b2c3',
      'settings.json.tmp-17332345670f0f0f',
      'settings.json.previous',
      'call-history.json.tmp-1733234567a1b2c3',
      'settings.json.tmp-by-hand',
      'settings.corrupt-2025-01-01T12-00-00-000Z.json',
      'notes.txt',
    ]) {
      writeFileSync(join(dir, name), '{}');
    }

    expect(createConfJsonFile(dir, 'settings', later()).read()).toEqual({ kind: 'parsed', value: { displayName: 'Ada' } });

    expect(files(dir)).toEqual(['call-history.json.tmp-1733234567a1b2c3', 'notes.txt', 'settings.corrupt-2025-01-01T12-00-00-000Z.json', 'settings.json', 'settings.json.tmp-by-hand']);
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(good);
  });

  it('are left alone when newer than this process: another write may still be under way', async () => {
    const dir = await tempDataDir();
    writeFileSync(join(dir, 'settings.json'), good);
    writeFileSync(join(dir, 'settings.json.tmp-1733234567a1b2c3'), '{}');
    writeFileSync(join(dir, 'settings.json.previous'), '{}');
    createConfJsonFile(dir, 'settings', earlier()).read();
    expect(files(dir)).toEqual(['settings.json', 'settings.json.previous', 'settings.json.tmp-1733234567a1b2c3']);
  });

  it('a .previous is put back when the write was cut after breaking the file: the last good data wins', async () => {
    const dir = await tempDataDir();
    writeFileSync(join(dir, 'settings.json'), '{"displayName": "Ad');
    writeFileSync(join(dir, 'settings.json.previous'), good);
    expect(createConfJsonFile(dir, 'settings', later()).read()).toEqual({ kind: 'parsed', value: { displayName: 'Ada' } });
    expect(files(dir)).toEqual(['settings.json']);
  });

  it('a .previous beside a whole file is only clutter, and goes', async () => {
    const dir = await tempDataDir();
    writeFileSync(join(dir, 'settings.json'), good);
    writeFileSync(join(dir, 'settings.json.previous'), JSON.stringify({ displayName: 'Older' }));
    expect(createConfJsonFile(dir, 'settings', later()).read()).toEqual({ kind: 'parsed', value: { displayName: 'Ada' } });
    expect(files(dir)).toEqual(['settings.json']);
  });
});
