import { describe, expect, it } from 'vitest';
import type { AppCommand, CallActivity } from '../../../../shared/ipc/contract';
import type { NoticeText } from '../../../../shared/notices/notice-text';
import type { PhaseName } from '../../../../shared/session/state';
import { defaultSettings, type Settings } from '../../../../shared/settings/settings-schema';
import { enShellWords } from '../../../../shared/shell/shell-words';
import { silentLogger } from '../../../../electron/main/ports';
import type { MissedCallsListener, PhaseListener } from '../../../../electron/main/core/softphone-core';
import { DialLinkRouter } from '../../../../electron/main/desktop/dial-link-router';
import { installDesktop } from '../../../../electron/main/desktop/electron-desktop';
import { FakeClock, flushPromises } from '../../../support/fake-clock';
import { fakeShellElectron, FakeBrowserWindow, MemoryJsonFile } from '../../../support/fake-electron';

/** The core as the desktop sees it: phases, calls and the typed in-process calls it makes. */
class FakeDesktopCore {
  isOnline = true;
  inCall = false;
  readonly signedOut: string[] = [];
  readonly retried: string[] = [];
  readonly commands: { windowId: string; command: AppCommand }[] = [];
  private readonly phaseMap = new Map<string, PhaseName>();
  private readonly phaseListeners: PhaseListener[] = [];
  private readonly callListeners: ((windowId: string, activity: CallActivity) => void)[] = [];

  setPhase(windowId: string, phase: PhaseName): void {
    this.phaseMap.set(windowId, phase);
    for (const listener of this.phaseListeners) listener(windowId, phase);
  }
  setInCall(inCall: boolean): void {
    this.inCall = inCall;
    for (const listener of this.callListeners) listener('window-1', { inCall, ringing: [] });
  }
  phases() {
    return [...this.phaseMap].map(([windowId, phase]) => ({ windowId, phase }));
  }
  onPhaseChange(listener: PhaseListener) {
    this.phaseListeners.push(listener);
    return () => {};
  }
  onCallActivity(listener: (windowId: string, activity: CallActivity) => void) {
    this.callListeners.push(listener);
    return () => {};
  }
  isInCall(): boolean {
    return this.inCall;
  }
  async signOut(windowId: string): Promise<void> {
    this.signedOut.push(windowId);
  }
  retryNow(windowId: string): void {
    this.retried.push(windowId);
  }
  commandWindow(windowId: string, command: AppCommand): void {
    this.commands.push({ windowId, command });
  }
  unseen = 0;
  private readonly missedListeners: MissedCallsListener[] = [];
  setUnseenMissed(unseen: number): void {
    this.unseen = unseen;
    for (const listener of this.missedListeners) listener({ unseen });
  }
  unseenMissedCalls(): number {
    return this.unseen;
  }
  onMissedCalls(listener: MissedCallsListener) {
    this.missedListeners.push(listener);
    return () => {};
  }
}

function setup(options: { platform?: NodeJS.Platform; tray?: boolean; settings?: Partial<Settings> } = {}) {
  const fake = fakeShellElectron({ tray: options.tray ?? true });
  const core = new FakeDesktopCore();
  const settingsListeners: ((settings: Settings) => void)[] = [];
  let settings: Settings = { ...defaultSettings, ...options.settings };
  const notices: NoticeText[] = [];
  const links = new DialLinkRouter(silentLogger);
  const windowStateFile = new MemoryJsonFile('/data/window-state.json');
  const clock = new FakeClock();
  const desktop = installDesktop({
    electron: { ...fake.electron.desktop, app: fake.app },
    platform: options.platform ?? 'win32',
    core,
    settings: { get: () => settings, onChange: (listener) => (settingsListeners.push(listener), () => {}) },
    notices: {
      post: (level, notice) => {
        notices.push(notice);
        return { id: `notice-${notices.length}`, level, message: '' };
      },
    },
    links,
    clock,
    logger: silentLogger,
    windowStateFile,
    minimumSize: { minWidth: 360, minHeight: 560 },
    words: () => enShellWords,
  });
  const changeSettings = (update: Partial<Settings>) => {
    settings = { ...settings, ...update };
    for (const listener of settingsListeners) listener(settings);
  };
  return { ...fake, core, desktop, notices, links, windowStateFile, clock, changeSettings };
}

describe('installDesktop', () => {
  it('shows unseen missed calls in the tray tooltip and on the app icon, and clears both once seen', () => {
    const { core, tray, badges } = setup({ platform: 'darwin' });
    core.setPhase('window-1', 'ready');
    core.setUnseenMissed(2);
    expect(tray.toolTip).toMatch(/\nMissed calls: 2$/);
    expect(badges).toEqual([2]);
    core.setUnseenMissed(0);
    expect(tray.toolTip).not.toMatch(/Missed/);
    expect(badges).toEqual([2, 0]);
  });

  it('puts the count in words over the Windows taskbar button', () => {
    const { core, badges } = setup({ platform: 'win32' });
    core.setUnseenMissed(1);
    expect(badges).toEqual(['Missed calls not seen yet: 1']);
  });

  it("signs out from the tray only the windows that are signed in, through the core's own sign-out", () => {
    const { core, tray } = setup();
    core.setPhase('window-1', 'ready');
    core.setPhase('window-2', 'waitingToRetry');
    expect(tray.item('signOut')?.enabled).toBe(true);
    tray.click('signOut');
    expect(core.signedOut).toEqual(['window-1']);
  });

  it('retries waiting sign-ins when the system wakes', () => {
    const { core, power } = setup();
    core.setPhase('window-1', 'waitingToRetry');
    core.setPhase('window-2', 'ready');
    power.emit('resume');
    expect(core.retried).toEqual(['window-1']);
  });

  it('tells the main window module what closing means: the setting, the activity and whether a tray exists', () => {
    const withTray = setup();
    withTray.core.setPhase('window-1', 'ready');
    expect(withTray.desktop.trayFacts()).toEqual({ closeToTray: true, activity: 'signedIn', trayShown: true });
    withTray.core.setInCall(true);
    withTray.changeSettings({ closeToTray: false });
    expect(withTray.desktop.trayFacts()).toEqual({ closeToTray: false, activity: 'inCall', trayShown: true });
    expect(setup({ tray: false }).desktop.trayFacts().trayShown).toBe(false);
  });

  it('asks for the microphone on macOS once signed in, and explains a refusal', async () => {
    const { core, notices, mediaStatus } = setup({ platform: 'darwin' });
    mediaStatus.value = 'denied';
    core.setPhase('window-1', 'gettingToken');
    expect(notices).toEqual([]);
    core.setPhase('window-1', 'ready');
    await flushPromises();
    expect(notices).toEqual([{ key: 'microphoneDenied', params: { appName: 'ACS Softphone' } }]);
  });

  it("puts a dial link into a window's dialer once its page has loaded", () => {
    const { core, desktop, links } = setup();
    const window = new FakeBrowserWindow();
    desktop.watchWindow(window, 'window-1');
    links.open('tel:+14255550123');
    expect(core.commands).toEqual([]);
    window.webContents.emit('did-finish-load');
    expect(core.commands).toEqual([{ windowId: 'window-1', command: { type: 'dial', input: '+14255550123' } }]);
  });

  it('opens the next window where the last one closed', () => {
    const { desktop } = setup();
    const window = new FakeBrowserWindow();
    window.bounds = { x: 100, y: 50, width: 500, height: 800 };
    desktop.watchWindow(window, 'window-1');
    window.emit('close');
    expect(desktop.placement()).toEqual({ bounds: { x: 100, y: 50, width: 500, height: 800 }, maximized: false });
  });
});
