import type { NoticeText } from '../../../shared/notices/notice-text';
import type { Logger } from '../ports';
import { errorMessage } from '../../../shared/util/error-message';

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

/** A refusal is the notice that explains how to fix it. */
export type MicrophoneAccess = { ok: true } | { ok: false; notice: NoticeText };

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
      return (await system.askForMediaAccess('microphone')) ? { ok: true } : { ok: false, notice: { key: 'microphoneDenied', params: { appName } } };
    case 'denied':
      return { ok: false, notice: { key: 'microphoneDenied', params: { appName } } };
    case 'restricted':
      return { ok: false, notice: { key: 'microphoneRestricted', params: { appName } } };
    default: {
      const unexpected: never = status;
      return { ok: false, notice: { key: 'microphoneUnexpected', params: { status: String(unexpected).slice(0, 100) } } };
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
      reportProblem(notice: NoticeText): void;
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
      this.options.logger.warn('microphone access could not be checked', { error: errorMessage(error) });
      this.state = 'unchecked';
      return;
    }
    if (access.ok) {
      this.state = 'granted';
      return;
    }
    this.options.logger.warn('microphone access refused by the OS');
    this.options.reportProblem(access.notice);
    this.state = 'unchecked';
  }
}
