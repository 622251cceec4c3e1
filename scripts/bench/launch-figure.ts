import type { Browser } from '@playwright/test';
import { closePage, openApp } from './browser';
import { figure, type Figure } from './figure';
import { percentile, round } from './stats';

/*
 * From navigation start (the page's time origin) to the sign-in button showing enabled: the
 * HTML, the initial download, parsing, the socket to the host and the first render. Each
 * launch is a fresh browser context, so nothing comes from cache; one launch per build is
 * thrown away first to warm Chromium's renderer processes.
 */

const budgetMs = 500;

/** Each launch is a fresh context, so each needs a fresh one-time link. */
type LinkSource = () => Promise<string>;

export async function measureLaunch(browser: Browser, appLinks: LinkSource, eagerLinks: LinkSource, launches: number): Promise<Figure> {
  const app = await timeLaunches(browser, appLinks, launches);
  const eager = await timeLaunches(browser, eagerLinks, launches);
  return figure({
    id: 'launchToSignIn',
    title: 'Launch to an interactive sign-in screen (median)',
    unit: 'ms',
    measured: round(percentile(app, 50), 1),
    budget: budgetMs,
    baseline: { value: round(percentile(eager, 50), 1), label: 'same app, SDK imported eagerly' },
    details: { launches, p50Ms: round(percentile(app, 50), 1), maxMs: round(Math.max(...app), 1), eagerMaxMs: round(Math.max(...eager), 1) },
  });
}

async function timeLaunches(browser: Browser, links: LinkSource, launches: number): Promise<number[]> {
  const samples: number[] = [];
  for (let launch = 0; launch <= launches; launch += 1) {
    const page = await openApp(browser, await links());
    const interactiveAt = await page.evaluate(() => window.__bench?.signInInteractiveAt);
    await closePage(page);
    if (interactiveAt === undefined) throw new Error('the page never recorded when sign-in became interactive');
    if (launch > 0) samples.push(interactiveAt);
  }
  return samples;
}
