import { computed, ref, type Ref } from 'vue';
import type { DialSuggestion } from './dial-suggestions';

/**
 * The keyboard of a field offering contacts and past calls as it is typed in (the dialer's, the
 * transfer form's): the arrow keys move through the matches (past either end back to the field,
 * as a native list would), Enter picks the one they are on, Escape closes the list until the
 * next keystroke. The field is the combobox; the list is DialSuggestions.
 */
export function useSuggestionList(typed: Ref<string>, suggest: () => ((typed: string) => DialSuggestion[]) | undefined, onPick: (suggestion: DialSuggestion) => unknown) {
  const active = ref(-1);
  const closed = ref(false);
  const suggestions = computed(() => {
    const source = suggest();
    return source && !closed.value ? source(typed.value) : [];
  });

  function pick(suggestion: DialSuggestion): void {
    closed.value = true;
    active.value = -1;
    void onPick(suggestion);
  }

  function onKeydown(event: KeyboardEvent): void {
    const count = suggestions.value.length;
    if (!count) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const next = active.value + (event.key === 'ArrowDown' ? 1 : -1);
      active.value = next < -1 ? count - 1 : next >= count ? -1 : next;
    } else if (event.key === 'Enter' && active.value >= 0) {
      const picked = suggestions.value[active.value];
      if (picked) pick(picked);
    } else if (event.key === 'Escape') {
      closed.value = true;
    } else return;
    event.preventDefault();
    // Escape closing the list must not also close what holds the field (the transfer form).
    event.stopPropagation();
  }

  /** Typing opens the list again, with no match chosen. */
  function reopen(): void {
    closed.value = false;
    active.value = -1;
  }

  return { suggestions, active, pick, onKeydown, reopen };
}
