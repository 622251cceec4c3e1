import { describe, expect, it } from 'vitest';
import { classifyAppFailure, classifySdkError, type ClassifiedError } from '../../../shared/errors/classify';
import { createTestI18n } from '../support/test-i18n';
import { describeError } from '../../../renderer/src/i18n/describe-error';

const german = createTestI18n('de').global.t;
const english = createTestI18n('en').global.t;

describe('describeError', () => {
  it('gives a catalog error its German title, explanation and action', () => {
    const text = describeError(classifySdkError({ code: 403, subCode: 40229, message: 'CallAgent must be created only with ACS token' }), german);
    expect(text.title).toBe('Ein Teams-Token wurde für einen ACS-Call-Agent verwendet');
    expect(text.action).toContain('ACS-Benutzertoken');
  });

  it('gives the app’s own failures their German text', () => {
    expect(describeError(classifyAppFailure('connect-timeout'), german).title).toBe('Der Call-Agent konnte keine Verbindung herstellen');
  });

  it('shows an unknown SDK error in German with its raw message', () => {
    const text = describeError(classifySdkError({ code: 499, subCode: 1, message: 'Something odd' }), german);
    expect(text.title).toBe('Unbekannter Fehler');
    expect(text.explanation).toContain('„Something odd“');
    expect(text.action).toContain('code und subCode melden');
  });

  it('in English, says exactly what the classifier says, for known and unknown errors', () => {
    for (const error of [
      classifySdkError({ code: 408, subCode: 40104, message: 'x' }),
      classifySdkError({ code: 499, subCode: 1, message: 'Something odd' }),
      classifySdkError({ code: 499, subCode: 2, message: 'Needs fixing', resultCategories: ['ExpectedError'] }),
      classifyAppFailure('token-invalid'),
    ]) {
      const { title, explanation, action } = error;
      expect(describeError(error, english)).toEqual({ title, explanation, action });
    }
  });

  it('keeps the error’s own text when the renderer has no messages for its id', () => {
    const stranger: ClassifiedError = { ...classifyAppFailure('engine-lost'), id: 'app:some-new-failure', title: 'New failure', explanation: 'Why', action: 'Do this' };
    expect(describeError(stranger, german)).toEqual({ title: 'New failure', explanation: 'Why', action: 'Do this' });
  });
});
