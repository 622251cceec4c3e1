/** What an incoming-call notification says. */
export interface NotificationText {
  title: string;
  body: string;
}

/**
 * The title and body of an incoming-call notification, made safe for the platform's notification
 * server. The caller's name is chosen by whoever calls, and on Linux it goes through libnotify to
 * servers that read the body as markup (KDE, XFCE, dunst, mako): unescaped, a caller named
 * `<a href=…>` or `<img src=…>` would put a link or an image of their choosing on the desktop.
 * Other platforms show the text as it is, so escaping there would show `&amp;` literally.
 */
export function incomingCallNotificationText(caller: string, platform: NodeJS.Platform): NotificationText {
  const text = { title: 'Incoming call', body: caller || 'Unknown caller' };
  if (platform !== 'linux') return text;
  return { title: escapeNotificationMarkup(text.title), body: escapeNotificationMarkup(text.body) };
}

/** The three characters the Desktop Notifications markup (a small XML subset) gives meaning to. */
export function escapeNotificationMarkup(text: string): string {
  return text.replace(/[&<>]/g, (character) => markupEntities[character as keyof typeof markupEntities]);
}

const markupEntities = { '&': '&amp;', '<': '&lt;', '>': '&gt;' } as const;
