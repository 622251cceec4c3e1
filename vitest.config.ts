import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Renderer tests opt into happy-dom with a `// @vitest-environment happy-dom` line.
    restoreMocks: true,
    // Installs vue-i18n for component mounts (see the file).
    setupFiles: ['test/renderer/support/i18n-for-mounts.ts'],
    testTimeout: 20_000,
  },
});
