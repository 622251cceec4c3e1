import type { EngineKind } from '../../../shared/session/state';

/*
 * The slice of the Calling SDK the engine uses, shaped like the SDK itself so that the real
 * objects satisfy it without wrappers and the simulator can stand in for them. The runner
 * (and, later, the call features) only ever see these types. Call features extend these
 * interfaces rather than reaching past them.
 */

/** The SDK's own union (@azure/communication-calling ConnectionState). */
export type ConnectionState = 'Connected' | 'Disconnected';

/** The SDK's own union (ConnectionStateChangedReason). */
export type ConnectionStateChangedReason = 'invalidToken' | 'connectionIssue';

export interface ConnectionStateChangedArgs {
  newValue: ConnectionState;
  oldValue: ConnectionState;
  reason?: ConnectionStateChangedReason;
}

export type ConnectionStateChangedListener = (args: ConnectionStateChangedArgs) => void;

/** Structurally the same as @azure/abort-controller's AbortSignalLike. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface AccessTokenLike {
  token: string;
  /** Epoch milliseconds. */
  expiresOnTimestamp: number;
}

/** What createCallAgent accepts: the SDK's CommunicationTokenCredential. */
export interface TokenCredentialLike {
  getToken(options?: { abortSignal?: AbortSignalLike }): Promise<AccessTokenLike>;
  dispose(): void;
}

export interface CredentialOptions {
  /** The token to start with; the credential asks tokenRefresher once it is about to expire. */
  token: string;
  tokenRefresher: (abortSignal?: AbortSignalLike) => Promise<string>;
}

export interface CallAgentLike {
  readonly connectionState: ConnectionState;
  on(event: 'connectionStateChanged', listener: ConnectionStateChangedListener): void;
  off(event: 'connectionStateChanged', listener: ConnectionStateChangedListener): void;
  dispose(): Promise<void>;
}

/**
 * The SDK types TeamsCallAgentOptions as empty, yet createTeamsCallAgent reads `displayName`
 * and rejects it for Teams users. QA passes one on purpose to provoke that error, so both
 * methods take the same options here.
 */
export interface CallAgentCreateOptions {
  displayName?: string;
}

export interface CallClientLike {
  createCallAgent(credential: TokenCredentialLike, options?: CallAgentCreateOptions): Promise<CallAgentLike>;
  createTeamsCallAgent(credential: TokenCredentialLike, options?: CallAgentCreateOptions): Promise<CallAgentLike>;
  /** Also disposes the agent this client created. */
  dispose(): Promise<void>;
}

export interface CallingBackend {
  readonly kind: EngineKind;
  createCallClient(): Promise<CallClientLike>;
  createCredential(options: CredentialOptions): Promise<TokenCredentialLike>;
}
