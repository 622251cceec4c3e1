import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/main/ports';
import { ConfJsonFile, createConfJsonFile } from '../../../../electron/main/persistence/conf-json-file';
import { DocumentWriteError } from '../../../../electron/main/persistence/json-document-store';
import { settingsCodec } from '../../../../electron/main/persistence/settings-document';
import { ValidatedDocumentStore } from '../../../../electron/main/persistence/validated-document-store';
import { defaultSettings } from '../../../../shared/settings/settings-schema';
import { tempDataDir } from './temp-data-dir';

const root = join(import.meta.dirname, '../../../..');

/** conf whose write lands short, as atomically's does on a full disk: the rename happens, the content is cut. */
class ShortWritingConf extends Conf<Record<string, unknown>> {
  static shortWrites = false;

  override get store(): Record<string, unknown> {
    return super.store;
  }

  override set store(value: Record<string, unknown>) {
    super.store = value;
    if (ShortWritingConf.shortWrites) truncateSync(this.path, 10);
  }
}

describe('ConfJsonFile', () => {
  it('puts the previous file back when a write lands short, and reports it', async () => {
    const dir = await tempDataDir();
    const file = new ConfJsonFile(dir, (options) => new ShortWritingConf({ ...options, configName: 'settings' }), join(dir, 'settings.json'));
    const store = new ValidatedDocumentStore(file, settingsCodec, { now: () => 0 }, silentLogger);
    store.save({ ...defaultSettings, displayName: 'Alice' });
    const before = readFileSync(join(dir, 'settings.json'));

    ShortWritingConf.shortWrites = true;
    try {
      expect(() => store.save({ ...defaultSettings, displayName: 'Bob' })).toThrow(DocumentWriteError);
    } finally {
      ShortWritingConf.shortWrites = false;
    }

    expect(readFileSync(join(dir, 'settings.json'))).toEqual(before);
    expect(readdirSync(dir)).toEqual(['settings.json']);
    expect(store.load().value.displayName).toBe('Alice');
  });

  it('leaves no half-written file behind when the first write lands short', async () => {
    const dir = await tempDataDir();
    const file = new ConfJsonFile(dir, (options) => new ShortWritingConf({ ...options, configName: 'settings' }), join(dir, 'settings.json'));
    file.read();
    ShortWritingConf.shortWrites = true;
    try {
      expect(() => file.write({ displayName: 'Bob' })).toThrow(/could not be written completely/);
    } finally {
      ShortWritingConf.shortWrites = false;
    }
    expect(existsSync(join(dir, 'settings.json'))).toBe(false);
  });

  it('writes tab-indented JSON, the same file electron-store writes', async () => {
    const dir = await tempDataDir();
    const file = createConfJsonFile(dir, 'settings');
    file.write({ ringtone: false });
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe('{\n\t"ringtone": false\n}');
  });

  // A real short write: the kernel's file size limit cuts the write the way a full disk does.
  it.skipIf(process.platform === 'win32')('keeps the earlier settings when the disk fills up mid-write', async () => {
    const dir = await tempDataDir();
    const earlier = JSON.stringify({ ...defaultSettings, displayName: 'Alice' });
    writeFileSync(join(dir, 'settings.json'), earlier);
    const child = join(import.meta.dirname, 'fixtures/save-settings-child.ts');
    const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
    // Ignoring SIGXFSZ turns the limit into a short write / EFBIG instead of killing the process.
    const run = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f 1; exec "$0" "$@"`, process.execPath, tsx, child, dir], { encoding: 'utf8' });

    expect(run.stdout.trim()).toMatch(/^failed: Could not save your settings \(/);
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(earlier);
  });

  describe.skipIf(process.platform === 'win32')('owner-only files', () => {
    const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

    it('tightens a folder and a file an older version left readable to others, and writes copies owner-only', async () => {
      const dir = await tempDataDir();
      const path = join(dir, 'settings.json');
      writeFileSync(path, '{"displayName": 42}', { mode: 0o644 });
      chmodSync(path, 0o644);
      chmodSync(dir, 0o755);
      const store = new ValidatedDocumentStore(createConfJsonFile(dir, 'settings'), settingsCodec, { now: () => 0 }, silentLogger);
      const loaded = store.load();
      expect(mode(dir)).toBe('700');
      expect(mode(path)).toBe('600');
      const backup = loaded.notice?.key === 'documentRepaired' ? String(loaded.notice.params.backupPath) : '';
      expect(mode(backup)).toBe('600');
    });

    it('creates a missing data folder owner-only, whatever the umask', async () => {
      const dir = join(await tempDataDir(), 'nested', 'data');
      const umask = process.umask(0);
      try {
        createConfJsonFile(dir, 'call-history').write({ entries: [] });
      } finally {
        process.umask(umask);
      }
      expect(mode(dir)).toBe('700');
      expect(mode(join(dir, 'call-history.json'))).toBe('600');
    });
  });
});
