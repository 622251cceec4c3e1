import { describe, expect, it } from 'vitest';
import type { PhaseName } from '../../../../shared/session/state';
import type { UpdateState } from '../../../../shared/updates/update-state';
import { MainWindows } from '../../../../electron/main/desktop/main-windows';
import { disposeBeforeQuit } from '../../../../electron/main/desktop/quit-sequence';
import { trayActivity } from '../../../../electron/main/desktop/tray-state';
import { QuitGuard } from '../../../../electron/main/desktop/quit-guard';
import { WindowRegistry } from '../../../../electron/main/window-registry';
import { silentLogger } from '../../../../electron/main/ports';
import { FakeClock, flushPromises } from '../../../support/fake-clock';
import { FakeApp, FakeBrowserWindow } from '../../../support/fake-electron';
import { FakeSoftphoneCore } from '../../../support/fake-softphone-core';

type Tray = 'on' | 'settingOff' | 'missing';
type Update = 'none' | 'downloaded' | 'installing';

interface World {
  phase: PhaseName;
  inCall: boolean;
  tray: Tray;
  update: Update;
  platform: NodeJS.Platform;
}

function setup(world: World) {
  const app = new FakeApp();
  const clock = new FakeClock();
  const core = new FakeSoftphoneCore();
  // The user cancels the call question unless a test says they agree.
  const state = { ...world, questions: 0, answer: false, hangUps: 0, disposals: 0 };
  const guard = new QuitGuard({
    isInCall: () => state.inCall,
    confirm: async () => {
      state.questions += 1;
      return state.answer;
    },
    requestHangUp: () => {
      state.hangUps += 1;
      state.inCall = false;
    },
    waitUntilIdle: async () => 'idle',
  });
  const updateStates: Record<Update, UpdateState | undefined> = { none: undefined, downloaded: { name: 'downloaded', version: '2.0.0' }, installing: { name: 'installing', version: '2.0.0' } };
  const registry = new WindowRegistry<FakeBrowserWindow>();
  const watched: string[] = [];
  const windows = new MainWindows({
    app,
    platform: world.platform,
    registry,
    core,
    createWindow: () => new FakeBrowserWindow(app),
    guard,
    quit: disposeBeforeQuit({
      dispose: async () => {
        state.disposals += 1;
      },
      clock,
      logger: silentLogger,
    }),
    trayFacts: () => ({ closeToTray: state.tray !== 'settingOff', activity: trayActivity([state.phase], state.inCall), trayShown: state.tray !== 'missing' }),
    updateState: () => updateStates[state.update],
    watchWindow: (_window, windowId) => watched.push(windowId),
  });
  const windowId = windows.open();
  const window = registry.windowFor(windowId);
  if (!window) throw new Error('no window');
  return { app, clock, core, state, windows, window, windowId, registry, watched };
}

const phases: PhaseName[] = ['signedOut', 'ready'];
const combinations: World[] = phases.flatMap((phase) =>
  [false, true].flatMap((inCall) =>
    (['on', 'settingOff', 'missing'] as Tray[]).flatMap((tray) =>
      (['none', 'downloaded', 'installing'] as Update[]).flatMap((update) => (['darwin', 'win32'] as NodeJS.Platform[]).map((platform) => ({ phase, inCall, tray, update, platform }))),
    ),
  ),
);

/** What the user sees after clicking the close button, said as the rules are told to users. */
function expectedClose(world: World): 'hidden to the tray' | 'asked about the call' | 'closed, app quits' | 'closed, app stays' {
  const keepsRunning = world.tray === 'on' && (world.phase === 'ready' || world.inCall);
  // An update restart closes everything: it must not leave a hidden window behind.
  if (keepsRunning && world.update !== 'installing') return 'hidden to the tray';
  if (world.inCall) return 'asked about the call';
  return world.platform === 'darwin' ? 'closed, app stays' : 'closed, app quits';
}

const describeWorld = (w: World) => `${w.phase}, ${w.inCall ? 'in a call' : 'no call'}, tray ${w.tray}, update ${w.update}, ${w.platform}`;

describe('MainWindows: closing the window', () => {
  it.each(combinations.map((world) => [describeWorld(world), world] as const))('%s', async (_name, world) => {
    const { app, window, state, clock } = setup(world);
    window.close();
    await flushPromises();
    const outcome = window.destroyed ? (state.disposals > 0 ? 'closed, app quits' : 'closed, app stays') : window.visible ? 'asked about the call' : 'hidden to the tray';
    expect(outcome).toBe(expectedClose(world));
    expect(state.questions).toBe(outcome === 'asked about the call' ? 1 : 0);
    await clock.advanceAsync(0);
    expect(app.exited).toBe(outcome === 'closed, app quits');
  });

  it('registers one close handler per window and one before-quit handler for the app', () => {
    const { app, window, windows } = setup({ phase: 'ready', inCall: false, tray: 'on', update: 'none', platform: 'win32' });
    windows.show();
    expect(app.count('before-quit')).toBe(1);
    expect(window.count('close')).toBe(1);
  });

  it('closes the window once the user agrees to hang up, and keeps it when they cancel', async () => {
    const kept = setup({ phase: 'ready', inCall: true, tray: 'settingOff', update: 'none', platform: 'win32' });
    kept.window.close();
    await flushPromises();
    expect(kept.window.destroyed).toBe(false);
    expect(kept.state.hangUps).toBe(0);

    const agreed = setup({ phase: 'ready', inCall: true, tray: 'settingOff', update: 'none', platform: 'darwin' });
    agreed.state.answer = true;
    agreed.window.close();
    await flushPromises();
    expect(agreed.state.hangUps).toBe(1);
    expect(agreed.window.destroyed).toBe(true);
  });

  it('lets the page\'s own "leave during a call?" prompt through only until the user agreed to leave', async () => {
    const { window, state } = setup({ phase: 'ready', inCall: true, tray: 'settingOff', update: 'none', platform: 'win32' });
    const before = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    window.webContents.emit('will-prevent-unload', before);
    expect(before.defaultPrevented).toBe(false);
    state.answer = true;
    window.close();
    await flushPromises();
    const after = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    window.webContents.emit('will-prevent-unload', after);
    expect(after.defaultPrevented).toBe(true);
  });
});

describe('MainWindows: quitting', () => {
  it.each(combinations.map((world) => [describeWorld(world), world] as const))('%s', async (_name, world) => {
    const { app, window, state, clock } = setup(world);
    state.answer = true;
    app.quit();
    await flushPromises();
    if (world.inCall) {
      // Asked first; the agreed hang-up then quits for real.
      expect(state.questions).toBe(1);
      expect(state.hangUps).toBe(1);
    } else {
      expect(state.questions).toBe(0);
    }
    await clock.advanceAsync(0);
    // Disposed once while the window still existed, then every window closed (none hidden) and the app exited.
    expect(state.disposals).toBe(1);
    expect(window.destroyed).toBe(true);
    expect(app.exited).toBe(true);
  });

  it('does not dispose while the call question is open, and stays when the user cancels', async () => {
    const { app, state, window, clock } = setup({ phase: 'ready', inCall: true, tray: 'on', update: 'none', platform: 'win32' });
    app.quit();
    app.quit();
    await clock.advanceAsync(0);
    expect(state.questions).toBe(1);
    expect(state.disposals).toBe(0);
    expect(app.exited).toBe(false);
    expect(window.destroyed).toBe(false);
  });

  it('disposes once when quit is asked for twice', async () => {
    const { app, state, clock } = setup({ phase: 'ready', inCall: false, tray: 'on', update: 'none', platform: 'win32' });
    app.quit();
    app.quit();
    await clock.advanceAsync(0);
    expect(state.disposals).toBe(1);
    expect(app.exited).toBe(true);
  });
});

describe('MainWindows: the window list', () => {
  it('builds each window id once, hands it to the core and the desktop, and forgets the window when it closes', () => {
    const { windowId, window, core, registry, watched } = setup({ phase: 'signedOut', inCall: false, tray: 'on', update: 'none', platform: 'darwin' });
    expect(windowId).toBe(`window-${window.id}`);
    expect(core.attached).toEqual([windowId]);
    expect(watched).toEqual([windowId]);
    expect(registry.windowIdFor(window.webContents)).toBe(windowId);
    window.close();
    expect(core.detached).toEqual([{ windowId, reason: 'closed' }]);
    expect(registry.windowIdFor(window.webContents)).toBeUndefined();
  });

  it('shows a hidden or minimised window, and opens a new one when none is left (the Dock icon on macOS)', () => {
    const { app, window, windows, registry } = setup({ phase: 'ready', inCall: false, tray: 'on', update: 'none', platform: 'darwin' });
    window.close();
    expect(window.visible).toBe(false);
    window.minimized = true;
    window.focused = false;
    app.emit('activate');
    expect(window).toMatchObject({ visible: true, minimized: false, focused: true });
    expect(windows.visibility(`window-${window.id}`)).toEqual({ visible: true, focused: true });

    const gone = setup({ phase: 'signedOut', inCall: false, tray: 'on', update: 'none', platform: 'darwin' });
    gone.window.close();
    expect(gone.registry.all()).toEqual([]);
    gone.app.emit('activate');
    expect(gone.registry.all()).toHaveLength(1);
    expect(registry.all()).toHaveLength(1);
  });
});
