import { describe, expect, it, vi } from 'vitest';
import type { AcsConferenceCallLike, CallLike, CollectionUpdatedListener, ParticipantLike, ParticipantStateLike, PropertyChangedListener } from '../../../../renderer/src/engine/calling-backend';
import { CallParticipants } from '../../../../renderer/src/engine/calls/call-participants';
import { identifierFromRawId } from '../../../../shared/calls/callee';

/** A RemoteParticipant the test moves by hand, as the SDK would. */
class FakeParticipant implements ParticipantLike {
  readonly identifier;
  state: ParticipantStateLike = 'Connecting';
  isMuted = false;
  displayName: string | undefined;
  callEndReason: { code: number; subCode?: number } | undefined;
  private readonly listeners = new Set<PropertyChangedListener>();
  constructor(rawId: string, displayName?: string) {
    this.identifier = identifierFromRawId(rawId);
    this.displayName = displayName;
  }
  on(_event: string, listener: PropertyChangedListener) {
    this.listeners.add(listener);
  }
  off(_event: string, listener: PropertyChangedListener) {
    this.listeners.delete(listener);
  }
  get listening() {
    return this.listeners.size;
  }
  set(change: Partial<Pick<FakeParticipant, 'state' | 'isMuted' | 'callEndReason'>>) {
    Object.assign(this, change);
    for (const listener of [...this.listeners]) listener();
  }
}

function fakeCall(first: FakeParticipant) {
  let updated: CollectionUpdatedListener<ParticipantLike> = () => undefined;
  const people: FakeParticipant[] = [first];
  const added: FakeParticipant[] = [];
  const conference = {
    get remoteParticipants() {
      return people;
    },
    on: (_event: string, listener: CollectionUpdatedListener<ParticipantLike>) => (updated = listener),
    off: vi.fn(),
    addParticipant: vi.fn((identifier: { kind: string }) => {
      const person = new FakeParticipant(identifier.kind === 'phoneNumber' ? '4:+14255550123' : '8:acs:resource_dave');
      added.push(person);
      people.push(person);
      return person;
    }),
    removeParticipant: vi.fn(async () => undefined),
  } as unknown as AcsConferenceCallLike;
  return { conference, added, people, report: (change: { added?: FakeParticipant[]; removed?: FakeParticipant[] }) => updated({ added: change.added ?? [], removed: change.removed ?? [] }) };
}

const bobPeer = { rawId: '8:acs:resource_bob', kind: 'acsUser' as const, display: 'Bob' };

function setup() {
  const bob = new FakeParticipant(bobPeer.rawId);
  bob.state = 'Connected';
  const call = fakeCall(bob);
  const onChange = vi.fn();
  const subject = new CallParticipants(() => ({ kind: 'acs', call: call.conference }), onChange);
  subject.watch('call-1', {} as CallLike, 'acs', () => bobPeer);
  return { subject, bob, call, onChange };
}

describe('a call\'s participants', () => {
  it('names people by the SDK\'s display name, else the name the app knows (the call\'s peer, the dialled one)', async () => {
    const { subject, call } = setup();
    void subject.add('call-1', { rawId: '8:acs:resource_dave', kind: 'acsUser', display: 'Dave (typed)' }, undefined, true);
    expect(subject.of('call-1').conference?.participants.map((person) => person.peer.display)).toEqual(['Bob', 'Dave (typed)']);
    const named = new FakeParticipant('8:acs:resource_erin', 'Erin');
    call.report({ added: [named] });
    expect(subject.peopleOn('call-1').map((peer) => peer.display)).toEqual(['Bob', 'Dave (typed)', 'Erin']);
  });

  it('an add settles once: joined when they connect, or not with the SDK reason when they drop out', async () => {
    const { subject, call } = setup();
    const joined = subject.add('call-1', { rawId: '8:acs:resource_dave', kind: 'acsUser', display: 'Dave' }, undefined, false);
    call.added[0]?.set({ state: 'Connected' });
    await expect(joined).resolves.toEqual({ joined: true });

    const phone = subject.add('call-1', { rawId: '4:+14255550123', kind: 'phoneNumber', display: '+14255550123' }, '+14255550100', false);
    expect(call.conference.addParticipant).toHaveBeenLastCalledWith(identifierFromRawId('4:+14255550123'), { alternateCallerId: { phoneNumber: '+14255550100' } });
    const dropped = call.added[1];
    dropped?.set({ state: 'Disconnected', callEndReason: { code: 480, subCode: 560480 } });
    // The SDK then reports the same person removed: that is no second piece of news.
    if (dropped) call.report({ removed: [dropped] });
    await expect(phone).resolves.toEqual({ joined: false, why: { endReason: { code: 480, subCode: 560480 } } });
    // Not announced (a merge words it itself), and they stopped being followed.
    expect(subject.of('call-1').conference?.notice).toBeUndefined();
    expect(dropped?.listening).toBe(0);
  });

  it('the call ending settles adds still ringing as not joined and stops listening to everyone', async () => {
    const { subject, call, bob } = setup();
    const pending = subject.add('call-1', { rawId: '8:acs:resource_dave', kind: 'acsUser', display: 'Dave' }, undefined, true);
    subject.end('call-1');
    await expect(pending).resolves.toEqual({ joined: false, why: {} });
    expect(bob.listening).toBe(0);
    expect(call.added[0]?.listening).toBe(0);
    expect(subject.of('call-1')).toEqual({});
  });

  it('without the backend hook nothing shows and adding says the engine cannot', () => {
    const bare = new CallParticipants(undefined, vi.fn());
    bare.watch('call-1', {} as CallLike, 'acs', () => bobPeer);
    expect(bare.available).toBe(false);
    expect(bare.of('call-1')).toEqual({});
    expect(() => bare.add('call-1', bobPeer, undefined, true)).toThrow('cannot add people');
  });
});
