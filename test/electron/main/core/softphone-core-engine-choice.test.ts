import { describe, expect, it } from 'vitest';
import { createSoftphoneCore } from '../../../../electron/main/core/softphone-core';
import { chooseEngine } from '../../../../electron/main/launch-options';
import { silentLogger } from '../../../../electron/main/ports';
import { openMemoryPersistence } from '../../../../electron/main/persistence/open-persistence';
import type { AppInfo } from '../../../../shared/ipc/contract';
import { FakeClock, flushPromises } from '../../../support/fake-clock';

/*
 * A first run has no ACS settings, so the window starts on the simulator; the account setup
 * saves a token service, and the page that loads next runs the real SDK. A page already running
 * keeps the engine it was told, so a sign-in it sends still fits its engine.
 */
function firstRunCore() {
  const persistence = openMemoryPersistence();
  const commands: { windowId: string; payload: unknown }[] = [];
  const core = createSoftphoneCore({
    clock: new FakeClock(),
    transport: { send: (windowId, channel, payload) => void (channel === 'engine.command' && commands.push({ windowId, payload })) },
    logger: silentLogger,
    host: 'headless',
    engine: 'simulator',
    engineReason: 'test',
    engineReasonKey: 'noAcsSettings',
    chooseEngine: (saved) => chooseEngine(undefined, {}, saved),
    appVersion: '0.0.0-test',
    qa: false,
    ...persistence,
  });
  const info = async (windowId: string) => {
    core.attachWindow(windowId);
    const result = await core.handle(windowId, 'app.getInfo', {});
    if (!result.ok) throw new Error(result.error.message);
    return result.value as AppInfo;
  };
  return { core, persistence, commands, info };
}

describe('the engine chosen from saved settings', () => {
  it('is the simulator with nothing set up, and the Calling SDK for the page that loads after a token service is saved', async () => {
    const { persistence, info } = firstRunCore();
    expect(await info('w1')).toMatchObject({ engine: 'simulator', engineReasonKey: 'noAcsSettings' });

    expect(persistence.settings.update({ tokenEndpointUrl: 'http://127.0.0.1:7071/token', accountSetupDone: true }).ok).toBe(true);
    expect(await info('w1')).toMatchObject({ engine: 'sdk', engineReasonKey: 'savedSettings' });
  });

  it('takes a Teams app registration alone as a calling service too', async () => {
    const { persistence, info } = firstRunCore();
    persistence.settings.update({ teamsClientId: '0c5b3a9e-1f2d-4e6a-8b7c-9d0e1f2a3b4c' });
    expect(await info('w1')).toMatchObject({ engine: 'sdk', engineReasonKey: 'savedSettings' });
  });

  it('lets a page that started on the simulator still sign in a simulated user after another page saved a token service', async () => {
    const { core, persistence, commands, info } = firstRunCore();
    await info('w1');
    persistence.settings.update({ tokenEndpointUrl: 'http://127.0.0.1:7071/token' });
    expect((await info('w2')).engine).toBe('sdk');

    const signedIn = await core.handle('w1', 'session.signIn', { source: { type: 'simulated', user: 'alice' }, agentKind: 'auto', skipPreflight: false });
    expect(signedIn).toEqual({ ok: true, value: {} });
    await flushPromises();
    expect(commands.filter((command) => command.windowId === 'w1').map((command) => (command.payload as { type: string }).type)).toContain('createAgent');
    // The page on the SDK is refused a simulated user, before any agent is asked for.
    await core.handle('w2', 'session.signIn', { source: { type: 'simulated', user: 'bob' }, agentKind: 'auto', skipPreflight: false });
    await flushPromises();
    expect(commands.filter((command) => command.windowId === 'w2')).toEqual([]);
  });
});
