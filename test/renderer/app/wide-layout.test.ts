import { describe, expect, it } from 'vitest';
import { twoPaneMinWidth, watchWideLayout } from '../../../renderer/src/app/wide-layout';

/** A media query list whose width the test sets. */
function fakeWindow(width: number) {
  const listeners = new Set<(event: MediaQueryListEvent) => void>();
  let query = '';
  const minWidth = () => Number(/min-width: (\d+)px/.exec(query)?.[1]);
  const win = {
    matchMedia(text: string) {
      query = text;
      return {
        get matches() {
          return width >= minWidth();
        },
        addEventListener: (_type: string, listener: (event: MediaQueryListEvent) => void) => listeners.add(listener),
        removeEventListener: (_type: string, listener: (event: MediaQueryListEvent) => void) => listeners.delete(listener),
      } as unknown as MediaQueryList;
    },
  };
  const resize = (next: number) => {
    width = next;
    for (const listener of listeners) listener({ matches: width >= minWidth() } as MediaQueryListEvent);
  };
  return { win, resize, listeners };
}

describe('watchWideLayout', () => {
  it('is two panes from 900 px and follows resizes until stopped', () => {
    expect(twoPaneMinWidth).toBe(900);
    const { win, resize, listeners } = fakeWindow(420);
    const layout = watchWideLayout(win);
    expect(layout.wide.value).toBe(false);
    resize(900);
    expect(layout.wide.value).toBe(true);
    resize(899);
    expect(layout.wide.value).toBe(false);
    layout.stop();
    expect(listeners.size).toBe(0);
  });
});
