import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/*
 * `npm run screenshots`: the README's pictures, taken from the web shell by the same fixtures
 * the end-to-end tests use, so they show the app as it is today. Not part of `npm test`.
 */
export default defineConfig({
  ...base,
  testDir: 'test/e2e/screenshots',
  testMatch: '**/*.shot.ts',
  workers: 1,
  use: { ...base.use, viewport: { width: 420, height: 720 }, colorScheme: 'light' },
});
