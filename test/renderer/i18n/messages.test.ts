import { describe, expect, it } from 'vitest';
import { appFailureIds } from '../../../shared/errors/app-failures';
import { catalogEntries, catalogKey } from '../../../shared/errors/catalog';
import { endActionKeys, endReasonKeys } from '../../../shared/calls/end-reasons';
import { calleeRefusalReasons } from '../../../shared/calls/callee';
import { dialRefusalReasons } from '../../../renderer/src/engine/calls/call-controller-api';
import { describeDiagnostic, diagnosticMessageKeys, mediaDiagnosticNames, networkDiagnosticNames } from '../../../shared/calls/call-diagnostics';
import { noticeMessagePaths } from '../../../shared/notices/notice-text';
import { de } from '../../../renderer/src/i18n/messages/de';
import { en } from '../../../renderer/src/i18n/messages/en';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf as "path = value", so a failure names the key. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [inner, text] of leaves(value, path)) found.set(inner, text);
  }
  return found;
}

const english = leaves(en);
const german = leaves(de);

describe('message files', () => {
  it('English and German have exactly the same keys', () => {
    expect([...german.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('no message is empty in either language', () => {
    for (const [path, text] of [...english, ...german]) expect(text.trim(), path).not.toBe('');
  });

  it('placeholders match between the languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [path, text] of english) expect(names(german.get(path) ?? ''), path).toEqual(names(text));
  });

  it('German is actually translated: most texts differ from English', () => {
    const same = [...english].filter(([path, text]) => german.get(path) === text).map(([path]) => path);
    expect(same.length).toBeLessThan(english.size / 10);
  });
});

describe('error messages', () => {
  const ids = [...catalogEntries.map((entry) => catalogKey(entry.code, entry.subCode)), ...appFailureIds.map((id) => `app:${id}`)];

  it('every catalog code and app failure has a title, explanation and action in both languages', () => {
    for (const id of ids) {
      for (const part of ['title', 'explanation', 'action']) {
        expect(english.get(`errors.${id}.${part}`), `en ${id}.${part}`).toBeTruthy();
        expect(german.get(`errors.${id}.${part}`), `de ${id}.${part}`).toBeTruthy();
      }
    }
    expect(Object.keys(en.errors).sort()).toEqual([...new Set(ids)].sort());
  });

  it('every error has words a person can follow: a title, an explanation and a way forward', () => {
    for (const id of ids) {
      expect(english.get(`errors.${id}.title`)?.length, id).toBeGreaterThan(5);
      expect(english.get(`errors.${id}.explanation`)?.length, id).toBeGreaterThan(20);
      expect(english.get(`errors.${id}.action`)?.length, id).toBeGreaterThan(15);
    }
  });

  it('no message uses characters vue-i18n would read as syntax', () => {
    // "@" starts a linked message and "|" separates plural forms: a catalog text with either would render wrongly.
    for (const [path, text] of [...english, ...german].filter(([path]) => path.startsWith('errors.'))) expect(text, path).not.toMatch(/[@|{}]/);
  });
});

describe('call end messages', () => {
  it('every end reason has a title and an explanation, and every action a text, in both languages', () => {
    for (const key of endReasonKeys) {
      for (const part of ['title', 'explanation']) {
        expect(english.get(`endReason.${key}.${part}`), `en ${key}.${part}`).toBeTruthy();
        expect(german.get(`endReason.${key}.${part}`), `de ${key}.${part}`).toBeTruthy();
      }
    }
    for (const key of endActionKeys) {
      expect(english.get(`endAction.${key}`), `en ${key}`).toBeTruthy();
      expect(german.get(`endAction.${key}`), `de ${key}`).toBeTruthy();
    }
    expect(Object.keys(en.endReason).sort()).toEqual([...endReasonKeys].sort());
    expect(Object.keys(en.endAction).sort()).toEqual([...endActionKeys].sort());
  });

  it('no message uses characters vue-i18n would read as syntax, placeholders aside', () => {
    const texts = [...english, ...german].filter(([path]) => path.startsWith('endReason.') || path.startsWith('endAction.'));
    for (const [path, text] of texts) expect(text.replace(/\{(code|subCode)\}/g, ''), path).not.toMatch(/[@|{}]/);
  });
});

describe('dial refusal messages', () => {
  it('every callee and dial refusal has a text in both languages, and no other key exists', () => {
    for (const key of calleeRefusalReasons) {
      expect(english.get(`dial.callee.${key}`), `en callee ${key}`).toBeTruthy();
      expect(german.get(`dial.callee.${key}`), `de callee ${key}`).toBeTruthy();
    }
    for (const key of dialRefusalReasons) {
      expect(english.get(`dial.refused.${key}`), `en refused ${key}`).toBeTruthy();
      expect(german.get(`dial.refused.${key}`), `de refused ${key}`).toBeTruthy();
    }
    expect(Object.keys(en.dial.callee).sort()).toEqual([...calleeRefusalReasons].sort());
    expect(Object.keys(en.dial.refused).sort()).toEqual([...dialRefusalReasons].sort());
  });

  it('no message uses characters vue-i18n would read as syntax, placeholders aside', () => {
    for (const [path, text] of [...english, ...german].filter(([path]) => path.startsWith('dial.'))) {
      expect(text.replace(/\{(input|formats|setting|detail|country)\}/g, ''), path).not.toMatch(/[@|{}]/);
    }
  });
});

describe('diagnostic messages', () => {
  it('every diagnostic, raised Poor, Bad or true, has a banner text in both languages', () => {
    for (const name of [...networkDiagnosticNames, ...mediaDiagnosticNames]) {
      for (const value of [2, 3, true] as const) {
        const { message } = describeDiagnostic(name, value);
        expect(english.get(`diagnostic.${message}`), `en ${name}=${String(value)}`).toBeTruthy();
        expect(german.get(`diagnostic.${message}`), `de ${name}=${String(value)}`).toBeTruthy();
      }
    }
    expect(Object.keys(en.diagnostic).sort()).toEqual([...diagnosticMessageKeys].sort());
  });

  it('no banner text uses characters vue-i18n would read as syntax, placeholders aside', () => {
    for (const [path, text] of [...english, ...german].filter(([path]) => path.startsWith('diagnostic.'))) {
      expect(text.replace('{name}', ''), path).not.toMatch(/[@|{}]/);
    }
  });
});

describe('notice messages', () => {
  it('every notice main can post has a text in both languages, and no other key exists', () => {
    const paths = noticeMessagePaths.map((path) => `notice.${path}`);
    for (const path of paths) {
      expect(english.get(path), `en ${path}`).toBeTruthy();
      expect(german.get(path), `de ${path}`).toBeTruthy();
    }
    expect([...english.keys()].filter((path) => path.startsWith('notice.')).sort()).toEqual([...paths].sort());
  });

  it('no message uses characters vue-i18n would read as syntax, placeholders aside', () => {
    for (const [path, text] of [...english, ...german].filter(([path]) => path.startsWith('notice.'))) {
      expect(text.replace(/\{(reason|path|problem|backupPath|appName|status|length|max|scheme)\}/g, ''), path).not.toMatch(/[@|{}]/);
    }
  });
});
