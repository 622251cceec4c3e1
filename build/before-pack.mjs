// electron-builder beforePack hook: refuses an update feed that is not https. electron-updater
// downloads and installs what the feed (electron-builder.yml: publish.url, from UPDATE_FEED_URL)
// names, and only a signed build checks the update's signature, so over plain http anyone on the
// network path could hold back updates or, for an unsigned build, install their own code. The URL
// is written into the app at packaging, so packaging is where it is refused.

/** Why the feed URL cannot be used, or undefined when it can (or when no feed is set). */
export function updateFeedProblem(value) {
  const url = value?.trim();
  if (!url) return undefined;
  if (!URL.canParse(url)) return 'UPDATE_FEED_URL is not a URL. Set it to the https:// address of the update feed.';
  if (new URL(url).protocol !== 'https:') {
    return `UPDATE_FEED_URL must be an https:// URL (it is ${new URL(url).protocol}//…): the app installs what the feed names, so the feed must not be readable or changeable on the way.`;
  }
  return undefined;
}

export default async function beforePack(_context, env = process.env) {
  const problem = updateFeedProblem(env.UPDATE_FEED_URL);
  if (problem) throw new Error(`ACS Softphone cannot be packaged: ${problem}`);
}
