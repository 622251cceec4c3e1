import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/main/ports';
import { UpdateController, type Updater } from '../../../../electron/main/updates/update-controller';
import { CoreHarness } from '../../../support/core-harness';
import { FakeClock } from '../../../support/fake-clock';
import { EventEmitter } from 'node:events';

const W1 = 'window-1';
const W2 = 'window-2';

class FakeUpdater extends EventEmitter implements Updater {
  autoDownload = false;
  installs = 0;
  async checkForUpdates(): Promise<unknown> {
    return undefined;
  }
  quitAndInstall(): void {
    this.installs += 1;
  }
}

describe('updates through the core', () => {
  it('without an updater every window hears "unsupported", and a restart request is refused', async () => {
    const h = new CoreHarness();
    expect(await h.invoke(W1, 'app.getUpdate')).toEqual({ ok: true, value: { name: 'unsupported', reason: expect.any(String) } });
    expect(await h.invoke(W1, 'app.installUpdate')).toMatchObject({ ok: false, error: { code: 'failed' } });
  });

  it('pushes each change to every window; "restart to update" is held while a window has a call up', async () => {
    const updater = new FakeUpdater();
    // The core tells the controller about calls: nothing for the host to wire.
    const updates = new UpdateController({ updater, clock: new FakeClock(), logger: silentLogger });
    const h = new CoreHarness({}, { updates });
    await h.invoke(W1, 'session.get');
    await h.invoke(W2, 'session.get');

    updater.emit('update-downloaded', { version: '2.0.0' });
    expect(h.events('app.update', W1)).toEqual([{ name: 'downloaded', version: '2.0.0' }]);
    expect(h.events('app.update', W2)).toEqual([{ name: 'downloaded', version: '2.0.0' }]);

    await h.invoke(W2, 'calls.activity', { inCall: true, ringing: [] });
    expect(await h.invoke(W1, 'app.installUpdate')).toEqual({ ok: true, value: {} });
    expect(await h.invoke(W1, 'app.getUpdate')).toEqual({ ok: true, value: { name: 'waitingForCall', version: '2.0.0' } });
    expect(updater.installs).toBe(0);

    await h.invoke(W2, 'calls.activity', { inCall: false, ringing: [] });
    expect(updater.installs).toBe(1);
  });
});
