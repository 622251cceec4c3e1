import type { Page } from '@playwright/test';
import { remote, setSimulatorDelays } from '../support/simulator-hooks';
import type { Browser } from '@playwright/test';
import { closePage, openApp } from './browser';
import { figure, type Figure } from './figure';
import { measurePageActivity, type PageActivity } from './page-activity';
import { signInForCalls } from './page-helpers';

/*
 * What the window costs while a person just sits in it: signed out, signed in and idle, in a
 * call with the microphone level showing, with the keypad open, with diagnostics banners, with
 * a second call on hold, and while a call rings in (ringtone and incoming card). Each state is
 * held for `windowMs` and read from Chromium's own counters (page-activity.ts), in a window of
 * 420 x 720, a softphone's size, with the QA panel closed as users have it.
 */

const cpuBudgetPercent = 2;
const idleBudgetPercent = 0.1;
const layoutsBudgetPerSecond = 2;
const viewport = { width: 420, height: 720 };
const bob = '8:acs:resource_bob';
const carol = '8:acs:resource_carol';

export type ActivityState = 'signedOut' | 'idle' | 'inCall' | 'keypad' | 'diagnostics' | 'twoCalls' | 'ringing';

export async function measureCallActivity(browser: Browser, url: string, windowMs: number): Promise<Figure[]> {
  const page = await openApp(browser, url, { viewport });
  try {
    const readings = await readEveryState(page, windowMs);
    return activityFigures(readings, windowMs);
  } finally {
    await closePage(page);
  }
}

async function readEveryState(page: Page, windowMs: number): Promise<Record<ActivityState, PageActivity>> {
  // The QA panel (open with --qa) polls the simulator twice a second; users never see it.
  await page.keyboard.press('Control+Shift+D');
  await page.waitForSelector('[data-testid="qa-panel"]', { state: 'detached' });
  const signedOut = await measurePageActivity(page, windowMs);

  await setSimulatorDelays(page, { createMs: 0, connectMs: 0 });
  await signInForCalls(page, 'bench-activity');
  await remote(page, 'setTimings', { setupMs: 0, answerMs: 0, noAnswerMs: 10 * 60_000 });
  const idle = await measurePageActivity(page, windowMs);

  // Real clicks: the page then has a user gesture, so the ringtone's audio may start later.
  await page.getByTestId('dial-input').fill(bob);
  await page.getByTestId('dial-call').click();
  await page.waitForSelector('[data-testid="call-card"] [data-testid="call-state"][data-state="Connected"]');
  await page.getByTestId('mic-level').scrollIntoViewIfNeeded();
  const inCall = await measurePageActivity(page, windowMs);

  await page.getByTestId('call-keypad').click();
  await page.getByTestId('call-key-1').scrollIntoViewIfNeeded();
  const keypad = await measurePageActivity(page, windowMs);
  await page.getByTestId('call-keypad').click();

  await remote(page, 'diagnostic', 'networkReceiveQuality', 3);
  await remote(page, 'diagnostic', 'speakingWhileMicrophoneIsMuted', true);
  await page.waitForSelector('[data-testid="call-diagnostic"][data-diagnostic="speakingWhileMicrophoneIsMuted"]');
  const diagnostics = await measurePageActivity(page, windowMs);
  await remote(page, 'diagnostic', 'networkReceiveQuality', 1);
  await remote(page, 'diagnostic', 'speakingWhileMicrophoneIsMuted', false);

  await remote(page, 'ringFrom', carol, 'Carol');
  await page.getByTestId('incoming-accept').click();
  // The first call is held as a compact strip under the answered call's card.
  await page.waitForSelector('[data-testid="held-call"] [data-testid="call-state"][data-state="LocalHold"]');
  await page.waitForSelector('body:not(:has([data-testid="incoming-call"]))');
  const twoCalls = await measurePageActivity(page, windowMs);
  // Hang up the focused call until none is left (the held one then takes the card).
  const liveCalls = '[data-testid="call-card"], [data-testid="held-call"]';
  for (let left = await page.locator(liveCalls).count(); left > 0; left = await page.locator(liveCalls).count()) {
    await page.getByTestId('call-hangup').first().click();
    await page.waitForFunction(({ selector, count }) => document.querySelectorAll(selector).length < count, { selector: liveCalls, count: left });
  }

  await remote(page, 'ringFrom', carol, 'Carol');
  await page.waitForSelector('[data-testid="incoming-call"]');
  const ringing = await measurePageActivity(page, windowMs);
  await page.getByTestId('incoming-decline').click();

  return { signedOut, idle, inCall, keypad, diagnostics, twoCalls, ringing };
}

function activityFigures(readings: Record<ActivityState, PageActivity>, windowMs: number): Figure[] {
  const { idle } = readings;
  const seconds = Math.round(windowMs / 100) / 10;
  const details = (reading: PageActivity) => ({
    seconds: reading.seconds,
    cpuPercent: reading.cpuPercent,
    taskWallPercent: reading.taskPercent,
    layoutsPerSecond: reading.layoutsPerSecond,
    styleRecalcsPerSecond: reading.styleRecalcsPerSecond,
  });
  const idleBaseline = { value: idle.cpuPercent, label: 'signed in, idle (same run)' };
  const cpu = (id: string, what: string, reading: PageActivity, budget = cpuBudgetPercent) =>
    figure({
      id,
      title: `Renderer main thread, ${what} (${seconds} s)`,
      unit: '%',
      measured: reading.cpuPercent,
      budget,
      baseline: idleBaseline,
      details: details(reading),
    });
  return [
    figure({
      id: 'idleCpu',
      title: `Renderer main thread, signed in and idle (${seconds} s)`,
      unit: '%',
      measured: idle.cpuPercent,
      budget: idleBudgetPercent,
      baseline: { value: readings.signedOut.cpuPercent, label: 'sign-in screen, signed out (same run)' },
      details: details(idle),
    }),
    cpu('inCallCpu', 'in a call, microphone level showing', readings.inCall),
    figure({
      id: 'inCallLayouts',
      title: `Layouts per second in a call, microphone level showing (${seconds} s)`,
      unit: '/s',
      measured: readings.inCall.layoutsPerSecond,
      budget: layoutsBudgetPerSecond,
      baseline: { value: idle.layoutsPerSecond, label: 'signed in, idle (same run)' },
      details: details(readings.inCall),
    }),
    cpu('inCallKeypadCpu', 'in a call, keypad open', readings.keypad),
    cpu('inCallDiagnosticsCpu', 'in a call, two diagnostics banners', readings.diagnostics),
    cpu('twoCallsCpu', 'two calls, one held', readings.twoCalls),
    cpu('ringingCpu', 'a call ringing in (ringtone, incoming card)', readings.ringing),
  ];
}
