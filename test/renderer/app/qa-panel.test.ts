import { nextTick, ref } from 'vue';
import { describe, expect, it } from 'vitest';
import { createQaPanel, installQaPanelShortcut, isQaPanelShortcut } from '../../../renderer/src/app/qa-panel';

const key = (over: Partial<KeyboardEvent>) => ({ key: 'D', ctrlKey: false, metaKey: false, shiftKey: true, altKey: false, ...over });

describe('QA panel', () => {
  it('stays hidden from end users: the shortcut does nothing without --qa or the setting', () => {
    const panel = createQaPanel(false, () => false);
    panel.toggle();
    expect(panel.enabled.value).toBe(false);
    expect(panel.open.value).toBe(false);
  });

  it('opens with --qa, and the shortcut hides and shows it', () => {
    const panel = createQaPanel(true, () => undefined);
    expect(panel.open.value).toBe(true);
    panel.toggle();
    expect(panel.open.value).toBe(false);
    panel.toggle();
    expect(panel.open.value).toBe(true);
  });

  it('follows the setting: switching it on opens the panel, switching it off closes it', async () => {
    const setting = ref(false);
    const panel = createQaPanel(false, () => setting.value);
    setting.value = true;
    await nextTick();
    expect(panel.open.value).toBe(true);
    setting.value = false;
    await nextTick();
    expect(panel.open.value).toBe(false);
    panel.toggle();
    expect(panel.open.value).toBe(false);
  });

  it('recognises Ctrl+Shift+D and Cmd+Shift+D, nothing else', () => {
    expect(isQaPanelShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isQaPanelShortcut(key({ metaKey: true, key: 'd' }))).toBe(true);
    expect(isQaPanelShortcut(key({ ctrlKey: true, shiftKey: false, key: 'd' }))).toBe(false);
    expect(isQaPanelShortcut(key({ ctrlKey: true, altKey: true }))).toBe(false);
    expect(isQaPanelShortcut(key({ ctrlKey: true, key: 'E' }))).toBe(false);
  });

  it('the page listener toggles on the shortcut, keeps it from the browser, and can be removed', () => {
    const target = new EventTarget();
    const panel = createQaPanel(true, () => undefined);
    const stop = installQaPanelShortcut(target as unknown as Window, panel);
    const event = Object.assign(new Event('keydown', { cancelable: true }), key({ ctrlKey: true }));
    target.dispatchEvent(event);
    expect(panel.open.value).toBe(false);
    expect(event.defaultPrevented).toBe(true);
    stop();
    target.dispatchEvent(Object.assign(new Event('keydown', { cancelable: true }), key({ ctrlKey: true })));
    expect(panel.open.value).toBe(false);
  });
});
