import { ref, type Ref } from 'vue';

/** Puts text on the clipboard; components take one as a prop so tests can give their own. */
export type CopyText = (text: string) => Promise<void>;

/** The page's clipboard. */
export const clipboardCopy: CopyText = (text) => navigator.clipboard.writeText(text);

/** What the last copy came to, for a short confirmation next to the button. */
export type CopyOutcome = 'none' | 'copied' | 'failed';

/**
 * A copy button's behaviour: copies, and when the clipboard is refused (no focus, a policy)
 * selects the shown text instead, so Ctrl+C still works. `copy` is read at each click so a
 * prop given later is used.
 */
export function useCopyToClipboard(copy: () => CopyText | undefined): { outcome: Ref<CopyOutcome>; copyShown: (text: string, shown: HTMLElement | undefined) => Promise<void> } {
  // View state: the outcome of the last copy, until the owner resets it.
  const outcome = ref<CopyOutcome>('none');
  async function copyShown(text: string, shown: HTMLElement | undefined): Promise<void> {
    try {
      await (copy() ?? clipboardCopy)(text);
      outcome.value = 'copied';
    } catch {
      outcome.value = 'failed';
      if (shown) selectContents(shown);
    }
  }
  return { outcome, copyShown };
}

function selectContents(element: HTMLElement): void {
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}
