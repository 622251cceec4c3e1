import { shallowRef, type ShallowRef } from 'vue';
import type { SoftphoneApi } from '../../../shared/ipc/api';
import type { AppInfo, IpcError, IpcResult, SignInIntent } from '../../../shared/ipc/contract';
import type { SessionView } from '../../../shared/session/state';
import { paceSessionViews, type FrameClock } from './view-pacing';

/** A request main refused: its English message, and a reason the window can word itself. */
export type RequestProblem = Pick<IpcError, 'message' | 'reason'>;

export interface SessionStore {
  view: ShallowRef<SessionView>;
  /** The last request main refused (a sign-in that cannot start, nothing to retry...). */
  requestError: ShallowRef<RequestProblem | undefined>;
  signIn(intent: SignInIntent): Promise<boolean>;
  signOut(): Promise<void>;
  retryNow(): Promise<void>;
  cancelRetry(): Promise<void>;
  takeOver(): Promise<void>;
}

const initialView: SessionView = { phase: { name: 'signedOut' }, online: true, attempts: [] };

/**
 * Mirrors main's session state for the screens. It holds no state of its own beyond the
 * latest view main pushed; every action is an intent sent to main.
 */
export function createSessionStore(api: SoftphoneApi, frames: FrameClock): SessionStore {
  const view = shallowRef<SessionView>(initialView);
  const requestError = shallowRef<RequestProblem | undefined>();
  const show = paceSessionViews((next) => (view.value = next), frames);
  api.on('session.state', show);
  void api.invoke('session.get', {}).then((result) => {
    if (result.ok) show(result.value);
  });

  const settle = (result: IpcResult<unknown>): boolean => {
    requestError.value = result.ok ? undefined : { message: result.error.message, ...(result.error.reason ? { reason: result.error.reason } : {}) };
    return result.ok;
  };

  return {
    view,
    requestError,
    signIn: async (intent) => settle(await api.invoke('session.signIn', intent)),
    signOut: async () => void settle(await api.invoke('session.signOut', {})),
    retryNow: async () => void settle(await api.invoke('session.retryNow', {})),
    cancelRetry: async () => void settle(await api.invoke('session.cancelRetry', {})),
    takeOver: async () => void settle(await api.invoke('session.takeOver', {})),
  };
}

export async function loadAppInfo(api: SoftphoneApi): Promise<AppInfo> {
  const result = await api.invoke('app.getInfo', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
