import type { CallEndReason } from '../../../shared/calls/call-view';
import { describeEndReason, type EndReasonDescription } from '../../../shared/calls/end-reasons';

/** What an ended call card and a history row show about why a call ended. */
export function describeEnd(reason: CallEndReason | undefined, direction: 'incoming' | 'outgoing'): EndReasonDescription {
  return describeEndReason(reason, direction);
}
