import type { CallFailure } from '../../../shared/calls/end-reasons';
import { missingCase } from '../../../shared/util/missing-case';
import { describeCallEnd } from './describe-call-end';
import type { Translate } from './translate';

export interface CallFailureText {
  readonly title: string;
  readonly message: string;
  readonly action: string;
}

/** The call failure notice's words for the engine's keyed failure, in the current language. */
export function describeCallFailure(failure: CallFailure, t: Translate): CallFailureText {
  switch (failure.kind) {
    case 'ended': {
      const { title, explanation, action } = describeCallEnd(failure.end, t);
      return { title, message: explanation, action };
    }
    case 'notStarted':
      return { title: t('callFailure.notStarted.title'), message: failure.detail, action: t('callFailure.notStarted.action') };
    case 'notAnswered':
      return { title: t('callFailure.notAnswered.title'), message: failure.detail, action: t('callFailure.notAnswered.action') };
    default:
      return missingCase(failure);
  }
}
