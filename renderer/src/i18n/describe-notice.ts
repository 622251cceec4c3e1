import type { AppNotice } from '../../../shared/ipc/contract';
import { noticeMessagePath } from '../../../shared/notices/notice-text';
import type { Translate } from './translate';

/** A notice from main in the current language; one without a key (an older main) shows main's English. */
export function describeNotice(notice: AppNotice, t: Translate): string {
  return notice.text ? t(`notice.${noticeMessagePath(notice.text)}`, notice.text.params) : notice.message;
}
