import { describe, expect, it } from 'vitest';
import { createTestI18n } from '../support/test-i18n';
import { diagnosticText } from '../../../renderer/src/i18n/describe-diagnostic';

const german = createTestI18n('de').global.t;
const english = createTestI18n('en').global.t;

describe('diagnosticText', () => {
  it('says what happened and what to do, in English as before localization', () => {
    expect(diagnosticText('networkReceiveQuality', 2, english)).toBe('Your network connection is poor: audio may break up. Move closer to Wi-Fi or use a wired connection.');
    expect(diagnosticText('microphoneNotFunctioning', true, english)).toBe('Your microphone is not working: check it in Settings > devices or pick another microphone.');
  });

  it('speaks German in a German app', () => {
    expect(diagnosticText('speakingWhileMicrophoneIsMuted', true, german)).toBe('Sie sprechen, während Ihr Mikrofon stummgeschaltet ist. Heben Sie die Stummschaltung auf, damit man Sie hört.');
    expect(diagnosticText('networkReceiveQuality', 3, german)).toMatch(/^Ihre Netzwerkverbindung ist schlecht/);
  });

  it('quotes the SDK name of a camera or screen-sharing diagnostic', () => {
    expect(diagnosticText('cameraFreeze', true, english)).toBe('The camera reported a problem (cameraFreeze). This app sends audio only, so your call is not affected.');
    expect(diagnosticText('capturerStartFailed', true, german)).toContain('(capturerStartFailed)');
  });
});
