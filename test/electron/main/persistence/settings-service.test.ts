import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/main/ports';
import { createConfJsonFile } from '../../../../electron/main/persistence/conf-json-file';
import { NoticeBoard } from '../../../../electron/main/persistence/notice-board';
import { settingsCodec } from '../../../../electron/main/persistence/settings-document';
import { SettingsService } from '../../../../electron/main/persistence/settings-service';
import { ValidatedDocumentStore } from '../../../../electron/main/persistence/validated-document-store';
import { defaultSettings, settingsUpdateSchema, type Settings } from '../../../../shared/settings/settings-schema';
import { FailingWrites, tempDataDir } from './temp-data-dir';
import { writeFileSync } from 'node:fs';

function open(dir: string) {
  const file = new FailingWrites(createConfJsonFile(dir, 'settings'));
  const notices = new NoticeBoard();
  const service = new SettingsService(new ValidatedDocumentStore(file, settingsCodec, { now: () => 0 }, silentLogger), notices);
  return { file, notices, service };
}

const update = (value: unknown) => settingsUpdateSchema.parse(value);

describe('SettingsService', () => {
  it('starts from the defaults and keeps an update across a restart', async () => {
    const dir = await tempDataDir();
    const { service } = open(dir);
    expect(service.get()).toEqual(defaultSettings);

    const result = service.update(update({ displayName: 'Alice', alternateCallerId: '+14255550123', ringtone: false }));

    const expected = { ...defaultSettings, displayName: 'Alice', alternateCallerId: '+14255550123', ringtone: false };
    expect(result).toEqual({ ok: true, value: expected });
    expect(open(dir).service.get()).toEqual(expected);
  });

  it('tells listeners about a change, and not about an update that changes nothing', async () => {
    const { service, file } = open(await tempDataDir());
    const seen: Settings[] = [];
    service.onChange((settings) => seen.push(settings));
    service.update(update({ qaPanel: true }));
    service.update(update({ qaPanel: true }));
    expect(seen).toEqual([{ ...defaultSettings, qaPanel: true }]);
    expect(file.writes).toBe(1);
  });

  it('on a failing write reports the error and keeps both the file and the settings in memory as they were', async () => {
    const dir = await tempDataDir();
    const { service, file } = open(dir);
    service.update(update({ displayName: 'Alice' }));
    const before = readFileSync(join(dir, 'settings.json'));
    const seen: Settings[] = [];
    service.onChange((settings) => seen.push(settings));

    file.failing = true;
    const result = service.update(update({ displayName: 'Bob' }));

    expect(result).toEqual({
      ok: false,
      error: { code: 'failed', message: 'Could not save your settings (ENOSPC: no space left on device, write). Your settings are unchanged.' },
    });
    expect(service.get().displayName).toBe('Alice');
    expect(seen).toEqual([]);
    expect(readFileSync(join(dir, 'settings.json'))).toEqual(before);
  });

  it('posts the reset notice when its file was unreadable', async () => {
    const dir = await tempDataDir();
    writeFileSync(join(dir, 'settings.json'), '{oops');
    const { notices, service } = open(dir);
    expect(service.get()).toEqual(defaultSettings);
    const backupPath = expect.stringMatching(/settings\.corrupt-.*\.json$/) as unknown as string;
    expect(notices.pending()).toEqual([
      {
        id: 'notice-1',
        level: 'warning',
        message: expect.stringMatching(/^Your settings file was unreadable and has been reset; a copy was kept at .*settings\.corrupt-.*\.json\.$/) as unknown as string,
        text: { key: 'documentReset', params: { document: 'settings', backupPath } },
      },
    ]);
  });

  it('hands out copies, so a caller cannot change the settings behind its back', async () => {
    const { service } = open(await tempDataDir());
    const copy = service.get();
    copy.ringtone = false;
    expect(service.get().ringtone).toBe(true);
  });
});
