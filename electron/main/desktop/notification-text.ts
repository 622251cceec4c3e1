/** What a call notification says. */
export interface NotificationText {
  title: string;
  body: string;
}

/**
 * A notification's title and body, made safe for the platform's notification server. The
 * caller's name is chosen by whoever calls, and on Linux it goes through libnotify to servers
 * that read the text as markup (KDE, XFCE, dunst, mako): unescaped, a caller named
 * `<a href=…>` or `<img src=…>` would put a link or an image of their choosing on the desktop.
 * Other platforms show the text as it is, so escaping there would show `&amp;` literally.
 */
export function notificationTextFor(text: NotificationText, platform: NodeJS.Platform): NotificationText {
  if (platform !== 'linux') return text;
  return { title: escapeNotificationMarkup(text.title), body: escapeNotificationMarkup(text.body) };
}

/** Electron shows notification buttons (`actions`) on macOS only; elsewhere a click is the answer. */
export function notificationActionsSupported(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

/** The three characters the Desktop Notifications markup (a small XML subset) gives meaning to. */
export function escapeNotificationMarkup(text: string): string {
  return text.replace(/[&<>]/g, (character) => markupEntities[character as keyof typeof markupEntities]);
}

const markupEntities = { '&': '&amp;', '<': '&lt;', '>': '&gt;' } as const;
