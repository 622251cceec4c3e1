import { describe, expect, it } from 'vitest';
import { appLocales } from '../../../shared/settings/choose-locale';
import { shellText, shellTextKeys } from '../../../shared/shell/shell-text';
import { enShellWords, shellWordsFor } from '../../../shared/shell/shell-words';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the words main shows outside the windows', () => {
  it('has every key in every language the app ships, with the same placeholders as English', () => {
    for (const locale of appLocales) {
      const words = shellWordsFor(locale);
      expect(Object.keys(words).sort()).toEqual([...shellTextKeys].sort());
      for (const key of shellTextKeys) {
        expect(words[key].trim(), `${locale}.${key}`).not.toBe('');
        expect(placeholders(words[key]), `${locale}.${key}`).toEqual(placeholders(enShellWords[key]));
      }
    }
  });

  it('fills the app name in, and says the quit question in German for a German user', () => {
    expect(shellText(shellWordsFor('en'), 'trayShow', { appName: 'ACS Softphone' })).toBe('Show ACS Softphone');
    expect(shellText(shellWordsFor('de'), 'trayShow', { appName: 'ACS Softphone' })).toBe('ACS Softphone anzeigen');
    expect(shellText(shellWordsFor('de'), 'quitDuringCall')).toBe('Ein Anruf läuft. Auflegen und beenden?');
  });
});
