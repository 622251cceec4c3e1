import { describe, expect, it } from 'vitest';
import { fatalText } from '../../../renderer/src/i18n/fatal-text';

describe('fatalText', () => {
  it('speaks English on an English system, as before localization', () => {
    const text = fatalText(['en-US']);
    expect(text.hostGone('socket closed')).toBe('The app host is gone (socket closed). Restart it, then reload this page.');
    expect(text.couldNotStart('no bridge')).toBe('The app could not start: no bridge');
  });

  it('speaks German on a German system, whatever the region', () => {
    expect(fatalText(['de-AT']).hostGone('socket closed')).toBe('Der App-Host ist nicht mehr da (socket closed). Starten Sie ihn neu und laden Sie diese Seite dann neu.');
    expect(fatalText(['de']).couldNotStart('no bridge')).toBe('Die App konnte nicht starten: no bridge');
  });

  it('tells a web shell page whose one-time link was spent how to get a new one, in both languages', () => {
    expect(fatalText(['en']).linkUsed()).toContain('press Enter in its terminal');
    expect(fatalText(['de']).linkUsed()).toContain('Eingabetaste');
  });

  it('takes the first shipped language and falls back to English', () => {
    expect(fatalText(['fr-FR', 'de-DE']).couldNotStart('x')).toBe('Die App konnte nicht starten: x');
    expect(fatalText(['fr-FR']).couldNotStart('x')).toBe('The app could not start: x');
    expect(fatalText([]).couldNotStart('x')).toBe('The app could not start: x');
  });
});
