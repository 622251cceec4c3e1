import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enErrors } from '../../../renderer/src/i18n/messages/en-errors';

/*
 * shared/errors holds each error's data (code, category, recovery); its words are in the
 * renderer's message files only. Nothing else in the sources may carry a copy of them: main,
 * its logs and the scripts name an error by its id.
 */

const sourceRoots = ['shared', 'electron', 'scripts', 'renderer/src', 'token-server', 'scenarios'];
const englishErrors = resolve('renderer/src/i18n/messages/en-errors.ts');
const messageFiles = resolve('renderer/src/i18n/messages');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|mjs|vue|json)$/.test(entry.name) ? [path] : [];
  });
}

const messages = Object.values(enErrors).flatMap((words) => [words.title, words.explanation, words.action]);
/** The sentences of every error message, long enough that finding one elsewhere is no accident. */
const sentences = [...new Set(messages.flatMap((text) => text.split(/(?<=[.:;])\s+/)))].filter((sentence) => sentence.length >= 25);

describe('error words', () => {
  it('finds sentences to look for', () => {
    expect(sentences.length).toBeGreaterThan(100);
  });

  it('exist only in the message files: shared/, main and the scripts name errors by id', () => {
    const copies: string[] = [];
    for (const file of sourceRoots.flatMap((root) => sourceFiles(resolve(root)))) {
      // Other message files are words too; they may say a sentence again in their own context.
      if (file.startsWith(messageFiles)) continue;
      const text = readFileSync(file, 'utf8');
      for (const sentence of sentences) if (text.includes(sentence)) copies.push(`${relative('.', file)}: ${sentence}`);
    }
    expect(copies).toEqual([]);
  });

  it('are written once in en-errors.ts: a message several errors share is a named constant', () => {
    // Titles may repeat: different codes can fail the same way for the person ("Calling stack failed to start").
    const titles = new Set(Object.values(enErrors).map((words) => words.title));
    const source = readFileSync(englishErrors, 'utf8');
    const literals = [...source.matchAll(/^\s+(?:explanation|action): '((?:[^'\\]|\\.)*)',$/gm)].map((match) => match[1]);
    const repeated = literals.filter((literal, index) => literals.indexOf(literal) !== index && !titles.has(literal ?? ''));
    expect(literals.length).toBeGreaterThan(50);
    expect(repeated).toEqual([]);
  });

  it('say each sentence of an explanation once in en-errors.ts, even inside a longer text', () => {
    const source = readFileSync(englishErrors, 'utf8');
    const said = [...new Set(Object.values(enErrors).flatMap((words) => words.explanation.split(/(?<=[.:;])\s+/)))].filter(
      (sentence) => sentence.length >= 25,
    );
    const repeated = said.filter((sentence) => source.split(sentence).length - 1 > 1);
    expect(said.length).toBeGreaterThan(50);
    expect(repeated).toEqual([]);
  });
});
