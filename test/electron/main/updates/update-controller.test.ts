import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../../electron/main/ports';
import { UpdateController, type Updater } from '../../../../electron/main/updates/update-controller';
import type { UpdateState } from '../../../../shared/updates/update-state';
import { FakeClock } from '../../../support/fake-clock';

/** electron-updater's autoUpdater as far as the controller uses it: events the test emits. */
class FakeUpdater extends EventEmitter implements Updater {
  autoDownload = false;
  checks = 0;
  installs = 0;
  async checkForUpdates(): Promise<unknown> {
    this.checks += 1;
    return undefined;
  }
  quitAndInstall(): void {
    this.installs += 1;
  }
}

function controller(options: { inCall?: () => boolean } = {}) {
  const updater = new FakeUpdater();
  const clock = new FakeClock();
  const inCall = options.inCall ?? (() => false);
  const updates = new UpdateController({ updater, clock, logger: silentLogger, checkEveryMs: 60_000 });
  const seen: UpdateState['name'][] = [];
  updates.onChange((state) => seen.push(state.name));
  return { updater, clock, updates, seen, install: () => updates.install(inCall()), callsChanged: () => updates.callsChanged(inCall()) };
}

describe('UpdateController', () => {
  it('checks at start and on a schedule, downloads automatically, and reports progress', async () => {
    const { updater, clock, updates, seen } = controller();
    updates.start();
    expect(updater.autoDownload).toBe(true);
    expect(updater.checks).toBe(1);
    clock.advance(60_000);
    expect(updater.checks).toBe(2);

    updater.emit('checking-for-update');
    updater.emit('update-available', { version: '1.2.0' });
    updater.emit('download-progress', { percent: 41.6 });
    expect(updates.state).toEqual({ name: 'downloading', version: '1.2.0', percent: 42 });
    updater.emit('update-downloaded', { version: '1.2.0' });
    expect(seen).toEqual(['checking', 'downloading', 'downloading', 'downloaded']);
    updates.dispose();
  });

  it('restarts into the update when asked and no call is up', () => {
    const { updater, updates, install } = controller();
    updater.emit('update-downloaded', { version: '1.2.0' });
    expect(install()).toEqual({ ok: true });
    expect(updates.state).toEqual({ name: 'installing', version: '1.2.0' });
    expect(updater.installs).toBe(1);
  });

  it('never restarts during a call: it waits, and installs once the last call has ended', () => {
    let inCall = true;
    const { updater, updates, install, callsChanged } = controller({ inCall: () => inCall });
    updater.emit('update-downloaded', { version: '1.2.0' });
    expect(install()).toEqual({ ok: true });
    expect(updates.state).toEqual({ name: 'waitingForCall', version: '1.2.0' });
    callsChanged();
    expect(updater.installs).toBe(0);
    inCall = false;
    callsChanged();
    expect(updater.installs).toBe(1);
    expect(updates.state.name).toBe('installing');
  });

  it('refuses to install before a download, and a background check does not hide a ready update', () => {
    const { updater, updates, install } = controller();
    expect(install()).toEqual({ ok: false, message: expect.stringMatching(/No update/) });
    updater.emit('update-downloaded', { version: '1.2.0' });
    updater.emit('checking-for-update');
    expect(updates.state.name).toBe('downloaded');
  });

  it('reports a failure in words, without secrets from a signed feed URL', () => {
    const { updater, updates } = controller();
    updater.emit('error', new Error('Cannot download https://updates.example.com/latest.yml?sig=c2lnbmF0dXJlLXZhbHVlLTEyMzQ1Njc4OTA: 403'));
    expect(updates.state.name).toBe('failed');
    expect(JSON.stringify(updates.state)).not.toContain('c2lnbmF0dXJlLXZhbHVlLTEyMzQ1Njc4OTA');
  });

  it('a rejected check does not escape', async () => {
    const { updater, updates } = controller();
    vi.spyOn(updater, 'checkForUpdates').mockRejectedValue(new Error('offline'));
    await expect(updates.check()).resolves.toBeUndefined();
  });
});
