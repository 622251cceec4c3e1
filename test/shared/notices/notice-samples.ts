import { calleeRefusalReasons } from '../../../shared/calls/callee';
import { noticeDocuments, type NoticeText } from '../../../shared/notices/notice-text';

/** One notice for every message there is: each key, with each file and each callee refusal it can name. */
export const noticeSamples: readonly NoticeText[] = [
  ...noticeDocuments.flatMap((document): NoticeText[] => [
    { key: 'documentLeftAsIs', params: { document, reason: 'EACCES: permission denied', path: '/home/ada/.config/softphone/data.json' } },
    { key: 'documentRepaired', params: { document, problem: 'reset to default: ringtone', backupPath: '/home/ada/.config/softphone/data.corrupt-1.json' } },
    { key: 'documentReset', params: { document, backupPath: '/home/ada/.config/softphone/data.corrupt-1.json' } },
    { key: 'documentRepairedSecretsLeftOut', params: { document, problem: 'reset to default: ringtone', backupPath: '/home/ada/.config/softphone/data.corrupt-1.json' } },
    { key: 'documentResetSecretsLeftOut', params: { document, backupPath: '/home/ada/.config/softphone/data.corrupt-1.json' } },
  ]),
  { key: 'historyNotAdded', params: { reason: 'ENOSPC: no space left on device, write' } },
  { key: 'historyNotCleared', params: { reason: 'ENOSPC: no space left on device, write' } },
  { key: 'historySeenNotSaved', params: { reason: 'ENOSPC: no space left on device, write' } },
  { key: 'contactsNotSaved', params: { reason: 'ENOSPC: no space left on device, write' } },
  { key: 'microphoneDenied', params: { appName: 'ACS Softphone' } },
  { key: 'microphoneRestricted', params: { appName: 'ACS Softphone' } },
  { key: 'microphoneUnexpected', params: { status: 'sometimes' } },
  { key: 'linkNotText', params: {} },
  { key: 'linkTooLong', params: { length: 2048, max: 1024 } },
  { key: 'linkInvisibleCharacters', params: {} },
  { key: 'linkNotDialScheme', params: {} },
  { key: 'linkBrokenEscape', params: {} },
  { key: 'linkEncodedTwice', params: {} },
  { key: 'linkEmpty', params: { scheme: 'callto' } },
  { key: 'linkTelNeedsPhoneNumber', params: {} },
  ...calleeRefusalReasons.map((refusal): NoticeText => ({ key: 'linkCalleeRefused', params: { refusal } })),
];
