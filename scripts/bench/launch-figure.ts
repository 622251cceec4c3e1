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

/** The target for the built renderer (it was 500 ms before the sign-in screen was traced). */
const budgetMs = 200;

export async function measureLaunch(browser: Browser, appUrl: string, eagerUrl: string, launches: number): Promise<Figure> {
  const app = await timeLaunches(browser, appUrl, launches);
  const eager = await timeLaunches(browser, eagerUrl, launches);
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

export async function timeLaunches(browser: Browser, url: string, launches: number): Promise<number[]> {
  const samples: number[] = [];
  for (let launch = 0; launch <= launches; launch += 1) {
    const page = await openApp(browser, url);
    const interactiveAt = await page.evaluate(() => window.__bench?.signInInteractiveAt);
    await closePage(page);
    if (interactiveAt === undefined) throw new Error('the page never recorded when sign-in became interactive');
    if (launch > 0) samples.push(interactiveAt);
  }
  return samples;
}

/**
 * What `npm start` shows first: the built renderer through the web shell, against the Vite
 * dev server (`npm run dev`, transforming modules on request) in the same run. The dev
 * server is warmed by one launch first, as a developer's second reload would find it.
 */
export async function measureStart(browser: Browser, builtUrl: string, devUrl: string, launches: number): Promise<Figure> {
  const built = await timeLaunches(browser, builtUrl, launches);
  const dev = await timeLaunches(browser, devUrl, launches);
  return figure({
    id: 'startToSignIn',
    title: 'npm start to an interactive sign-in screen, built renderer (median)',
    unit: 'ms',
    measured: round(percentile(built, 50), 1),
    budget: budgetMs,
    baseline: { value: round(percentile(dev, 50), 1), label: 'Vite dev server (npm run dev), same run' },
    ratio: round(percentile(built, 50) / percentile(dev, 50), 3),
    details: { launches, builtMaxMs: round(Math.max(...built), 1), devP50Ms: round(percentile(dev, 50), 1), devMaxMs: round(Math.max(...dev), 1) },
  });
}
