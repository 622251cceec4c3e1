import { describe, expect, it } from 'vitest';
import { describePhase } from '../../../renderer/src/app/phase-text';
import { createTestI18n } from '../support/test-i18n';

describe('describePhase', () => {
  it('tells a Teams user to finish in the browser instead of "getting a token"', () => {
    const { t } = createTestI18n('en').global;
    expect(describePhase({ name: 'gettingToken', attempt: 1 }, t)).toBe('Getting a token (attempt 1)');
    expect(describePhase({ name: 'gettingToken', attempt: 1, inBrowser: true }, t)).toBe('Finish signing in with Teams in your browser');
    const de = createTestI18n('de').global;
    expect(describePhase({ name: 'gettingToken', attempt: 1, inBrowser: true }, de.t)).toBe('Schließen Sie die Teams-Anmeldung in Ihrem Browser ab');
  });
});
