import type { Component } from 'vue';

/*
 * The screens the sign-in screen does not show, each loaded as a chunk of its own: the phone
 * (dialer, calls, incoming cards), the history, contacts, Settings and Troubleshooting. The launch trace
 * put their evaluation into the first screen's time, though nobody sees them before signing in
 * or opening Settings. App.vue wraps these loaders in async components; main.ts prefetches
 * them once the sign-in screen is up, so they are in memory before a user gets that far.
 */

type ComponentModule = Promise<{ default: Component }>;

export const signedInViews = {
  calls: (): ComponentModule => import('../features/calls/CallsScreen.vue'),
  incoming: (): ComponentModule => import('../features/calls/IncomingCalls.vue'),
  identity: (): ComponentModule => import('../features/identity/MyIdentity.vue'),
  history: (): ComponentModule => import('../features/history/HistoryList.vue'),
  contacts: (): ComponentModule => import('../features/contacts/ContactsList.vue'),
  favourites: (): ComponentModule => import('../features/contacts/FavouriteContacts.vue'),
  settings: (): ComponentModule => import('../features/settings/SettingsScreen.vue'),
  troubleshooting: (): ComponentModule => import('../features/troubleshooting/TroubleshootingView.vue'),
} as const;

/** Runs `task` when the page has nothing else to do (the browser's idle callback where there is one). */
export type WhenIdle = (task: () => void) => void;

export function browserIdle(win: Pick<Window, 'setTimeout'> & Partial<Pick<Window, 'requestIdleCallback'>>): WhenIdle {
  // A second at most: on a busy machine an idle period may be long in coming.
  return (task) => (win.requestIdleCallback ? win.requestIdleCallback(task, { timeout: 1_000 }) : win.setTimeout(task, 0));
}

/**
 * Loads every signed-in view when the page is idle, one after the other (each chunk's evaluation
 * is its own idle task, not one long one). A failed load is left for the async component to
 * retry when the view is actually shown.
 */
export function prefetchSignedInViews(whenIdle: WhenIdle, views: Record<string, () => Promise<unknown>> = signedInViews): void {
  const queue = Object.values(views);
  const next = (): void => {
    const load = queue.shift();
    if (!load) return;
    whenIdle(() => void load().then(next, next));
  };
  next();
}
