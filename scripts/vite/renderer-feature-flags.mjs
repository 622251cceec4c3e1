/*
 * Compile-time switches for the renderer's libraries, shared by vite.renderer.config.ts and
 * electron.vite.config.ts. Left undefined, vue-i18n's esm-bundler build turns every feature
 * on at run time: its legacy (Options API) mode, the global <i18n-t>/<i18n-n>/<i18n-d>
 * components and devtools hooks, all code the first screen then evaluates. The app uses the
 * Composition API only (`useI18n`), so those are off and dropped from the bundle. The message
 * compiler stays: messages are TypeScript objects, compiled on first use.
 */
export const rendererDefines = {
  __VUE_I18N_LEGACY_API__: 'false',
  __VUE_I18N_FULL_INSTALL__: 'false',
  __INTLIFY_PROD_DEVTOOLS__: 'false',
  __INTLIFY_DROP_MESSAGE_COMPILER__: 'false',
};

/** Vue's own: no Options API (every component is `<script setup>`), no devtools in builds. */
export const rendererVueFeatures = { optionsAPI: false, prodDevtools: false };
