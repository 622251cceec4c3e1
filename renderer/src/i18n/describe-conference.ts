import type { Peer } from '../../../shared/calls/call-view';
import type { ConferenceNotice, ParticipantState, WhyNot } from '../../../shared/calls/conference-view';
import { describeEndReason } from '../../../shared/calls/end-reasons';
import { missingCase } from '../../../shared/util/missing-case';
import { peerName } from '../app/peer-text';
import { describeCallEnd } from './describe-call-end';
import type { Translate } from './translate';

/** "Bob", "Bob and Carol", "Bob, Carol and Dave". */
export function joinPeerNames(peers: readonly Peer[], t: Translate): string {
  const names = peers.map((peer) => peerName(peer, t));
  const last = names.pop();
  if (last === undefined) return '';
  return names.length === 0 ? last : t('conference.and', { first: names.join(', '), last });
}

/** Why someone did not join: the SDK's end reason in words (with its codes), its own message, or the app's refusal. */
export function describeWhyNot(why: WhyNot, t: Translate): string {
  if (why.refusal) return t(`conference.refusal.${why.refusal}`);
  if (why.endReason) {
    const end = describeEndReason(why.endReason, 'outgoing');
    return t('conference.reasonWithCodes', { reason: describeCallEnd(end, t).explanation, codes: end.codes });
  }
  return why.detail ?? t('conference.unknownReason');
}

export function describeParticipantState(state: ParticipantState, t: Translate): string {
  return t(`conference.state.${state}`);
}

/** The call's last piece of conference news, in the current language. */
export function describeConferenceNotice(notice: ConferenceNotice, t: Translate): string {
  switch (notice.kind) {
    case 'addFailed':
      return t('conference.notice.addFailed', { peer: peerName(notice.peer, t), reason: describeWhyNot(notice.why, t) });
    case 'left':
      return t('conference.notice.left', { peer: peerName(notice.peer, t) });
    case 'merging':
      return t('conference.notice.merging', { peers: joinPeerNames(notice.peers, t) });
    case 'merged':
      return t('conference.notice.merged', { peers: joinPeerNames(notice.peers, t) });
    case 'mergeFailed':
      return t('conference.notice.mergeFailed', { peers: joinPeerNames(notice.peers, t), reason: describeWhyNot(notice.why, t) });
    default:
      return missingCase(notice);
  }
}
