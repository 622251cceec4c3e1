import { echoBotRawId, identifierFromRawId, parseCallee, peerFromCallee } from '../../../../shared/calls/callee';
import type { Peer } from '../../../../shared/calls/call-view';
import type { CountryCode } from '../../../../shared/calls/phone-number';
import { toRawSdkError } from '../../../../shared/errors/classify';
import { missingCase } from '../../../../shared/util/missing-case';
import type { ActiveAgent } from '../agent-runner';
import type { CallLike, DtmfToneLike } from '../calling-backend';
import type { DialRefusal, DialRefusalReason } from './call-controller-api';

/*
 * What the SDK is asked for when the user dials or presses a key: the one place that knows
 * how the two agent kinds start a call and how keypad keys are named.
 */

const dtmfTones: Readonly<Record<string, DtmfToneLike>> = {
  '0': 'Num0',
  '1': 'Num1',
  '2': 'Num2',
  '3': 'Num3',
  '4': 'Num4',
  '5': 'Num5',
  '6': 'Num6',
  '7': 'Num7',
  '8': 'Num8',
  '9': 'Num9',
  '*': 'Star',
  '#': 'Pound',
};

/** The SDK's tone for a keypad key; throws for anything else. */
export function toDtmfTone(key: string): DtmfToneLike {
  const tone = dtmfTones[key];
  if (!tone) throw new Error(`"${key}" is not a keypad tone: use 0-9, * or #.`);
  return tone;
}

/** The settings a dial reads, at dial time (main owns them and may change them). */
export interface DialSettings {
  /** The ACS phone number presented on calls to phone numbers. */
  alternateCallerId?: string | undefined;
  /** The country national numbers are dialled in (the setting, else the system language's region). */
  defaultCountry?: CountryCode | undefined;
}

/** A call that may be dialled, or why not. */
export interface PlannedDial {
  ok: true;
  active: ActiveAgent;
  rawId: string;
  peer: Peer;
  alternateCallerId: string | undefined;
}
export type DialPlan = PlannedDial | { ok: false; refusal: DialRefusal };

const refused = (reason: DialRefusalReason): DialPlan => ({ ok: false, refusal: { kind: 'refused', reason } });

/**
 * Whether and how to dial what the user typed, decided before any SDK call. `active` is the
 * agent when the dial began; `stillActive` says it is still the agent now (settings were read in between).
 */
export function planDial(input: string, settings: DialSettings, active: ActiveAgent | undefined, stillActive: boolean): DialPlan {
  const callee = parseCallee(input, { defaultCountry: settings.defaultCountry });
  if (!callee.ok) return { ok: false, refusal: { kind: 'callee', callee: callee.refusal } };
  if (!active || active.agent.connectionState !== 'Connected') return refused('notConnected');
  if (!stillActive) return refused('signedOutDuringSetup');
  if (active.kind === 'teams' && callee.kind === 'acsUser') return refused('teamsCannotCallAcsUser');
  // A Teams user calls phone numbers with their own Teams number; an ACS user presents one of the resource's.
  const alternateCallerId = callee.kind === 'phoneNumber' && active.kind === 'acs' ? settings.alternateCallerId : undefined;
  if (callee.kind === 'phoneNumber' && active.kind === 'acs' && !alternateCallerId) return refused('callerIdMissing');
  return { ok: true, active, rawId: callee.rawId, peer: peerFromCallee(callee), alternateCallerId };
}

/** A test call is an ACS call: a Teams identity cannot reach the ACS echo bot. */
export function planTestCall(active: ActiveAgent | undefined): DialPlan {
  if (!active || active.agent.connectionState !== 'Connected') return refused('notConnected');
  if (active.kind === 'teams') return refused('testCallNeedsAcs');
  return { ok: true, active, rawId: echoBotRawId, peer: { rawId: echoBotRawId, kind: 'acsUser', display: echoBotRawId }, alternateCallerId: undefined };
}

/** The SDK's own message for a call it would not start (e.g. calling yourself), with its codes. */
export function describeStartError(error: unknown): string {
  const raw = toRawSdkError(error);
  const codes = raw.code === undefined ? '' : ` (${raw.code}/${raw.subCode ?? '-'})`;
  return `${raw.message}${codes}`;
}

/** The two agents start a 1:1 call differently: CallAgent takes a list, TeamsCallAgent one participant. */
export function dial(active: ActiveAgent, rawId: string, alternateCallerId: string | undefined, audio: { muted: boolean }): CallLike {
  const participant = identifierFromRawId(rawId);
  // The SDK starts the call's microphone muted or not: no moment of open microphone before a mute().
  const audioOptions = { muted: audio.muted };
  switch (active.kind) {
    case 'acs':
      return active.agent.startCall(
        [participant],
        alternateCallerId === undefined ? { audioOptions } : { alternateCallerId: { phoneNumber: alternateCallerId }, audioOptions },
      );
    case 'teams':
      if (participant.kind === 'communicationUser' || participant.kind === 'teamsExtensionUser') {
        throw new Error(`A Teams user cannot call this identity (${participant.kind}).`);
      }
      return active.agent.startCall(participant, { audioOptions });
    default:
      return missingCase(active);
  }
}
