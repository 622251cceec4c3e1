import { describe, expect, it } from 'vitest';
import { findCatalogEntry } from '../../../../shared/errors/catalog';
import { sdkErrorDefinitions } from '../../../../renderer/src/engine/simulator/sdk-error-definitions';

describe('the simulator raises what the catalog explains', () => {
  it('has a catalog entry with the same category for every error the simulator can raise', () => {
    for (const [name, definition] of Object.entries(sdkErrorDefinitions)) {
      const entry = findCatalogEntry(definition.code, definition.subCode);
      expect(entry, `${name} ${definition.code}/${definition.subCode}`).toBeDefined();
      expect(entry?.category, name).toBe(definition.category);
    }
  });
});
