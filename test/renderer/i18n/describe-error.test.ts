import { describe, expect, it } from 'vitest';
import { classifyAppFailure, classifySdkError, type ClassifiedError } from '../../../shared/errors/classify';
import { createTestI18n } from '../support/test-i18n';
import { describeError } from '../../../renderer/src/i18n/describe-error';
import { enErrors } from '../../../renderer/src/i18n/messages/en-errors';

const german = createTestI18n('de').global.t;
const english = createTestI18n('en').global.t;

describe('describeError', () => {
  it('gives a catalog error its German title, explanation and action', () => {
    const text = describeError(classifySdkError({ code: 403, subCode: 40229, message: 'CallAgent must be created only with ACS token' }), german);
    expect(text.title).toBe('Ein Teams-Token wurde für einen ACS-Call-Agent verwendet');
    expect(text.action).toContain('ACS-Benutzertoken');
  });

  it('gives the app’s own failures their German text', () => {
    expect(describeError(classifyAppFailure('connect-timeout', 'The call agent did not report Connected within 20000 ms.'), german).title).toBe('Der Call-Agent konnte keine Verbindung herstellen');
  });

  it('shows an unknown SDK error in German with its raw message', () => {
    const text = describeError(classifySdkError({ code: 499, subCode: 1, message: 'Something odd' }), german);
    expect(text.title).toBe('Unbekannter Fehler');
    expect(text.explanation).toContain('„Something odd“');
    expect(text.action).toContain('code und subCode melden');
  });

  it('in English, words a known error from the English messages and an unknown one by its raw message', () => {
    // The words are the message file's, compared with it rather than copied (each sentence once).
    expect(describeError(classifySdkError({ code: 408, subCode: 40104, message: 'x' }), english)).toEqual(enErrors['408/40104']);
    expect(describeError(classifyAppFailure('token-invalid', 'The pasted token is not an ACS access token: no payload'), english).title).toBe('This is not an ACS access token');
    expect(describeError(classifySdkError({ code: 499, subCode: 1, message: 'Something odd' }), english)).toEqual({
      title: 'Unrecognised error',
      explanation: 'The SDK reported an error this app does not know: "Something odd".',
      action: 'Retrying a small number of times. If it persists, export diagnostics and report the code and subCode.',
    });
    expect(describeError(classifySdkError({ code: 499, subCode: 2, message: 'Needs fixing', resultCategories: ['ExpectedError'] }), english).action).toBe(
      'The SDK marks this as an error that needs a fix before retrying. Check the token and the sign-in settings.',
    );
  });

  // Main sends no words any more, so an id the window has no messages for (a newer main) is
  // worded like any unknown error, by its raw message, rather than showing a message key.
  it('words an error whose id it has no messages for by its raw message', () => {
    const stranger: ClassifiedError = { ...classifyAppFailure('engine-lost', 'Something new went wrong'), id: 'app:some-new-failure' };
    expect(describeError(stranger, german)).toMatchObject({ title: 'Unbekannter Fehler', explanation: expect.stringContaining('„Something new went wrong“') });
  });
});
