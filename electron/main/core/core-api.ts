import type { ScreenShareChoice } from '../../../shared/calls/screen-share';
import type { IpcResult } from '../../../shared/ipc/contract';
import type { EngineChoiceReason, EngineKind } from '../../../shared/session/state';
import type { Settings } from '../../../shared/settings/settings-schema';
import type { EngineChoice } from '../launch-options';
import type { DiagnosticsSources } from '../diagnostics/diagnostics-bundle';
import type { CallHistories } from '../persistence/identity-histories';
import type { IdentityContacts } from '../persistence/identity-contacts';
import type { NoticeBoard } from '../persistence/notice-board';
import type { SettingsService } from '../persistence/settings-service';
import type { UpdateState } from '../../../shared/updates/update-state';
import type { TeamsSignInPorts } from '../tokens/teams/teams-sign-in-setup';
import type { Clock, Logger, WindowTransport } from '../ports';

export type DetachReason = 'closed' | 'reloaded' | 'crashed' | 'disconnected';

export interface CoreOptions {
  clock: Clock;
  transport: WindowTransport;
  logger: Logger;
  host: 'electron' | 'web' | 'headless';
  engine: EngineKind;
  /** Why this engine was chosen, shown in the UI (e.g. "no ACS settings: simulator"). */
  engineReason: string;
  /** The same reason as a key the window words; hosts that chose by chooseEngine pass it. */
  engineReasonKey?: EngineChoiceReason;
  /**
   * Chooses the engine again from the saved settings each time a window asks (app.getInfo):
   * a first-run setup that saves a token service moves the next page load from the simulator
   * to the Calling SDK. Hosts that chose by chooseEngine pass it; without it `engine` is fixed.
   */
  chooseEngine?: (saved: Settings) => EngineChoice;
  appVersion: string;
  qa: boolean;
  /** The token endpoint to offer on the sign-in screen (ACS_TOKEN_ENDPOINT). */
  defaultTokenEndpoint?: string;
  /** For the token endpoint source; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** For retry jitter; defaults to Math.random. */
  random?: () => number;
  /**
   * Persisted settings, call history, contacts and the notices about them: pass all four from
   * openPersistence (the services post to that board). Each one left out lives in memory only, for hosts and tests that must not touch the user's files.
   * An explicit `defaultTokenEndpoint` wins over the saved `tokenEndpointUrl`.
   */
  settings?: SettingsService;
  history?: CallHistories;
  contacts?: IdentityContacts;
  notices?: NoticeBoard;
  /** Logs, OS and SDK versions for `diagnostics.export`; what is left out says "unknown". */
  diagnostics?: DiagnosticsSources;
  /** In-app updates (Electron, packaged); without it the windows see "unsupported". */
  updates?: UpdatesPort;
  /** Electron's screen-share picker (desktop/display-media.ts); without it `screenShare.choose` is refused. */
  screenShare?: ScreenSharePort;
  /** The system browser for the Teams (Entra ID) sign-in; without it, Teams sign-in is refused with a reason. */
  teamsSignIn?: TeamsSignInPorts;
}

/** What the core needs of the update controller (electron/main/updates). */
export interface UpdatesPort {
  readonly state: UpdateState;
  onChange(listener: (state: UpdateState) => void): () => void;
  /** "Restart to update"; held while `inCall`. */
  install(inCall: boolean): { ok: true } | { ok: false; message: string };
  /** Calls started or ended: a restart held for a call goes once the last one is over. */
  callsChanged(inCall: boolean): void;
}

/** What the core needs of the screen-share picker: the window's answers, and windows that go away. */
export interface ScreenSharePort {
  choose(windowId: string, choice: ScreenShareChoice): IpcResult<Record<string, never>>;
  /** A closed, reloaded or crashed page cannot answer: its open question is cancelled. */
  windowGone(windowId: string): void;
}

/**
 * What a host (Electron main, the Node web host, the headless scenario runner) needs from
 * the core: windows come and go, and every renderer request goes through `handle`, which
 * validates it against the contract before anything acts on it.
 */
export interface SoftphoneCore {
  attachWindow(windowId: string): void;
  /** Releases whatever the window held (its lease first), so nothing stays stale. */
  detachWindow(windowId: string, reason: DetachReason): void;
  handle(windowId: string, channel: unknown, payload: unknown): Promise<IpcResult<unknown>>;
  dispose(): Promise<void>;
}
