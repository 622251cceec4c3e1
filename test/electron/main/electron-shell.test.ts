import { describe, expect, it, vi } from 'vitest';
import { invokeChannels } from '../../../shared/ipc/contract';
import { silentLogger } from '../../../electron/main/ports';
import { DialLinkRouter } from '../../../electron/main/desktop/dial-link-router';
import { startElectronShell } from '../../../electron/main/electron-shell';
import type { RendererLocation } from '../../../electron/main/renderer-location';
import { flushPromises } from '../../support/fake-clock';
import { fakeShellElectron } from '../../support/fake-electron';

/* What index.ts starts once Electron is ready, run in Node against the Electron fake. */

const renderer: RendererLocation = { kind: 'dev', url: 'http://localhost:5173/' };

function start(options: { platform?: NodeJS.Platform; tray?: boolean; qa?: boolean } = {}) {
  const fake = fakeShellElectron({ tray: options.tray ?? true });
  const windows = startElectronShell(fake.electron, {
    platform: options.platform ?? 'win32',
    engine: 'simulator',
    engineReason: 'test',
    engineReasonKey: 'noAcsSettings',
    qa: options.qa ?? false,
    renderer,
    logger: silentLogger,
    diagnostics: {},
    links: new DialLinkRouter(silentLogger),
  });
  const window = fake.app.windows[0];
  if (!window) throw new Error('no window opened');
  const fromPage = (channel: string, payload: unknown = {}) => fake.ipcMain.invoke(window, renderer.url, channel, payload);
  const commands = () => window.webContents.sent.filter((message) => message.channel === 'app.command').map((message) => message.args[0]);
  return { ...fake, windows, window, fromPage, commands };
}

describe('the Electron shell', () => {
  it('opens one window and answers its page on every contract channel, and nobody else', async () => {
    const { window, fromPage, ipcMain, session } = start();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...invokeChannels].sort());
    expect(await fromPage('app.getInfo')).toMatchObject({ ok: true, value: { host: 'electron', windowId: `window-${window.id}`, engine: 'simulator' } });
    expect(await ipcMain.invoke(window, 'https://evil.example/', 'app.getInfo')).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(session).toMatchObject({ csp: 1, permissionHandler: 1 });
  });

  it('words the tray in the language the user chose, and follows a change at once', async () => {
    const { tray, fromPage, app } = start();
    expect(tray.toolTip).toBe('ACS Softphone: Signed out');
    expect(tray.labels()).toEqual(['Show ACS Softphone', 'Sign out', 'separator', 'Quit']);
    expect(await fromPage('settings.update', { language: 'de' })).toMatchObject({ ok: true });
    expect(tray.toolTip).toBe('ACS Softphone: Abgemeldet');
    expect(tray.labels()).toEqual(['ACS Softphone anzeigen', 'Abmelden', 'separator', 'Beenden']);
    await fromPage('calls.activity', { inCall: true, ringing: [] });
    expect(tray.toolTip).toBe('ACS Softphone: Im Gespräch');
    tray.click('quit');
    expect(app.exited).toBe(false);
  });

  it('follows the system language while the setting says "system"', () => {
    const fake = fakeShellElectron();
    fake.app.preferredLanguages = ['de-AT', 'en-US'];
    startElectronShell(fake.electron, { platform: 'linux', engine: 'simulator', engineReason: 'test', engineReasonKey: 'noAcsSettings', qa: false, renderer, logger: silentLogger, diagnostics: {}, links: new DialLinkRouter(silentLogger) });
    expect(fake.tray.toolTip).toBe('ACS Softphone: Abgemeldet');
  });

  it('during a call, hides the window on close and asks before quitting; hanging up then quits cleanly', async () => {
    const { window, fromPage, app, dialog, commands } = start();
    await fromPage('calls.activity', { inCall: true, ringing: [] });
    window.close();
    expect(window.visible).toBe(false);
    expect(window.destroyed).toBe(false);

    app.quit();
    await flushPromises();
    expect(dialog.asked).toEqual([{ message: 'A call is in progress. Hang up and quit?', buttons: ['Hang up', 'Cancel'] }]);
    dialog.answer(1);
    await flushPromises();
    expect(app.exited).toBe(false);
    expect(commands()).toEqual([]);

    app.quit();
    await flushPromises();
    dialog.answer(0);
    await flushPromises();
    expect(commands()).toEqual([{ type: 'hangUpAll' }]);
    // The page hangs up and says so; then the agents are disposed and the app exits.
    await fromPage('calls.activity', { inCall: false, ringing: [] });
    await vi.waitFor(() => expect(app.exited).toBe(true));
    expect(window.destroyed).toBe(true);
  });

  it('asks in German for a German user', async () => {
    const { fromPage, app, dialog } = start();
    await fromPage('settings.update', { language: 'de' });
    await fromPage('calls.activity', { inCall: true, ringing: [] });
    app.quit();
    await flushPromises();
    expect(dialog.asked).toEqual([{ message: 'Ein Anruf läuft. Auflegen und beenden?', buttons: ['Auflegen', 'Abbrechen'] }]);
  });

  it('quits with its last window on Windows but not on macOS, when signed out', async () => {
    const windows = start({ platform: 'win32' });
    windows.window.close();
    await vi.waitFor(() => expect(windows.app.exited).toBe(true));

    const mac = start({ platform: 'darwin' });
    mac.window.close();
    await flushPromises();
    expect(mac.window.destroyed).toBe(true);
    expect(mac.app.exited).toBe(false);
    // The Dock icon opens a new window.
    mac.app.emit('activate');
    expect(mac.app.openWindows()).toHaveLength(1);
  });

  it('closes instead of hiding where the desktop has no tray', async () => {
    const { window, fromPage, dialog } = start({ tray: false });
    await fromPage('calls.activity', { inCall: true, ringing: [] });
    window.close();
    await flushPromises();
    expect(window.visible).toBe(true);
    expect(dialog.asked).toHaveLength(1);
  });

  it('notifies of a call ringing in a hidden window, and the tray brings the window back', async () => {
    const { window, fromPage, notifications, tray } = start();
    window.hide();
    await fromPage('calls.activity', { inCall: false, ringing: [{ id: 'in-1', caller: 'Bob' }] });
    expect(notifications).toEqual([{ windowId: `window-${window.id}`, id: 'in-1', title: 'Incoming call', body: 'Bob' }]);
    tray.emit('click');
    expect(window.visible).toBe(true);
  });

  it('puts the QA items in the app menu with --qa, and the QA item toggles the focused window\'s panel', () => {
    const plain = start();
    expect(JSON.stringify(plain.menus.applied.at(-1))).not.toContain('qa-panel');

    const qa = start({ qa: true });
    const view = qa.menus.applied.at(-1)?.template.find((menu) => menu.label === 'View');
    const item = (view?.submenu as { id?: string; click?: () => void }[] | undefined)?.find((entry) => entry.id === 'qa-panel');
    qa.menus.focused = qa.window;
    item?.click?.();
    expect(qa.commands()).toEqual([{ type: 'toggleQaPanel' }]);
  });
});
