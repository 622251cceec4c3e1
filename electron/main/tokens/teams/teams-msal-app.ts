import { LogLevel, PublicClientApplication, type INetworkModule } from '@azure/msal-node';
import type { Logger } from '../../ports';

export interface TeamsMsalAppOptions {
  /** The Entra app registration's application (client) id: a public client with a http://localhost redirect. */
  clientId: string;
  /** The tenant id or domain; "organizations" lets any work account sign in. */
  tenant: string;
  logger: Logger;
  /** Replaces MSAL's HTTP layer; tests pass a local Entra stand-in. */
  networkClient?: INetworkModule | undefined;
}

/** The MSAL client for Teams sign-in. Its token cache lives in memory: a restart signs in again. */
export function createTeamsMsalApp(options: TeamsMsalAppOptions): PublicClientApplication {
  return new PublicClientApplication({
    auth: { clientId: options.clientId, authority: `https://login.microsoftonline.com/${encodeURIComponent(options.tenant)}` },
    system: {
      ...(options.networkClient ? { networkClient: options.networkClient } : {}),
      loggerOptions: {
        // PII off: MSAL then leaves tokens, user names and ids out of what it logs.
        piiLoggingEnabled: false,
        logLevel: LogLevel.Warning,
        loggerCallback: (level, message, containsPii) => {
          if (containsPii) return;
          if (level === LogLevel.Error) options.logger.error('MSAL', { detail: message });
          else options.logger.warn('MSAL', { detail: message });
        },
      },
    },
  });
}
