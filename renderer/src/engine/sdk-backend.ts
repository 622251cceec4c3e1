import type { Call, CallAgent, DeviceManager, IncomingCall, TeamsCallAgent } from '@azure/communication-calling';
import type {
  CallAgentLike,
  CallingBackend,
  CallClientLike,
  CallLike,
  CredentialOptions,
  TeamsCallAgentLike,
  DeviceManagerLike,
  IncomingCallLike,
  TokenCredentialLike,
} from './calling-backend';

type CallingSdk = typeof import('@azure/communication-calling');
type CommonSdk = typeof import('@azure/communication-common');

/*
 * The real Calling SDK behind the engine interface. Both packages are loaded with a dynamic
 * import so the 6.8 MB calling bundle stays out of the first screen; prefetchSdk() starts
 * that download while the user is still looking at the sign-in form. Nothing here changes
 * what the SDK does: errors, timings and objects pass through untouched.
 */

/**
 * Compile-time proof that the SDK's own objects are what the engine's interfaces describe;
 * createCallClient below proves it for CallClient (and through it TeamsCallAgent).
 */
type Satisfies<T extends U, U> = T;
export type _SdkShapes = [
  Satisfies<CallAgent, CallAgentLike>,
  Satisfies<TeamsCallAgent, TeamsCallAgentLike>,
  Satisfies<Call, CallLike>,
  Satisfies<IncomingCall, IncomingCallLike>,
  Satisfies<DeviceManager, DeviceManagerLike>,
];

let sdkLoad: Promise<[CallingSdk, CommonSdk]> | undefined;

function loadSdk(): Promise<[CallingSdk, CommonSdk]> {
  // A failed load (e.g. a chunk that could not be fetched) must not stick: the next attempt retries it.
  sdkLoad ??= Promise.all([import('@azure/communication-calling'), import('@azure/communication-common')]).catch((error: unknown) => {
    sdkLoad = undefined;
    throw error;
  });
  return sdkLoad;
}

/** Starts loading the SDK without waiting for it; load errors surface on first real use. */
export function prefetchSdk(): void {
  loadSdk().catch(() => undefined);
}

export class SdkBackend implements CallingBackend {
  readonly kind = 'sdk' as const;

  async createCallClient(): Promise<CallClientLike> {
    const [calling] = await loadSdk();
    return new calling.CallClient();
  }

  async createCredential(options: CredentialOptions): Promise<TokenCredentialLike> {
    const [, common] = await loadSdk();
    return new common.AzureCommunicationTokenCredential({
      token: options.token,
      tokenRefresher: options.tokenRefresher,
      refreshProactively: true,
    });
  }
}
