import { shallowRef } from 'vue';
import { describe, expect, it, vi } from 'vitest';
import { needsAccountSetup, offerAccountSetup, reloadIfEngineChanged, setupChange } from '../../../renderer/src/app/account-setup';
import { createAppViews } from '../../../renderer/src/app/app-views';
import type { SoftphoneApi } from '../../../shared/ipc/api';
import { defaultSettings, type Settings } from '../../../shared/settings/settings-schema';

const fresh: Settings = { ...defaultSettings };
const firstRun = { engineReasonKey: 'noAcsSettings' } as const;
const fields = { endpoint: ' http://127.0.0.1:7071/token ', endpointKey: ' key ', teamsClientId: '0c5b3a9e-1f2d-4e6a-8b7c-9d0e1f2a3b4c', teamsTenant: '' };

describe('the first-run account setup', () => {
  it('is needed only when nothing chose the engine and nothing is set up or skipped', () => {
    expect(needsAccountSetup(firstRun, fresh)).toBe(true);
    expect(needsAccountSetup({ engineReasonKey: 'commandLine' }, fresh)).toBe(false);
    expect(needsAccountSetup({ engineReasonKey: 'acsSettings' }, fresh)).toBe(false);
    expect(needsAccountSetup(firstRun, { ...fresh, accountSetupDone: true })).toBe(false);
    expect(needsAccountSetup(firstRun, { ...fresh, tokenEndpointUrl: 'https://tokens.example/token' })).toBe(false);
    expect(needsAccountSetup(firstRun, { ...fresh, teamsClientId: fields.teamsClientId })).toBe(false);
  });

  it('opens once, when the settings arrive, and not over a page already open', async () => {
    const views = createAppViews();
    const settings = shallowRef<Settings>();
    offerAccountSetup(views, firstRun, settings);
    expect(views.current.value).toBe('main');
    settings.value = fresh;
    await Promise.resolve();
    expect(views.current.value).toBe('setup');
    views.back();
    settings.value = { ...fresh };
    await Promise.resolve();
    expect(views.current.value).toBe('main');

    const other = createAppViews();
    other.open('troubleshooting');
    offerAccountSetup(other, firstRun, shallowRef<Settings | undefined>(fresh));
    expect(other.current.value).toBe('troubleshooting');
  });

  it('saves what each choice needs, and always that the setup is done', () => {
    expect(setupChange('simulator', fields)).toEqual({ accountSetupDone: true });
    expect(setupChange('tokenService', fields)).toEqual({ tokenEndpointUrl: 'http://127.0.0.1:7071/token', tokenEndpointApiKey: 'key', accountSetupDone: true });
    // A Teams sign-in needs the token service that exchanges the Entra token as well.
    expect(setupChange('teams', fields)).toEqual({
      tokenEndpointUrl: 'http://127.0.0.1:7071/token',
      tokenEndpointApiKey: 'key',
      teamsClientId: fields.teamsClientId,
      teamsTenant: '',
      accountSetupDone: true,
    });
  });

  it('loads the page again only when main now chooses another engine', async () => {
    const answering = (engine: 'sdk' | 'simulator') =>
      ({ invoke: vi.fn(async () => ({ ok: true, value: { engine } })) }) as unknown as SoftphoneApi;
    const reload = vi.fn();
    expect(await reloadIfEngineChanged(answering('simulator'), 'simulator', reload)).toBe(false);
    expect(reload).not.toHaveBeenCalled();
    expect(await reloadIfEngineChanged(answering('sdk'), 'simulator', reload)).toBe(true);
    expect(reload).toHaveBeenCalledOnce();
  });
});
