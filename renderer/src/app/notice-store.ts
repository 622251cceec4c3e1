import { shallowRef, type ShallowRef } from 'vue';
import type { SoftphoneApi } from '../../../shared/ipc/api';
import type { AppNotice } from '../../../shared/ipc/contract';

export interface NoticeStore {
  notices: ShallowRef<AppNotice[]>;
  dismiss(id: string): Promise<void>;
  dispose(): void;
}

/** Notices main posts unasked (a reset settings file...): pending ones are pulled at start, new ones pushed. */
export function createNoticeStore(api: SoftphoneApi): NoticeStore {
  const notices = shallowRef<AppNotice[]>([]);
  const add = (notice: AppNotice) => {
    if (!notices.value.some((known) => known.id === notice.id)) notices.value = [...notices.value, notice];
  };
  const stop = api.on('app.notice', add);
  void api.invoke('app.getNotices', {}).then((result) => {
    if (result.ok) result.value.forEach(add);
  });
  return {
    notices,
    async dismiss(id) {
      notices.value = notices.value.filter((notice) => notice.id !== id);
      await api.invoke('app.dismissNotice', { id });
    },
    dispose: stop,
  };
}
