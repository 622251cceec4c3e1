import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

/*
 * Three projects, so each file pays only for what it needs:
 * - `main`: main process, shared code, scripts, token server. Plain Node, no setup file, and
 *   files share a worker's module cache (`isolate: false`): nothing here mocks modules or
 *   leaves globals behind, and a fresh worker per file cost more than the tests themselves.
 * - `renderer`: the window's code; components mount with the i18n setup file and opt into
 *   happy-dom per file (`// @vitest-environment happy-dom`). Also shares workers.
 * - `bench`: `npm run bench -- --quick`, after the others (`groupOrder`): it rebuilds
 *   out/renderer, which the web host's CLI tests serve, and it measures CPU, which other
 *   files running beside it would distort.
 * On a 2-core machine Vitest would use one worker (cores - 1); two keep both cores busy, since
 * most files wait on child processes or sockets rather than compute.
 */

const benchFile = 'test/scripts/bench.test.ts';

export default defineConfig({
  plugins: [vue()],
  test: {
    environment: 'node',
    restoreMocks: true,
    testTimeout: 20_000,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          include: ['test/**/*.test.ts'],
          exclude: ['test/renderer/**', 'test/e2e/**', benchFile, 'node_modules/**'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: ['test/renderer/**/*.test.ts'],
          // Installs vue-i18n for component mounts (see the file).
          setupFiles: ['test/renderer/support/i18n-for-mounts.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'bench', include: [benchFile], sequence: { groupOrder: 1 } },
      },
    ],
  },
});
