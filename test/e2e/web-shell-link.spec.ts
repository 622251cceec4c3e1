import { confineToApp, expect, test } from './support/web-shell';

/*
 * The printed link is a one-time code (README "Security"): the first browser to open it gets
 * in and keeps a session for reloads and more tabs; anyone who finds the link later — in the
 * process table, the terminal, browser history — gets nothing.
 */

test('the link is spent on first load: gone from the address bar, and useless in another browser', async ({ browser, shell }) => {
  const link = await shell.newLink();
  const first = await browser.newContext();
  await confineToApp(first, shell.origin);
  const page = await first.newPage();
  await page.goto(link);
  await expect(page.getByTestId('signin-engine')).toBeVisible();
  expect(page.url()).toBe(`${shell.origin}/`);

  // Reloads and another tab of that browser keep working, with or without the spent link.
  await page.reload();
  await expect(page.getByTestId('signin-engine')).toBeVisible();
  const tab = await first.newPage();
  await tab.goto(link);
  await expect(tab.getByTestId('signin-engine')).toBeVisible();

  // Another browser (a fresh profile) with the same link is refused, and told what to do.
  const other = await browser.newContext();
  await confineToApp(other, shell.origin);
  const stranger = await other.newPage();
  const sockets: string[] = [];
  stranger.on('websocket', (socket) => sockets.push(socket.url()));
  await stranger.goto(link);
  await expect(stranger.getByTestId('fatal-error')).toContainText('This link has been used already');
  await expect(stranger.getByTestId('signin-engine')).toHaveCount(0);
  expect(sockets).toEqual([]);
  await other.close();
  await first.close();
});
