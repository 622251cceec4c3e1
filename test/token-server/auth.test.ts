import { describe, expect, it } from 'vitest';
import { apiKeyMatches } from '../../token-server/auth';

describe('apiKeyMatches', () => {
  const key = 'the-right-api-key-123';

  it('accepts exactly the configured key', () => {
    expect(apiKeyMatches(key, key)).toBe(true);
  });

  it('refuses a missing, empty, repeated, wrong or merely prefixed key', () => {
    expect(apiKeyMatches(key, undefined)).toBe(false);
    expect(apiKeyMatches(key, '')).toBe(false);
    expect(apiKeyMatches(key, [key, key])).toBe(false);
    expect(apiKeyMatches(key, 'the-wrong-api-key-123')).toBe(false);
    expect(apiKeyMatches(key, key.slice(0, -1))).toBe(false);
    expect(apiKeyMatches(key, `${key} `)).toBe(false);
  });
});
