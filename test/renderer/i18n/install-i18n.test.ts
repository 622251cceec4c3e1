// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, h, nextTick, shallowRef, type App } from 'vue';
import { defaultSettings, type Settings } from '../../../shared/settings/settings-schema';
import StatusBar from '../../../renderer/src/features/status/StatusBar.vue';
import { createAppI18n, localeShown, showLocale, type AppI18n } from '../../../renderer/src/i18n/create-i18n';
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
    let i18n: AppI18n | undefined;
    const root = mountStatusBar((target) => {
      i18n = installI18n(target, settings, { preferred: () => ['de-CH', 'en'], onChange: () => () => undefined });
    });
    // German is its own chunk: the app waits for it before mounting (main.ts); here it arrives after.
    await localeShown(i18n!);
    await nextTick();
    expect(state(root)).toBe('Abgemeldet');
    expect(offline(root)).toBe('Offline');
    expect(document.documentElement.lang).toBe('de');
    settings.value = { ...defaultSettings, language: 'en' };
    await nextTick();
    await nextTick();
    expect(state(root)).toBe('Signed out');
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows English until another language has loaded, and the last choice wins', async () => {
    const i18n = createAppI18n();
    expect(i18n.global.availableLocales).toEqual(['en']);
    const german = showLocale(i18n, 'de');
    expect(i18n.global.locale.value).toBe('en');
    await german;
    expect(i18n.global.locale.value).toBe('de');
    expect(i18n.global.t('phase.signedOut')).toBe('Abgemeldet');

    // Already loaded: the switch is immediate. Asked for German then English: English stays.
    void showLocale(i18n, 'en');
    expect(i18n.global.locale.value).toBe('en');
    const fresh = createAppI18n();
    const slow = showLocale(fresh, 'de');
    void showLocale(fresh, 'en');
    await slow;
    expect(fresh.global.locale.value).toBe('en');
  });
});
