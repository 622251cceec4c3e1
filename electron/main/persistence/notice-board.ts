import type { AppNotice, AppNoticeLevel } from '../../../shared/ipc/contract';
import type { NoticeText } from '../../../shared/notices/notice-text';
import { englishNotice } from '../../../shared/notices/english-notices';

/**
 * Things the user must be told that no request asked about: a settings file that was reset,
 * history that could not be saved. A notice stays pending until a window dismisses it, so a
 * window opened (or reloaded) later still shows it; the core sends the pending ones to each
 * window as it attaches and new ones to every window. A notice is posted as a key and values,
 * which windows word in the user's language; its English `message` is for logs.
 */
export class NoticeBoard {
  private readonly notices = new Map<string, AppNotice>();
  private readonly listeners = new Set<(notice: AppNotice) => void>();
  private nextId = 1;

  post(level: AppNoticeLevel, text: NoticeText): AppNotice {
    const message = englishNotice(text);
    // The same failure repeating (every history write on a full disk) is one notice, not a pile.
    const existing = [...this.notices.values()].find((notice) => notice.message === message);
    if (existing) return existing;
    const notice: AppNotice = { id: `notice-${this.nextId++}`, level, message, text };
    this.notices.set(notice.id, notice);
    for (const listener of this.listeners) listener(notice);
    return notice;
  }

  dismiss(id: string): boolean {
    return this.notices.delete(id);
  }

  pending(): AppNotice[] {
    return [...this.notices.values()];
  }

  onPost(listener: (notice: AppNotice) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
