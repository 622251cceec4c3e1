import type { Page } from '@playwright/test';

/*
 * Whether a page ever offered or placed a call, watched from its first frame. A snapshot
 * after the fact can miss a dialer that showed for a moment, so the page records every call
 * surface that is ever attached to its DOM; and every call the engine finishes is reported
 * to main as `history.add`, read off the page's WebSocket to the web shell.
 */

/** The call surfaces a user could act on, or that a call attempt leaves behind. */
export const callSurfaces = ['dial-input', 'dial-call', 'tab-phone', 'call-card', 'call-ended', 'call-failure'] as const;

export interface CallAttemptWatch {
  /** Call surfaces that were ever in the page's DOM, in the order they first appeared. */
  surfacesEverShown(): Promise<string[]>;
  /** Finished calls the page reported to main's history. */
  readonly historyAdds: number;
}

/** Must be called before the page opens the app. */
export async function watchCallAttempts(page: Page): Promise<CallAttemptWatch> {
  await page.addInitScript((testIds: readonly string[]) => {
    const seen: string[] = [];
    (window as unknown as { __callSurfacesSeen: string[] }).__callSurfacesSeen = seen;
    const look = () => {
      for (const id of testIds) {
        if (!seen.includes(id) && document.querySelector(`[data-testid="${id}"]`)) seen.push(id);
      }
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-testid'] });
  }, callSurfaces);

  const watch = { historyAdds: 0 };
  page.on('websocket', (socket) => {
    socket.on('framesent', ({ payload }) => {
      if (invokedChannel(payload) === 'history.add') watch.historyAdds += 1;
    });
  });
  return {
    surfacesEverShown: () => page.evaluate(() => [...(window as unknown as { __callSurfacesSeen?: string[] }).__callSurfacesSeen ?? []]),
    get historyAdds() {
      return watch.historyAdds;
    },
  };
}

function invokedChannel(payload: string | Buffer): string | undefined {
  try {
    const message: unknown = JSON.parse(payload.toString());
    if (typeof message !== 'object' || message === null) return undefined;
    const { kind, channel } = message as { kind?: unknown; channel?: unknown };
    return kind === 'invoke' && typeof channel === 'string' ? channel : undefined;
  } catch {
    return undefined;
  }
}
