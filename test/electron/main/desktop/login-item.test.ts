import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../../shared/settings/settings-schema';
import { silentLogger } from '../../../../electron/main/ports';
import { applyStartAtLogin, type LoginItemApp } from '../../../../electron/main/desktop/login-item';

class FakeApp implements LoginItemApp {
  openAtLogin = false;
  calls: Parameters<LoginItemApp['setLoginItemSettings']>[0][] = [];
  constructor(readonly isPackaged = true) {}
  getLoginItemSettings() {
    return { openAtLogin: this.openAtLogin };
  }
  setLoginItemSettings(settings: Parameters<LoginItemApp['setLoginItemSettings']>[0]): void {
    this.calls.push(settings);
    this.openAtLogin = settings.openAtLogin;
  }
}

function setup(options: { startAtLogin: boolean; platform?: NodeJS.Platform; packaged?: boolean }) {
  const app = new FakeApp(options.packaged ?? true);
  let current: Settings = { ...defaultSettings, startAtLogin: options.startAtLogin };
  const listeners: ((settings: Settings) => void)[] = [];
  applyStartAtLogin({ app, platform: options.platform ?? 'win32', logger: silentLogger, settings: { get: () => current, onChange: (listener) => listeners.push(listener) } });
  const change = (startAtLogin: boolean) => {
    current = { ...current, startAtLogin };
    for (const listener of listeners) listener(current);
  };
  return { app, change };
}

describe('applyStartAtLogin', () => {
  it('registers the app to start at login when the setting is on, on Windows and macOS', () => {
    expect(setup({ startAtLogin: true }).app.calls).toEqual([{ openAtLogin: true }]);
    expect(setup({ startAtLogin: true, platform: 'darwin' }).app.calls).toEqual([{ openAtLogin: true }]);
  });

  it('follows the setting when it changes, and touches nothing when it already agrees', () => {
    const { app, change } = setup({ startAtLogin: false });
    expect(app.calls).toEqual([]);
    change(true);
    change(true);
    change(false);
    expect(app.calls.map((call) => call.openAtLogin)).toEqual([true, false]);
  });

  it('never registers a development build or a Linux one', () => {
    expect(setup({ startAtLogin: true, packaged: false }).app.calls).toEqual([]);
    expect(setup({ startAtLogin: true, platform: 'linux' }).app.calls).toEqual([]);
  });
});

