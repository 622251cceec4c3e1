import { describe, expect, it } from 'vitest';
import type { Translate } from '../../../renderer/src/i18n/translate';
import { createTestI18n } from '../support/test-i18n';

describe('Translate', () => {
  const t: Translate = createTestI18n('en').global.t;

  it('takes the keys the English messages have, including keys built from typed ids', () => {
    expect(t('signIn.title')).toBe('Sign in');
    const id = '408/40104' as const;
    expect(t(`errors.${id}.title`)).toBe('Calling stack timed out while starting');
  });

  it('refuses a misspelt key at compile time (the type check fails if this line compiles)', () => {
    // @ts-expect-error "tilte" is not a key of signIn.
    expect(t('signIn.tilte')).toBe('signIn.tilte');
  });
});
