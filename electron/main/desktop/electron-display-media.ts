import type { ScreenShareRefusal } from '../../../shared/calls/screen-share';
import { errorMessage } from '../../../shared/util/error-message';
import type { Logger } from '../ports';
import type { RendererLocation } from '../renderer-location';
import { answerDisplayMediaRequest, type DisplayMediaFrame, type DisplayMediaRequest, type DisplayMediaStreams, type ScreenSharePicker } from './display-media';
import type { MediaAccessStatus } from './media-permissions';

/** Thumbnails for the picker: big enough to recognise a window, small enough for IPC. */
export const thumbnailSize = { width: 320, height: 180 } as const;

/** A frame as Electron's WebFrameMain identifies it: a frame token is unique within its renderer process. */
export interface IdentifiedFrame extends DisplayMediaFrame {
  readonly processId: number;
  readonly frameToken: string;
}

/** The parts of Electron screen sharing uses; index.ts passes the real ones, tests fakes. */
export interface DisplayMediaElectron {
  /** The session our windows load in (session.defaultSession); no other session gets a handler. */
  session: {
    setDisplayMediaRequestHandler(
      handler: (request: DisplayMediaRequest & { frame: IdentifiedFrame | null }, callback: (streams: DisplayMediaStreams) => void) => void,
      opts?: { useSystemPicker: boolean },
    ): void;
  };
  desktopCapturer: {
    getSources(options: { types: ('screen' | 'window')[]; thumbnailSize: { width: number; height: number } }): Promise<{ id: string; name: string; thumbnail: { toDataURL(): string } }[]>;
  };
  systemPreferences: { getMediaAccessStatus(mediaType: 'screen'): MediaAccessStatus };
}

/** A main window as screen sharing sees it: its page's top frame. */
export interface DisplayMediaWindow {
  readonly webContents: { isDestroyed(): boolean; readonly mainFrame: { readonly processId: number; readonly frameToken: string } };
}

export interface DisplayMediaWiring<W extends DisplayMediaWindow> {
  platform: NodeJS.Platform;
  renderer: RendererLocation;
  picker: Pick<ScreenSharePicker, 'ask'>;
  /** Our open windows with the ids the core knows them by. */
  windows(): { window: W; windowId: string }[];
  isWindowInCall(windowId: string): boolean;
  /** Tells a window why its share could not start (the `screenShare.pick` event). */
  refuse(windowId: string, reason: ScreenShareRefusal): void;
  logger: Logger;
}

/**
 * Registers the display-media handler. On macOS the system picker is used where it exists
 * (macOS 15 and later): Electron then shows the OS's own picker, which is the user's consent
 * and needs no Screen Recording permission, and does not call the handler; elsewhere (and on
 * older macOS) the handler below runs its checks and asks the window.
 */
export function installDisplayMedia<W extends DisplayMediaWindow>(electron: DisplayMediaElectron, wiring: DisplayMediaWiring<W>): void {
  const { logger } = wiring;
  electron.session.setDisplayMediaRequestHandler(
    (request, callback) => {
      answerDisplayMediaRequest(request, {
        renderer: wiring.renderer,
        platform: wiring.platform,
        picker: wiring.picker,
        windowIdOf: () => windowIdOfFrame(wiring.windows(), request.frame),
        isWindowInCall: (windowId) => wiring.isWindowInCall(windowId),
        listSources: async () =>
          (await electron.desktopCapturer.getSources({ types: ['screen', 'window'], thumbnailSize })).map((source) => ({
            id: source.id,
            name: source.name,
            thumbnailDataUrl: source.thumbnail.toDataURL(),
          })),
        screenAccess: () => electron.systemPreferences.getMediaAccessStatus('screen'),
        refuse: (windowId, reason) => wiring.refuse(windowId, reason),
        logger,
      }).then(
        (streams) => answer(callback, streams, logger),
        (error: unknown) => {
          logger.error('screen share request failed', { error: errorMessage(error) });
          answer(callback, null, logger);
        },
      );
    },
    { useSystemPicker: wiring.platform === 'darwin' },
  );
}

/** The window whose page's top frame made the request. */
function windowIdOfFrame(windows: { window: DisplayMediaWindow; windowId: string }[], frame: IdentifiedFrame | null): string | undefined {
  if (!frame) return undefined;
  for (const { window, windowId } of windows) {
    const contents = window.webContents;
    if (contents.isDestroyed()) continue;
    if (contents.mainFrame.processId === frame.processId && contents.mainFrame.frameToken === frame.frameToken) return windowId;
  }
  return undefined;
}

/** Electron throws when the requesting frame is gone by now; the request has then ended anyway. */
function answer(callback: (streams: DisplayMediaStreams) => void, streams: DisplayMediaStreams, logger: Logger): void {
  try {
    callback(streams);
  } catch (error) {
    logger.warn('screen share request ended before it was answered', { error: errorMessage(error) });
  }
}
