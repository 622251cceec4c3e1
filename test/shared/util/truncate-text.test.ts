import { describe, expect, it } from 'vitest';
import { truncateText } from '../../../shared/util/truncate-text';

describe('truncateText', () => {
  it('keeps text that fits and cuts text that does not', () => {
    expect(truncateText('Carol', 5)).toBe('Carol');
    expect(truncateText('Caroline', 5)).toBe('Carol');
  });

  it('drops an emoji at the cut whole rather than leaving half a surrogate pair', () => {
    const cut = truncateText('Ann😀Lee', 4);
    expect(cut).toBe('Ann');
    expect(truncateText('Ann😀Lee', 5)).toBe('Ann😀');
  });
});
