import { describe, expect, it } from 'vitest';
import { englishNotice } from '../../../../electron/main/persistence/english-notices';
import { noticeKeys, noticeMessagePath } from '../../../../shared/notices/notice-text';
import { noticeSamples } from '../../../shared/notices/notice-samples';

type Tree = { readonly [key: string]: string | Tree };

// The renderer's message files are outside this project's type check: read them as data.
const rendererEnglishModule: string = '../../../../renderer/src/i18n/messages/en-notices';

function lookUp(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

describe('englishNotice', () => {
  it('has a sample for every key', () => {
    expect([...new Set(noticeSamples.map((sample) => sample.key))].sort()).toEqual([...noticeKeys].sort());
  });

  it('says word for word what a window shows in English, for every notice', async () => {
    const { enNotices } = (await import(rendererEnglishModule)) as { enNotices: Tree };
    for (const text of noticeSamples) {
      const template = lookUp(enNotices, noticeMessagePath(text));
      const params: Record<string, string | number> = text.params;
      const shown = template?.replace(/\{(\w+)\}/g, (_match, name: string) => String(params[name]));
      expect(englishNotice(text), JSON.stringify(text)).toBe(shown);
    }
  });

  it('keeps the wording the e2e tests and support know', () => {
    expect(englishNotice({ key: 'documentReset', params: { document: 'callHistory', backupPath: '/d/h.json' } })).toBe(
      'Your call history file was unreadable and has been reset; a copy was kept at /d/h.json.',
    );
    expect(englishNotice({ key: 'linkCalleeRefused', params: { refusal: 'anonymousTeamsUser' } })).toBe(
      'This link cannot be dialled. Anonymous Teams visitors cannot be called.',
    );
  });
});
