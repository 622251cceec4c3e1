import type { Logger } from '../core/ports';

/*
 * The page's permission requests (media for our own page only, everything else refused) are
 * answered by security/permission-policy.ts. This module covers the other gate on macOS: the
 * OS's own privacy switch for the microphone, which no Chromium permission can open.
 */

export type MediaAccessStatus = 'not-determined' | 'granted' | 'denied' | 'restricted' | 'unknown';

/** The parts of Electron's systemPreferences used here (macOS only; a fake in tests). */
export interface MediaAccessSystem {
  getMediaAccessStatus(mediaType: 'microphone'): MediaAccessStatus;
  askForMediaAccess(mediaType: 'microphone'): Promise<boolean>;
}

export type MicrophoneAccess = { ok: true } | { ok: false; message: string };

export function microphoneDeniedMessage(appName: string): string {
  return `macOS is not letting ${appName} use the microphone, so the people you call would not hear you. Open System Settings › Privacy & Security › Microphone, switch ${appName} on, then quit and reopen the app.`;
}

export function microphoneRestrictedMessage(appName: string): string {
  return `The microphone is blocked for ${appName} by a profile or Screen Time restriction on this Mac (System Settings › Privacy & Security › Microphone shows it locked). Ask whoever manages this Mac to allow it.`;
}

/**
 * Asks macOS for the microphone (its prompt appears once, the first time) and explains how to
 * fix a refusal. Other platforms have no such switch that an app can query: they pass.
 */
export async function ensureMicrophoneAccess(system: MediaAccessSystem, platform: NodeJS.Platform, appName: string): Promise<MicrophoneAccess> {
  if (platform !== 'darwin') return { ok: true };
  const status = system.getMediaAccessStatus('microphone');
  switch (status) {
    case 'granted':
    case 'unknown':
      return { ok: true };
    case 'not-determined':
      return (await system.askForMediaAccess('microphone')) ? { ok: true } : { ok: false, message: microphoneDeniedMessage(appName) };
    case 'denied':
      return { ok: false, message: microphoneDeniedMessage(appName) };
    case 'restricted':
      return { ok: false, message: microphoneRestrictedMessage(appName) };
    default: {
      const unexpected: never = status;
      return { ok: false, message: `macOS reported microphone access as ${String(unexpected)}.` };
    }
  }
}

/**
 * Checks the microphone once, when the user is first signed in (before their first call, not
 * on a bare start, so the macOS prompt comes with a reason to say yes). A refusal becomes a
 * warning the user can act on; the check runs again on the next sign-in if it failed.
 */
export class MicrophoneAccessCheck {
  private state: 'unchecked' | 'checking' | 'granted' = 'unchecked';

  constructor(
    private readonly options: {
      system: MediaAccessSystem;
      platform: NodeJS.Platform;
      appName: string;
      reportProblem(message: string): void;
      logger: Logger;
    },
  ) {}

  async beforeFirstCall(): Promise<void> {
    if (this.state !== 'unchecked') return;
    this.state = 'checking';
    let access: MicrophoneAccess;
    try {
      access = await ensureMicrophoneAccess(this.options.system, this.options.platform, this.options.appName);
    } catch (error) {
      this.options.logger.warn('microphone access could not be checked', { error: error instanceof Error ? error.message : String(error) });
      this.state = 'unchecked';
      return;
    }
    if (access.ok) {
      this.state = 'granted';
      return;
    }
    this.options.logger.warn('microphone access refused by the OS');
    this.options.reportProblem(access.message);
    this.state = 'unchecked';
  }
}
