import { isTrustedSenderUrl, type RendererLocation } from '../renderer-location';

/*
 * What the page may ask Chromium for, as commented data. Everything not listed is refused,
 * and nothing is granted to any page but ours (a frame, or a page reached by some future
 * bug, gets nothing).
 */
export const grantedPermissions: Readonly<Record<string, string>> = {
  // Microphone (and camera, for video calls) for the Calling SDK; also lets it list devices.
  media: 'calls need the microphone; the SDK enumerates devices through the same permission',
  // Choosing the speaker for calls and ringing (setSinkId / selectAudioOutput).
  'speaker-selection': 'the settings screen picks the speaker calls and the ringtone play on',
  // Writing plain text only ("My ID" → Copy); reading the clipboard (clipboard-read) stays refused.
  'clipboard-sanitized-write': 'the copy button puts the user\'s own id on the clipboard for them to share',
};

/**
 * Only these media kinds. Screen capture is never granted here: the page's getDisplayMedia()
 * is answered by the display-media handler (desktop/display-media.ts), which checks our page,
 * the user's click and the call before it lists anything.
 */
const grantedMediaTypes = new Set(['audio', 'video']);

export interface PermissionRequest {
  permission: string;
  /** The URL of the frame asking; Electron gives requestingUrl on requests and requestingOrigin on checks. */
  requestingUrl: string;
  isMainFrame: boolean;
  mediaTypes?: readonly string[];
}

export function isPermissionGranted(request: PermissionRequest, renderer: RendererLocation): boolean {
  if (!Object.hasOwn(grantedPermissions, request.permission)) return false;
  if (!request.isMainFrame || !isOurPage(request.requestingUrl, renderer)) return false;
  if (request.permission === 'media') return (request.mediaTypes ?? []).every((type) => grantedMediaTypes.has(type));
  return true;
}

/** A permission check carries only the origin; for file: pages Chromium reports "file://". */
function isOurPage(url: string, renderer: RendererLocation): boolean {
  if (isTrustedSenderUrl(url, renderer)) return true;
  if (renderer.kind === 'file') return url === 'file://' || url === 'file:///';
  return URL.canParse(url) && new URL(url).origin === new URL(renderer.url).origin;
}

/** The parts of Electron's Session the policy uses (a fake in tests). */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (
      contents: { getURL(): string } | null,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string; isMainFrame?: boolean; mediaTypes?: string[] },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (contents: { getURL(): string } | null, permission: string, requestingOrigin: string, details: { isMainFrame?: boolean; mediaType?: string }) => boolean,
  ): void;
}

/** Installs the policy on the app's session: requests and silent checks get the same answer. */
export function installPermissionPolicy(session: PermissionSession, renderer: RendererLocation): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(
      isPermissionGranted(
        {
          permission,
          requestingUrl: details.requestingUrl ?? contents?.getURL() ?? '',
          isMainFrame: details.isMainFrame ?? false,
          ...(details.mediaTypes ? { mediaTypes: details.mediaTypes } : {}),
        },
        renderer,
      ),
    );
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionGranted(
      {
        permission,
        requestingUrl: requestingOrigin,
        isMainFrame: details.isMainFrame ?? false,
        ...(details.mediaType && details.mediaType !== 'unknown' ? { mediaTypes: [details.mediaType] } : {}),
      },
      renderer,
    ),
  );
}
