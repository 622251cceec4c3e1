import type { CallView } from '../../../shared/calls/call-view';
import type { Phase } from '../../../shared/session/state';
import type { CallsSnapshot } from '../engine/calls/call-controller-api';
import type { Translate } from '../i18n/translate';
import { arrangeLiveCalls } from './call-focus';
import { describeCallState, isLive } from './call-text';
import { peerName } from './peer-text';

/*
 * One vocabulary for a call's state, shared by the call card, the status bar and the window
 * title, so the three never disagree ("Ready" above a call, "Connected" while reconnecting).
 */

/** The call card's state line: "Calling…" until the callee rings, "Reconnecting…" while the agent is. */
export function describeCallStatus(call: CallView, reconnecting: boolean, t: Translate): string {
  if (reconnecting && isLive(call.state)) return t('callState.reconnecting');
  if (call.direction === 'outgoing' && (call.state === 'None' || call.state === 'Connecting')) return t('callState.calling');
  return describeCallState(call.state, t);
}

/**
 * The status bar's words: the session phase, except that a ready session in a call says
 * "In a call", and a ready session whose agent lost its connection says "Reconnecting…"
 * (the session turns to retrying only after a grace period; calls are refused meanwhile).
 * Undefined means: say the phase.
 */
export function callStatusLine(phase: Phase, calls: CallsSnapshot | undefined, t: Translate): string | undefined {
  if (phase.name !== 'ready' || !calls) return undefined;
  if (calls.reconnecting) return t('status.reconnecting');
  if (calls.calls.some((call) => isLive(call.state))) return t('status.inCall');
  return undefined;
}

/**
 * What the window title says about calls: the caller while one rings in, the call while one is
 * up (the active one before one on hold); undefined when there is no call, for the plain title.
 */
export function callWindowTitle(calls: CallsSnapshot, t: Translate): string | undefined {
  const ringing = calls.incoming[0];
  if (ringing) return t('windowTitle.ringing', { peer: peerName(ringing.caller, t) });
  const active = arrangeLiveCalls(calls.calls.filter((call) => isLive(call.state))).focus;
  if (!active) return undefined;
  return t('windowTitle.inCall', { peer: peerName(active.peer, t), state: describeCallStatus(active, calls.reconnecting, t) });
}
