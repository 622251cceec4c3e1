import type { Page } from '@playwright/test';

/*
 * Small DOM helpers installed in every bench page before the app loads. Timed steps run
 * inside the page with performance.now(), so Playwright's own round trips stay out of the
 * figures; a MutationObserver notices the moment the DOM shows the awaited state.
 */

export interface BenchHelpers {
  /** Resolves with performance.now() once `selector` matches; rejects after timeoutMs. */
  waitFor(selector: string, timeoutMs?: number): Promise<number>;
  click(testId: string): void;
  /** Types into an input as a user would (v-model listens to `input`). */
  fill(testId: string, value: string): void;
  /** performance.now() when the sign-in button first showed enabled, from navigation start. */
  signInInteractiveAt?: number;
}

declare global {
  interface Window {
    __bench?: BenchHelpers;
  }
}

export const selectors = {
  signInInteractive: '[data-testid="signin-submit"]:not([disabled])',
  phase: (phase: string) => `[data-testid="agent-state"][data-phase="${phase}"]`,
  callConnected: '[data-testid="call-card"] [data-testid="call-state"][data-state="Connected"]',
  callEnded: '[data-testid="call-ended"]',
  noCallCard: 'body:not(:has([data-testid="call-card"]))',
} as const;

/** Runs in the page (serialized by Playwright): no closures over this module. */
function installInPage(signInSelector: string): void {
  const byTestId = (testId: string): HTMLElement => {
    const element = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    if (!element) throw new Error(`no [data-testid="${testId}"] on the page`);
    return element;
  };
  const helpers: BenchHelpers = {
    waitFor(selector, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        if (document.querySelector(selector)) return resolve(performance.now());
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)) return;
          const at = performance.now();
          observer.disconnect();
          clearTimeout(timer);
          resolve(at);
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${selector} did not appear within ${timeoutMs} ms`));
        }, timeoutMs);
        observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
      });
    },
    click(testId) {
      byTestId(testId).click();
    },
    fill(testId, value) {
      const input = byTestId(testId) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
  };
  window.__bench = helpers;
  // Launch time: the first moment the sign-in form can be used, however soon after load that is.
  const watchSignIn = new MutationObserver(() => {
    if (helpers.signInInteractiveAt !== undefined || !document.querySelector(signInSelector)) return;
    helpers.signInInteractiveAt = performance.now();
    watchSignIn.disconnect();
  });
  watchSignIn.observe(document, { childList: true, subtree: true, attributes: true });
}

export async function installBenchHelpers(page: Page): Promise<void> {
  // tsx compiles with esbuild's keepNames, which wraps inner functions in calls to a `__name`
  // helper that exists only in Node; the page gets a stand-in that does nothing.
  const script = `var __name = (target) => target;\n(${installInPage.toString()})(${JSON.stringify(selectors.signInInteractive)});`;
  await page.addInitScript({ content: script });
}


/** Signs in a simulated user from the form and waits until calls can be made. */
export async function signInForCalls(page: Page, user: string): Promise<void> {
  await page.evaluate(
    async ({ name, ready }) => {
      const bench = window.__bench;
      if (!bench) throw new Error('the bench helpers are missing from the page');
      bench.click('signin-source-simulated');
      await bench.waitFor('[data-testid="signin-simulated-user"]');
      bench.fill('signin-simulated-user', name);
      bench.click('signin-submit');
      await bench.waitFor(ready);
    },
    { name: user, ready: selectors.phase('ready') },
  );
}
