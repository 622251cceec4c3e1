import { describe, expect, it } from 'vitest';
import { createTestI18n } from '../support/test-i18n';
import { describeNotice } from '../../../renderer/src/i18n/describe-notice';
import type { AppNotice } from '../../../shared/ipc/contract';
import { englishNotice } from '../../../shared/notices/english-notices';
import { noticeMessagePaths, type NoticeText } from '../../../shared/notices/notice-text';
import { noticeSamples } from '../../shared/notices/notice-samples';

const german = createTestI18n('de').global.t;
const english = createTestI18n('en').global.t;

/** The English `message` is main's (tested with main); here only its presence matters. */
const posted = (text: NoticeText): AppNotice => ({ id: 'notice-1', level: 'warning', message: 'English from main', text });

describe('describeNotice', () => {
  it('shows a reset settings file in German, with the path as main gave it', () => {
    const notice = posted({ key: 'documentReset', params: { document: 'settings', backupPath: 'C:\\Users\\Ada\\settings.corrupt-1.json' } });
    expect(describeNotice(notice, german)).toBe('Ihre Einstellungsdatei war nicht lesbar und wurde zurückgesetzt; eine Kopie liegt unter C:\\Users\\Ada\\settings.corrupt-1.json.');
  });

  it('keeps the English wording main has always used', () => {
    const notice = posted({ key: 'documentReset', params: { document: 'settings', backupPath: '/data/settings.corrupt-1.json' } });
    expect(describeNotice(notice, english)).toBe('Your settings file was unreadable and has been reset; a copy was kept at /data/settings.corrupt-1.json.');
    expect(describeNotice(posted({ key: 'linkBrokenEscape', params: {} }), english)).toBe('This link cannot be dialled. The link has a broken %-escape.');
  });

  it("shows in English word for word what main logs, vue-i18n reading the same table as main's placeholder filling", () => {
    for (const text of noticeSamples) expect(describeNotice(posted(text), english), JSON.stringify(text)).toBe(englishNotice(text));
  });

  it('names the call history file in German words, not the English label', () => {
    const notice = posted({ key: 'documentRepaired', params: { document: 'callHistory', problem: '1 unreadable entry removed', backupPath: '/h.json' } });
    expect(describeNotice(notice, german)).toBe(
      'Die Datei Ihrer Anrufliste enthielt Fehler (1 unreadable entry removed); alles Übrige wurde übernommen. Eine Kopie der ursprünglichen Datei liegt unter /h.json.',
    );
  });

  it('tells in German why a link cannot be dialled', () => {
    expect(describeNotice(posted({ key: 'linkCalleeRefused', params: { refusal: 'missingCountryCode' } }), german)).toBe(
      'Dieser Link kann nicht gewählt werden. Die Nummer hat keine Ländervorwahl: Sie muss mit + beginnen, etwa +49301234567.',
    );
    expect(describeNotice(posted({ key: 'linkTooLong', params: { length: 2048, max: 1024 } }), german)).toBe(
      'Dieser Link kann nicht gewählt werden. Er ist zu lang (2048 Zeichen; höchstens 1024).',
    );
  });

  it('has German for every notice, with every value filled in', () => {
    const values = { reason: 'EIO', path: '/p', problem: 'x', backupPath: '/b', appName: 'Softphone', status: 's', length: 9, max: 1, scheme: 'tel' };
    for (const path of noticeMessagePaths) {
      const shown = german(`notice.${path}`, values);
      expect(shown, path).not.toBe(english(`notice.${path}`, values));
      expect(shown, path).not.toMatch(/[{}]|notice\./);
    }
  });

  it('shows main’s English for a notice without a key', () => {
    expect(describeNotice({ id: 'notice-1', level: 'info', message: 'Something happened.' }, german)).toBe('Something happened.');
  });
});
