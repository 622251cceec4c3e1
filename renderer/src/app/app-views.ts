import { shallowRef, type ShallowRef } from 'vue';

/** The pages that sit over the main screen, before sign-in as well as after (setup: the first-run account setup). */
export type AppView = 'main' | 'settings' | 'troubleshooting' | 'setup';

export interface AppViews {
  readonly current: Readonly<ShallowRef<AppView>>;
  /** The settings field to focus when Settings opens (a sign-in error's "fix it here"). */
  readonly focusField: Readonly<ShallowRef<string | undefined>>;
  open(view: AppView, focusField?: string): void;
  /** The focus request is handed over once, to the field that takes it. */
  takeFocusField(): string | undefined;
  back(): void;
}

/**
 * Which page is up, as a store rather than component state: the app menu (through main's
 * app.command) and the sign-in screen both open Settings and Troubleshooting.
 */
export function createAppViews(): AppViews {
  const current = shallowRef<AppView>('main');
  const focusField = shallowRef<string>();
  return {
    current,
    focusField,
    open(view, field) {
      focusField.value = field;
      current.value = view;
    },
    takeFocusField() {
      const field = focusField.value;
      focusField.value = undefined;
      return field;
    },
    back() {
      current.value = 'main';
    },
  };
}
