import { screenShareLimits, type ScreenShareChoice, type ScreenSharePrompt, type ScreenShareRefusal, type ScreenShareSource } from '../../../shared/calls/screen-share';
import type { IpcResult } from '../../../shared/ipc/contract';
import { errorMessage } from '../../../shared/util/error-message';
import type { ScreenSharePort } from '../core/core-api';
import type { Clock, Logger, TimerHandle } from '../ports';
import { isTrustedSenderUrl, type RendererLocation } from '../renderer-location';
import type { MediaAccessStatus } from './media-permissions';

/*
 * Screen sharing's main-process half. Since Electron 17 a page's getDisplayMedia() fails
 * unless main answers it with a source: this module decides whether to answer at all (our
 * page, a user gesture, a call up, macOS letting the app record the screen), lists the
 * screens and windows, asks the window which one, and answers with exactly that source or
 * with nothing. Every path ends in exactly one callback, so no request is left half-started.
 */

/** The parts of a requesting frame the checks read (Electron's WebFrameMain; a fake in tests). */
export interface DisplayMediaFrame {
  readonly url: string;
  /** null for a top frame. */
  readonly parent: unknown;
}

/** Electron's DisplayMediaRequestHandlerHandlerRequest, the fields used here. */
export interface DisplayMediaRequest {
  frame: DisplayMediaFrame | null;
  securityOrigin: string;
  videoRequested: boolean;
  userGesture: boolean;
}

/** What the callback gets: one video source, or null, which makes getDisplayMedia() reject. */
export type DisplayMediaStreams = { video: { id: string; name: string } } | null;

/** One screen or window as desktopCapturer.getSources lists it, its thumbnail already a data URL. */
export interface CaptureSource {
  id: string;
  name: string;
  thumbnailDataUrl: string;
}

/** How long the picker may stay open before main gives up and the page's request fails. */
export const pickerTimeoutMs = 120_000;

/**
 * The one open picker question per window. The core hands it the window's answer
 * (`screenShare.choose`), and tells it when a window goes away.
 */
export class ScreenSharePicker implements ScreenSharePort {
  private readonly open = new Map<string, { requestId: string; sources: ScreenShareSource[]; timer: TimerHandle; settle(source: ScreenShareSource | undefined): void }>();
  private nextId = 1;

  constructor(
    private readonly options: {
      send(windowId: string, prompt: ScreenSharePrompt): void;
      clock: Clock;
      logger: Logger;
      timeoutMs?: number;
    },
  ) {}

  /** Shows the picker in the window; resolves with the chosen source, or undefined (cancelled, timed out, withdrawn). */
  ask(windowId: string, sources: ScreenShareSource[]): Promise<ScreenShareSource | undefined> {
    // One question per window: a newer request replaces the older one, which fails.
    this.withdraw(windowId);
    const requestId = `share-${this.nextId++}`;
    return new Promise((resolve) => {
      const timer = this.options.clock.setTimeout(() => {
        this.options.logger.info('screen share picker timed out', { window: windowId });
        this.withdraw(windowId);
      }, this.options.timeoutMs ?? pickerTimeoutMs);
      this.open.set(windowId, {
        requestId,
        sources,
        timer,
        settle: (source) => {
          this.options.clock.clearTimeout(timer);
          this.open.delete(windowId);
          resolve(source);
        },
      });
      this.options.send(windowId, { type: 'choose', requestId, sources });
    });
  }

  choose(windowId: string, choice: ScreenShareChoice): IpcResult<Record<string, never>> {
    const question = this.open.get(windowId);
    if (!question || question.requestId !== choice.requestId) {
      return { ok: false, error: { code: 'failed', message: 'screenShare.choose: no screen-share question is open with that id (it may have timed out).' } };
    }
    if (choice.sourceId === null) {
      question.settle(undefined);
      return { ok: true, value: {} };
    }
    const source = question.sources.find((candidate) => candidate.id === choice.sourceId);
    // Only what main listed may be shared: an id from anywhere else ends the request.
    question.settle(source);
    if (!source) {
      this.options.logger.warn('screen share refused: the chosen source was not offered', { window: windowId });
      return { ok: false, error: { code: 'invalid-request', message: 'screenShare.choose: that source was not offered; the share was cancelled.' } };
    }
    return { ok: true, value: {} };
  }

  /** Closes the window's picker, if one is open; its request fails. */
  withdraw(windowId: string): void {
    const question = this.open.get(windowId);
    if (!question) return;
    question.settle(undefined);
    this.options.send(windowId, { type: 'withdrawn', requestId: question.requestId });
  }

  windowGone(windowId: string): void {
    // The page is gone: nothing to tell it, only the request to end.
    this.open.get(windowId)?.settle(undefined);
  }
}

export interface DisplayMediaOptions {
  renderer: RendererLocation;
  platform: NodeJS.Platform;
  picker: Pick<ScreenSharePicker, 'ask'>;
  /** Which of our windows the frame belongs to (undefined for any other webContents). */
  windowIdOf(frame: DisplayMediaFrame): string | undefined;
  isWindowInCall(windowId: string): boolean;
  /** desktopCapturer.getSources for screens and windows, with thumbnails. */
  listSources(): Promise<CaptureSource[]>;
  /** systemPreferences.getMediaAccessStatus('screen'); macOS only. */
  screenAccess(): MediaAccessStatus;
  /** Tells the window why a share could not start. */
  refuse(windowId: string, reason: ScreenShareRefusal): void;
  logger: Logger;
}

/**
 * Answers one display-media request. The checks come first and cost nothing; the source list
 * (which on macOS may raise the OS's own screen-recording prompt) only after them.
 */
export async function answerDisplayMediaRequest(request: DisplayMediaRequest, options: DisplayMediaOptions): Promise<DisplayMediaStreams> {
  const { logger } = options;
  const frame = request.frame;
  // Our page's top frame only: an iframe, or a page the window was navigated to, gets nothing.
  if (!frame || frame.parent !== null || !isTrustedSenderUrl(frame.url, options.renderer)) {
    logger.warn('screen share refused: not our page', { origin: request.securityOrigin.slice(0, 200) });
    return null;
  }
  const windowId = options.windowIdOf(frame);
  if (!windowId) {
    logger.warn('screen share refused: not one of our windows');
    return null;
  }
  if (!request.userGesture) {
    logger.warn('screen share refused: no user gesture', { window: windowId });
    return null;
  }
  if (!request.videoRequested || !options.isWindowInCall(windowId)) {
    logger.warn('screen share refused: no call in this window', { window: windowId });
    return null;
  }
  const refusal = options.platform === 'darwin' ? screenRecordingRefusal(options.screenAccess()) : undefined;
  if (refusal) {
    logger.warn('screen share refused by macOS screen-recording permission', { window: windowId, reason: refusal });
    options.refuse(windowId, refusal);
    return null;
  }
  let sources: ScreenShareSource[];
  try {
    sources = offeredSources(await options.listSources());
  } catch (error) {
    logger.warn('screen share: the screens and windows could not be listed', { window: windowId, error: errorMessage(error) });
    return null;
  }
  if (!sources.length) {
    logger.warn('screen share: there is nothing to share', { window: windowId });
    return null;
  }
  const chosen = await options.picker.ask(windowId, sources);
  // The call may have ended while the picker was open: a share then has nothing to join.
  if (!chosen || !options.isWindowInCall(windowId)) return null;
  logger.info('screen share: source chosen', { window: windowId, kind: chosen.kind });
  return { video: { id: chosen.id, name: chosen.name } };
}

/** 'not-determined' goes ahead: listing the sources makes macOS ask the user. */
function screenRecordingRefusal(status: MediaAccessStatus): ScreenShareRefusal | undefined {
  if (status === 'denied') return 'screenRecordingDenied';
  if (status === 'restricted') return 'screenRecordingRestricted';
  return undefined;
}

/** The sources as the window sees them: within the contract's limits, a source that breaks them left out. */
export function offeredSources(sources: readonly CaptureSource[]): ScreenShareSource[] {
  const offered: ScreenShareSource[] = [];
  for (const source of sources) {
    if (offered.length === screenShareLimits.sources) break;
    if (!source.id || source.id.length > screenShareLimits.idLength) continue;
    const kind = source.id.startsWith('screen:') ? 'screen' : source.id.startsWith('window:') ? 'window' : undefined;
    if (!kind) continue;
    const thumbnail = source.thumbnailDataUrl.startsWith('data:image/') && source.thumbnailDataUrl.length <= screenShareLimits.thumbnailLength ? source.thumbnailDataUrl : '';
    offered.push({ id: source.id, name: source.name.slice(0, screenShareLimits.nameLength), kind, thumbnail });
  }
  return offered;
}
