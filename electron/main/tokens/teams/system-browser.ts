import { safeExternalUrl } from '../../external-links';
import type { TeamsSignInPorts } from './teams-sign-in-setup';

/**
 * The Teams sign-in page goes to the user's own browser (where their work account, password
 * manager and security keys are), never to a window of the app. Only a plain https address is
 * handed over: MSAL builds it from the Entra authority, and anything else is refused.
 */
export function systemBrowserSignIn(open: (url: string) => Promise<void>): TeamsSignInPorts {
  return {
    openBrowser: async (url) => {
      const safe = safeExternalUrl(url);
      if (!safe) throw new Error('The Teams sign-in page address is not a plain https address; it was not opened.');
      await open(safe);
    },
  };
}
