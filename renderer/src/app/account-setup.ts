import { watch, type ShallowRef } from 'vue';
import type { SoftphoneApi } from '../../../shared/ipc/api';
import type { AppInfo } from '../../../shared/ipc/contract';
import type { EngineKind } from '../../../shared/session/state';
import type { Settings } from '../../../shared/settings/settings-schema';
import { missingCase } from '../../../shared/util/missing-case';
import type { AppViews } from './app-views';
import type { SettingsChange } from './settings-store';

/** The three ways to start: the simulator, a token service, or a Teams (Entra ID) sign-in. */
export type SetupChoice = 'simulator' | 'tokenService' | 'teams';

/** The setup form's fields as typed ('' meaning "not set"). */
export interface SetupFields {
  endpoint: string;
  endpointKey: string;
  teamsClientId: string;
  teamsTenant: string;
}

/**
 * A first run: nothing chose the engine (no --engine, no ACS_TOKEN_ENDPOINT, no calling service
 * saved) and the setup was never finished or skipped.
 */
export function needsAccountSetup(info: Pick<AppInfo, 'engineReasonKey'>, settings: Settings): boolean {
  return info.engineReasonKey === 'noAcsSettings' && !settings.accountSetupDone && !settings.tokenEndpointUrl && !settings.teamsClientId;
}

/** Opens the setup once, when the saved settings first arrive and say this is a first run. */
export function offerAccountSetup(views: AppViews, info: Pick<AppInfo, 'engineReasonKey'>, settings: Readonly<ShallowRef<Settings | undefined>>): () => void {
  const stop = watch(
    settings,
    (loaded) => {
      if (!loaded) return;
      queueMicrotask(() => stop());
      if (needsAccountSetup(info, loaded) && views.current.value === 'main') views.open('setup');
    },
    { immediate: true },
  );
  return stop;
}

/**
 * What finishing the setup saves. The simulator needs nothing but the note that the setup is
 * done; a Teams sign-in also needs the token service that exchanges its Entra token.
 */
export function setupChange(choice: SetupChoice, fields: SetupFields): SettingsChange {
  const done = { accountSetupDone: true };
  const tokenService = { tokenEndpointUrl: fields.endpoint.trim(), tokenEndpointApiKey: fields.endpointKey.trim() };
  switch (choice) {
    case 'simulator':
      return done;
    case 'tokenService':
      return { ...tokenService, ...done };
    case 'teams':
      return { ...tokenService, teamsClientId: fields.teamsClientId.trim(), teamsTenant: fields.teamsTenant.trim(), ...done };
    default:
      return missingCase(choice);
  }
}

/** The choice the saved settings already amount to, for a setup opened again from Settings. */
export function currentChoice(settings: Settings | undefined): SetupChoice {
  if (settings?.teamsClientId) return 'teams';
  return settings?.tokenEndpointUrl ? 'tokenService' : 'simulator';
}

/**
 * After the setup saved: main chooses the engine from the saved settings, so a token service
 * saved on the simulator means the Calling SDK from the next page load. The page loads again
 * to start it (nobody is signed in during a first run); true when it does.
 */
export async function reloadIfEngineChanged(api: SoftphoneApi, running: EngineKind, reload: () => void): Promise<boolean> {
  const info = await api.invoke('app.getInfo', {});
  if (!info.ok || info.value.engine === running) return false;
  reload();
  return true;
}
