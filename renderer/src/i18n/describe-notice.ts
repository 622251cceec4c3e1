import type { AppNotice } from '../../../shared/ipc/contract';
import { noticeMessagePath } from '../../../shared/notices/notice-text';
import type { MessageKey, Translate } from './translate';

/** A notice from main in the current language; one without a key (an older main) shows main's English. */
export function describeNotice(notice: AppNotice, t: Translate): string {
  if (!notice.text) return notice.message;
  // A path shared/ builds from the notice's key and values; the message-file tests check that every such path is a message.
  const key = `notice.${noticeMessagePath(notice.text)}` as MessageKey;
  return t(key, notice.text.params);
}
