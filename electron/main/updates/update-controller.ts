import type { UpdateState } from '../../../shared/updates/update-state';
import { redactString } from '../../../shared/diagnostics/redact';
import type { Clock, Logger, TimerHandle } from '../ports';
import { errorMessage } from '../../../shared/util/error-message';

/** The part of electron-updater's autoUpdater this uses (a fake in tests). */
export interface Updater {
  autoDownload: boolean;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(): void;
  on(event: 'checking-for-update' | 'update-not-available', listener: () => void): unknown;
  on(event: 'update-available' | 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'download-progress', listener: (progress: { percent: number }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface UpdateControllerOptions {
  updater: Updater;
  clock: Clock;
  logger: Logger;
  /** How often to look for an update after the first check at start. */
  checkEveryMs?: number;
}

export const defaultUpdateCheckEveryMs = 4 * 60 * 60 * 1000;

/**
 * electron-updater behind a state machine: it checks at start and every few hours, downloads
 * in the background, and installs only when the user says "restart to update" and no call is
 * up; asked during a call, it waits for the call to end.
 */
export class UpdateController {
  private current: UpdateState = { name: 'idle' };
  private readonly listeners = new Set<(state: UpdateState) => void>();
  private timer: TimerHandle | undefined;

  constructor(private readonly options: UpdateControllerOptions) {
    const { updater } = options;
    updater.autoDownload = true;
    updater.on('checking-for-update', () => {
      // A background check must not hide a download that is ready to install.
      if (this.current.name !== 'downloaded' && this.current.name !== 'waitingForCall') this.set({ name: 'checking' });
    });
    updater.on('update-not-available', () => this.set({ name: 'upToDate', checkedAt: options.clock.now() }));
    updater.on('update-available', (info) => this.set({ name: 'downloading', version: info.version, percent: 0 }));
    updater.on('download-progress', (progress) => {
      if (this.current.name === 'downloading') this.set({ ...this.current, percent: Math.max(0, Math.min(100, Math.round(progress.percent))) });
    });
    updater.on('update-downloaded', (info) => this.set({ name: 'downloaded', version: info.version }));
    updater.on('error', (error) => {
      options.logger.warn('update failed', { error: error.message });
      // Signed feed URLs can carry tokens; the message reaches every window.
      this.set({ name: 'failed', message: redactString(error.message).slice(0, 500) });
    });
  }

  get state(): UpdateState {
    return this.current;
  }

  onChange(listener: (state: UpdateState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Checks now and then every few hours. */
  start(): void {
    void this.check();
    const every = this.options.checkEveryMs ?? defaultUpdateCheckEveryMs;
    const schedule = () => {
      this.timer = this.options.clock.setTimeout(() => {
        void this.check();
        schedule();
      }, every);
    };
    schedule();
  }

  async check(): Promise<void> {
    if (this.current.name === 'downloading' || this.current.name === 'installing') return;
    try {
      await this.options.updater.checkForUpdates();
    } catch (error) {
      // electron-updater also emits 'error'; this catch only keeps the rejection from escaping.
      this.options.logger.debug('update check rejected', { error: errorMessage(error) });
    }
  }

  /** "Restart to update": now, or once the last call has ended (`inCall`: any window has a call up). */
  install(inCall: boolean): { ok: true } | { ok: false; message: string } {
    if (this.current.name !== 'downloaded' && this.current.name !== 'waitingForCall') {
      return { ok: false, message: 'No update is ready to install yet.' };
    }
    if (inCall) {
      this.set({ name: 'waitingForCall', version: this.current.version });
      return { ok: true };
    }
    this.set({ name: 'installing', version: this.current.version });
    this.options.updater.quitAndInstall();
    return { ok: true };
  }

  dispose(): void {
    if (this.timer) this.options.clock.clearTimeout(this.timer);
    this.listeners.clear();
  }

  /** The core calls this whenever calls start or end, so a restart the user asked for happens after the last one. */
  callsChanged(inCall: boolean): void {
    if (this.current.name === 'waitingForCall' && !inCall) this.install(false);
  }

  private set(next: UpdateState): void {
    this.current = next;
    for (const listener of [...this.listeners]) listener(next);
  }
}
