import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import beforePack, { updateFeedProblem } from '../../build/before-pack.mjs';

describe('beforePack: the update feed', () => {
  it('accepts an https feed, and no feed at all', () => {
    expect(updateFeedProblem('https://updates.example.com/softphone/')).toBeUndefined();
    expect(updateFeedProblem(undefined)).toBeUndefined();
    expect(updateFeedProblem('  ')).toBeUndefined();
  });

  it('refuses a plain-http feed, and anything that is not a URL, saying what to set', () => {
    expect(updateFeedProblem('http://updates.example.com/softphone/')).toMatch(/^UPDATE_FEED_URL must be an https:\/\/ URL \(it is http:\/\/…\)/);
    expect(updateFeedProblem('updates.example.com')).toMatch(/^UPDATE_FEED_URL is not a URL/);
  });

  it('stops packaging with that message, so no installer with a plain-http feed is built', async () => {
    await expect(beforePack({}, { UPDATE_FEED_URL: 'http://updates.example.com/' })).rejects.toThrow(/cannot be packaged: UPDATE_FEED_URL must be an https:\/\/ URL/);
    await expect(beforePack({}, { UPDATE_FEED_URL: 'https://updates.example.com/' })).resolves.toBeUndefined();
  });

  it('is the beforePack hook electron-builder.yml names, and the feed it checks is the one published', () => {
    const config = load(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as { beforePack?: string; publish: { url: string } };
    expect(config.beforePack).toBe('build/before-pack.mjs');
    expect(config.publish.url).toBe('${env.UPDATE_FEED_URL}');
  });
});
