import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../../shared/util/fill-placeholders';

describe('fillPlaceholders', () => {
  it('fills each {name} with its value, as often as it appears, and leaves an unknown one as written', () => {
    expect(fillPlaceholders('{appName} cannot use the mic; switch {appName} on ({count}). {other}', { appName: 'Softphone', count: 2 })).toBe(
      'Softphone cannot use the mic; switch Softphone on (2). {other}',
    );
  });

  it('inserts a value as it is, even one that looks like a placeholder or a replacement pattern', () => {
    expect(fillPlaceholders('at {path}', { path: 'C:\\{x}\\$&' })).toBe('at C:\\{x}\\$&');
  });
});
