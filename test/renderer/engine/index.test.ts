import { describe, expect, it } from 'vitest';
import { createBackend, systemClock } from '../../../renderer/src/engine';

describe('createBackend', () => {
  it('gives the simulator with its QA controls, starting online with an empty plan', () => {
    const backend = createBackend('simulator', { clock: systemClock, simulatorDelays: { createMs: 0 } });
    expect(backend.kind).toBe('simulator');
    expect(backend.controls.snapshot()).toMatchObject({ online: true, pendingPlan: '', delays: { createMs: 0, connectMs: 200, offlineCreateMs: 15_000 } });
  });

  it('gives the SDK adapter without loading the SDK until it is used', () => {
    expect(createBackend('sdk', { clock: systemClock }).kind).toBe('sdk');
  });
});
