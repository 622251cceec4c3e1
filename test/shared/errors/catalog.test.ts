import { describe, expect, it } from 'vitest';
import { documentedErrors, findCatalogEntry } from '../../../shared/errors/catalog';

// The rows of ../shared/reference/failed-to-create-callagent.md, de-duplicated.
const documentedTable = [
  [409, 40228, 'ExpectedError'],
  [408, 40104, 'UnexpectedClientError'],
  [500, 40216, 'UnexpectedClientError'],
  [401, 44110, 'UnexpectedClientError'],
  [408, 40114, 'UnexpectedClientError'],
  [403, 40229, 'ExpectedError'],
  [412, 40115, 'UnexpectedClientError'],
  [403, 40231, 'ExpectedError'],
  [401, 44114, 'ExpectedError'],
  [400, 44214, 'ExpectedError'],
  [500, 40102, 'UnexpectedClientError'],
] as const;

describe('error catalog', () => {
  it('has exactly the 11 documented code/subCode pairs with the documented categories', () => {
    expect(documentedErrors).toHaveLength(11);
    for (const [code, subCode, category] of documentedTable) {
      const entry = findCatalogEntry(code, subCode);
      expect(entry, `${code}/${subCode}`).toBeDefined();
      expect(entry?.category).toBe(category);
      expect(entry?.documented).toBe(true);
    }
  });

  it('never retries an ExpectedError automatically except the one the app fixes itself (40228)', () => {
    for (const entry of documentedErrors.filter((e) => e.category === 'ExpectedError')) {
      expect(entry.recovery).toBe(entry.subCode === 40228 ? 'disposeExistingThenRetry' : 'fixFirst');
    }
    for (const entry of documentedErrors.filter((e) => e.category !== 'ExpectedError')) {
      expect(entry.recovery).not.toBe('fixFirst');
    }
  });

  it('finds nothing for a missing or unknown subCode', () => {
    expect(findCatalogEntry(500, undefined)).toBeUndefined();
    expect(findCatalogEntry(500, 12345)).toBeUndefined();
  });
});

describe('SDK codes beyond the documented table', () => {
  it('covers what SDK 2.0 createCallAgent raises', async () => {
    const { sdkErrors } = await import('../../../shared/errors/catalog');
    const keys = sdkErrors.map((e) => `${e.code}/${e.subCode}`);
    for (const key of ['400/40100', '400/40008', '401/44113', '401/44111', '401/44117', '401/40235', '400/40214', '400/40215', '409/40230']) {
      expect(keys).toContain(key);
    }
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lists no code/subCode pair twice, so every lookup has one answer', async () => {
    const { catalogEntries } = await import('../../../shared/errors/catalog');
    const keys = catalogEntries.map((e) => `${e.code}/${e.subCode}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
