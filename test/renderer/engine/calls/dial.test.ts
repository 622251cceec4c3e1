import { describe, expect, it } from 'vitest';
import type { ActiveAgent } from '../../../../renderer/src/engine/agent-runner';
import { describeStartError, planDial, planTestCall, toDtmfTone } from '../../../../renderer/src/engine/calls/dial';
import { bob } from '../support/signed-in-calls';

function agentOf(kind: 'acs' | 'teams', connectionState: 'Connected' | 'Disconnected' = 'Connected'): ActiveAgent {
  return { kind, agent: { connectionState }, callClient: {} } as unknown as ActiveAgent;
}

describe('planning a dial', () => {
  it('an ACS user dials a phone number with the caller id from settings', () => {
    const active = agentOf('acs');
    expect(planDial('+1 425 555 0123', { alternateCallerId: '+14255550100' }, active, true)).toEqual({
      ok: true,
      active,
      rawId: '4:+14255550123',
      peer: { rawId: '4:+14255550123', kind: 'phoneNumber', display: '+14255550123' },
      alternateCallerId: '+14255550100',
    });
  });

  it('refuses in the order the user can fix it: the callee, the connection, a sign-out meanwhile, the identity, the caller id', () => {
    expect(planDial('', {}, undefined, true)).toMatchObject({ ok: false, refusal: { kind: 'callee', callee: { reason: 'empty' } } });
    expect(planDial(bob, {}, agentOf('acs', 'Disconnected'), true)).toMatchObject({ refusal: { reason: 'notConnected' } });
    expect(planDial(bob, {}, agentOf('acs'), false)).toMatchObject({ refusal: { reason: 'signedOutDuringSetup' } });
    expect(planDial(bob, {}, agentOf('teams'), true)).toMatchObject({ refusal: { reason: 'teamsCannotCallAcsUser' } });
    expect(planDial('+14255550123', {}, agentOf('acs'), true)).toMatchObject({ refusal: { reason: 'callerIdMissing' } });
  });

  it('a Teams user dials a phone number without a caller id, even with one in settings', () => {
    expect(planDial('+14255550123', { alternateCallerId: '+14255550100' }, agentOf('teams'), true)).toMatchObject({ ok: true, alternateCallerId: undefined });
  });
});

describe('planning a test call', () => {
  it('dials the echo bot on an ACS agent, with no caller id', () => {
    expect(planTestCall(agentOf('acs'))).toMatchObject({ ok: true, rawId: '8:echo123', alternateCallerId: undefined });
  });

  it('needs a connected ACS agent', () => {
    expect(planTestCall(undefined)).toMatchObject({ refusal: { reason: 'notConnected' } });
    expect(planTestCall(agentOf('teams'))).toMatchObject({ refusal: { reason: 'testCallNeedsAcs' } });
  });
});

describe('keypad tones and start errors', () => {
  it('names keypad keys as the SDK does and refuses others', () => {
    expect(['0', '9', '*', '#'].map(toDtmfTone)).toEqual(['Num0', 'Num9', 'Star', 'Pound']);
    expect(() => toDtmfTone('A')).toThrow(/keypad tone/);
  });

  it('an SDK start error keeps its message and codes', () => {
    expect(describeStartError(Object.assign(new Error('Cannot call yourself.'), { code: 400, subCode: 41031 }))).toBe('Cannot call yourself. (400/41031)');
    expect(describeStartError(new Error('Boom'))).toBe('Boom');
  });
});
