import { missingCase } from '../../../../shared/util/missing-case';
import type { CallEndReasonLike } from '../calling-backend';
import type { AnswerMode, SimulatorCallTimings } from './simulated-call-desk';

/** What the remote side does once it rings, and after how long: answer, or end with the SDK's reason. */
export interface PlannedAnswer {
  afterMs: number;
  outcome: 'answer' | CallEndReasonLike;
}

/**
 * The remote side's answer under an answer mode, for a call the app places and for a person it
 * adds to a call alike: the SDK's own code/subCode pairs, phone numbers' (5604xx) where they differ.
 * `manual` waits to be told, so it ends only when nobody says anything for noAnswerMs.
 */
export function plannedAnswer(mode: AnswerMode, toPhone: boolean, timings: SimulatorCallTimings): PlannedAnswer {
  switch (mode) {
    case 'auto':
      return { afterMs: timings.answerMs, outcome: 'answer' };
    case 'decline':
      return { afterMs: timings.answerMs, outcome: toPhone ? { code: 603, subCode: 560603 } : { code: 603, subCode: 0 } };
    case 'busy':
      return { afterMs: timings.answerMs, outcome: toPhone ? { code: 486, subCode: 560486 } : { code: 486, subCode: 0 } };
    case 'manual':
    case 'noAnswer':
    case 'unavailable':
      return { afterMs: timings.noAnswerMs, outcome: toPhone ? { code: 480, subCode: 560480 } : { code: 408, subCode: 10057 } };
    default:
      return missingCase(mode);
  }
}

/** Before it rings: a phone number needs an ACS caller id, and an unreachable callee never rings. */
export function refusedBeforeRinging(mode: AnswerMode, toPhone: boolean, acsWithoutCallerId: boolean): CallEndReasonLike | undefined {
  if (toPhone && acsWithoutCallerId) return { code: 403, subCode: 560403 };
  if (mode === 'unavailable') return toPhone ? { code: 404, subCode: 560404 } : { code: 480, subCode: 10037 };
  return undefined;
}
