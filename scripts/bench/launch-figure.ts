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

/** Each launch is a fresh context, so each needs a fresh one-time link. */
type LinkSource = () => Promise<string>;

export function measureLaunch(browser: Browser, appLinks: LinkSource, eagerLinks: LinkSource, launches: number): Promise<Figure> {
  return compareLaunches(browser, launches, {
    id: 'launchToSignIn',
    title: 'Launch to an interactive sign-in screen (median)',
    links: appLinks,
    baseline: { links: eagerLinks, label: 'same app, SDK imported eagerly' },
  });
}

/**
 * What `npm start` shows first: the built renderer through the web shell, against the Vite
 * dev server (`npm run dev`, transforming modules on request) in the same run. The dev
 * server is warmed by the launch thrown away first, as a developer's second reload finds it.
 */
export function measureStart(browser: Browser, builtLinks: LinkSource, devLinks: LinkSource, launches: number): Promise<Figure> {
  return compareLaunches(browser, launches, {
    id: 'startToSignIn',
    title: 'npm start to an interactive sign-in screen, built renderer (median)',
    links: builtLinks,
    baseline: { links: devLinks, label: 'Vite dev server (npm run dev), same run' },
  });
}

async function compareLaunches(
  browser: Browser,
  launches: number,
  what: { id: string; title: string; links: LinkSource; baseline: { links: LinkSource; label: string } },
): Promise<Figure> {
  const measured = await timeLaunches(browser, what.links, launches);
  const baseline = await timeLaunches(browser, what.baseline.links, launches);
  return figure({
    id: what.id,
    title: what.title,
    unit: 'ms',
    measured: round(percentile(measured, 50), 1),
    budget: budgetMs,
    baseline: { value: round(percentile(baseline, 50), 1), label: what.baseline.label },
    ratio: round(percentile(measured, 50) / percentile(baseline, 50), 3),
    details: { launches, p50Ms: round(percentile(measured, 50), 1), maxMs: round(Math.max(...measured), 1), baselineMaxMs: round(Math.max(...baseline), 1) },
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
