import { shallowRef, type ShallowRef } from 'vue';

/** From this width the window shows two panes: history or contacts on the left, the phone on the right. */
export const twoPaneMinWidth = 900;

export interface WideLayout {
  readonly wide: Readonly<ShallowRef<boolean>>;
  stop(): void;
}

/** Follows the window's width through a media query, so the layout switches as the user resizes. */
export function watchWideLayout(win: Pick<Window, 'matchMedia'>): WideLayout {
  const query = win.matchMedia(`(min-width: ${twoPaneMinWidth}px)`);
  const wide = shallowRef(query.matches);
  const follow = (event: MediaQueryListEvent) => {
    wide.value = event.matches;
  };
  query.addEventListener('change', follow);
  return { wide, stop: () => query.removeEventListener('change', follow) };
}
