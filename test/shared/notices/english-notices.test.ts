import { describe, expect, it } from 'vitest';
import { englishNotice } from '../../../shared/notices/english-notices';
import { noticeKeys } from '../../../shared/notices/notice-text';
import { noticeSamples } from './notice-samples';

describe('englishNotice', () => {
  it('has a sample for every key', () => {
    expect([...new Set(noticeSamples.map((sample) => sample.key))].sort()).toEqual([...noticeKeys].sort());
  });

  it('fills every placeholder with its value, for every notice', () => {
    for (const text of noticeSamples) {
      const english = englishNotice(text);
      expect(english, JSON.stringify(text)).not.toMatch(/\{\w+\}/);
      for (const [name, value] of Object.entries(text.params)) {
        // A keyed value picks the sentence instead of appearing in it.
        if (name !== 'document' && name !== 'refusal') expect(english, `${text.key}.${name}`).toContain(String(value));
      }
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
