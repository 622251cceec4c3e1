import { computed, ref, watch, type ComputedRef, type Ref } from 'vue';

export interface QaPanel {
  /** --qa, or "Show the QA panel" in Settings. End users never see QA tools otherwise. */
  enabled: ComputedRef<boolean>;
  open: Ref<boolean>;
  /** Ctrl/Cmd+Shift+D and the app menu's item; does nothing while QA is not enabled. */
  toggle(): void;
}

/**
 * Whether the QA panel is enabled and open. Enabling it (the flag at launch, or the setting
 * switched on) opens it; the shortcut then hides and shows it; disabling it closes it.
 */
export function createQaPanel(qaFlag: boolean, qaSetting: () => boolean | undefined): QaPanel {
  const enabled = computed(() => qaFlag || qaSetting() === true);
  const open = ref(enabled.value);
  watch(enabled, (now) => {
    open.value = now;
  });
  return {
    enabled,
    open,
    toggle() {
      if (enabled.value) open.value = !open.value;
    },
  };
}

/** Ctrl+Shift+D, or Cmd+Shift+D on macOS (the menu's CmdOrCtrl+Shift+D). */
export function isQaPanelShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'd';
}

/** Listens for the shortcut on the page; returns the function that stops listening. */
export function installQaPanelShortcut(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, panel: Pick<QaPanel, 'toggle'>): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (!isQaPanelShortcut(event)) return;
    // Chromium's own Ctrl+Shift+D (bookmark all tabs) must not fire in the browser shell.
    event.preventDefault();
    panel.toggle();
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
