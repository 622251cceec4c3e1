import type { EndReasonDescription } from '../../../shared/calls/end-reasons';
import type { Translate } from './translate';

export interface CallEndText {
  readonly title: string;
  readonly explanation: string;
  /** Empty when nothing needs doing. */
  readonly action: string;
}

/** Why a call ended, in the current language; an unknown pair quotes its codes. */
export function describeCallEnd(end: EndReasonDescription, t: Translate): CallEndText {
  return {
    title: t(`endReason.${end.reason}.title`),
    explanation: t(`endReason.${end.reason}.explanation`, { code: end.code ?? '', subCode: end.subCode ?? '' }),
    action: end.action ? t(`endAction.${end.action}`) : '',
  };
}
