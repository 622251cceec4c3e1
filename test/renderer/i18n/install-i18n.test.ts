// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, h, nextTick, shallowRef, type App } from 'vue';
import { defaultSettings, type Settings } from '../../../shared/settings/settings-schema';
import StatusBar from '../../../renderer/src/features/status/StatusBar.vue';
import { installI18n } from '../../../renderer/src/i18n/install-i18n';
import type { SessionView } from '../../../shared/session/state';

// Plain createApp, not @vue/test-utils: its global config installs i18n for every mount.
let app: App | undefined;
afterEach(() => app?.unmount());

function mountStatusBar(install: (app: App) => void): HTMLElement {
  const root = document.createElement('div');
  const view = { phase: { name: 'signedOut' }, online: false } as unknown as SessionView;
  app = createApp({ render: () => h(StatusBar, { view }) });
  install(app);
  app.mount(root);
  return root;
}

const offline = (root: HTMLElement) => root.querySelector('[data-testid="network-offline"]')?.textContent;
const state = (root: HTMLElement) => root.querySelector('[data-testid="agent-state"]')?.textContent;

describe('installI18n', () => {
  it('starts in the system language and follows the language setting', async () => {
    const settings = shallowRef<Settings>();
    const root = mountStatusBar((target) => installI18n(target, settings, { preferred: () => ['de-CH', 'en'], onChange: () => () => undefined }));
    expect(state(root)).toBe('Abgemeldet');
    expect(offline(root)).toBe('Offline');
    expect(document.documentElement.lang).toBe('de');
    settings.value = { ...defaultSettings, language: 'en' };
    await nextTick();
    await nextTick();
    expect(state(root)).toBe('Signed out');
    expect(document.documentElement.lang).toBe('en');
  });
});
