import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeEndReason } from '../../../../shared/calls/end-reasons';
import { bob, carol, selfRawId, settle, signedInCalls } from '../support/signed-in-calls';

const teamsObjectId = '45ab2481-1c1c-4005-be24-0ffb879b1130';

describe('calls through the engine, with the simulator', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  describe('outgoing', () => {
    it('an ACS user: Connecting, Ringing, then Connected, with the timer starting at Connected', async () => {
      const { controller, call } = await signedInCalls();
      const result = await controller.startCall(`  ${bob} `);
      expect(result).toEqual({ ok: true, callId: call().id });
      expect(call()).toMatchObject({ direction: 'outgoing', state: 'Connecting', peer: { kind: 'acsUser', rawId: bob }, muted: false });
      expect(call().connectedAt).toBeUndefined();

      await vi.advanceTimersByTimeAsync(300);
      expect(call().state).toBe('Ringing');
      await vi.advanceTimersByTimeAsync(1_000);
      expect(call().state).toBe('Connected');
      expect(call().connectedAt).toBe(Date.now());
      expect(call().startedAt).toBe(Date.now() - 1_300);
    });

    it('a phone number is dialled in E.164 with the caller id from settings', async () => {
      const { controller, agent, remote, call } = await signedInCalls({ alternateCallerId: '+14255550100' });
      const startCall = vi.spyOn(agent, 'startCall');
      expect(await controller.startCall('+1 (425) 555-0123')).toMatchObject({ ok: true });
      expect(startCall).toHaveBeenCalledWith([{ kind: 'phoneNumber', phoneNumber: '+14255550123', isAnonymous: false }], {
        alternateCallerId: { phoneNumber: '+14255550100' },
        audioOptions: { muted: false },
      });
      expect(call().peer).toEqual({ rawId: '4:+14255550123', kind: 'phoneNumber', display: '+14255550123' });
      await vi.advanceTimersByTimeAsync(1_300);
      expect(call().state).toBe('Connected');
      expect(remote.snapshot().calls).toMatchObject([{ remoteRawId: '4:+14255550123', state: 'Connected' }]);
    });

    it('a Teams user given by bare object id is called as 8:orgid:<id>', async () => {
      const { controller, remote, call } = await signedInCalls();
      expect(await controller.startCall(teamsObjectId)).toMatchObject({ ok: true });
      expect(call().peer).toMatchObject({ kind: 'teamsUser', rawId: `8:orgid:${teamsObjectId}` });
      await vi.advanceTimersByTimeAsync(1_300);
      expect(call().state).toBe('Connected');
      expect(remote.snapshot().calls[0]?.remoteRawId).toBe(`8:orgid:${teamsObjectId}`);
    });

    it('a Teams agent calls a Teams user 1:1 with one participant, as TeamsCallAgent.startCall takes it', async () => {
      const { controller, agent, remote, call } = await signedInCalls({}, 'teams');
      const startCall = vi.spyOn(agent, 'startCall');
      expect(await controller.startCall(teamsObjectId)).toMatchObject({ ok: true });
      expect(startCall).toHaveBeenCalledWith({ kind: 'microsoftTeamsUser', microsoftTeamsUserId: teamsObjectId, isAnonymous: false, cloud: 'public' }, { audioOptions: { muted: false } });
      await vi.advanceTimersByTimeAsync(1_300);
      expect(call().state).toBe('Connected');
      expect(remote.snapshot().calls[0]?.remoteRawId).toBe(`8:orgid:${teamsObjectId}`);
    });

    it('a Teams user calls a phone number with their own Teams number: no caller id needed or sent', async () => {
      const { controller, agent, call } = await signedInCalls({}, 'teams');
      const startCall = vi.spyOn(agent, 'startCall');
      expect(await controller.startCall('+14255550123')).toMatchObject({ ok: true });
      expect(startCall).toHaveBeenCalledWith({ kind: 'phoneNumber', phoneNumber: '+14255550123', isAnonymous: false }, { audioOptions: { muted: false } });
      await vi.advanceTimersByTimeAsync(1_300);
      expect(call().state).toBe('Connected');
    });

    it('a national number is dialled in E.164 in the default country from settings', async () => {
      const { controller, agent, call, settings } = await signedInCalls({ alternateCallerId: '+14255550100', defaultCountry: 'DE' });
      const startCall = vi.spyOn(agent, 'startCall');
      expect(await controller.startCall('(030) 123 4567')).toMatchObject({ ok: true });
      expect(startCall).toHaveBeenLastCalledWith([{ kind: 'phoneNumber', phoneNumber: '+49301234567', isAnonymous: false }], expect.anything());
      expect(call().peer).toMatchObject({ rawId: '4:+49301234567' });
      await controller.hangUp(call().id);
      settings.defaultCountry = 'US';
      expect(await controller.startCall('(425) 555-0123')).toMatchObject({ ok: true });
      expect(startCall).toHaveBeenLastCalledWith([{ kind: 'phoneNumber', phoneNumber: '+14255550123', isAnonymous: false }], expect.anything());
    });

    it('a Teams user never sends an ACS caller id, even with one in settings', async () => {
      const { controller, agent } = await signedInCalls({ alternateCallerId: '+14255550100' }, 'teams');
      const startCall = vi.spyOn(agent, 'startCall');
      expect(await controller.startCall('+14255550123')).toMatchObject({ ok: true });
      expect(startCall).toHaveBeenCalledWith({ kind: 'phoneNumber', phoneNumber: '+14255550123', isAnonymous: false }, { audioOptions: { muted: false } });
    });

    it('a Teams user dialling an ACS user is told why before any call', async () => {
      const { controller, agent, snap } = await signedInCalls({}, 'teams');
      const startCall = vi.spyOn(agent, 'startCall');
      expect(await controller.startCall(bob)).toEqual({ ok: false, refusal: { kind: 'refused', reason: 'teamsCannotCallAcsUser' } });
      expect(startCall).not.toHaveBeenCalled();
      expect(snap().calls).toEqual([]);
    });

    it('malformed input is refused with the parse reason and the SDK is never asked', async () => {
      const { controller, agent, snap } = await signedInCalls();
      const startCall = vi.spyOn(agent, 'startCall');
      const refusals = [];
      for (const input of ['bob', '4255550123', '+0123', ' 8:acs: ', '']) refusals.push(await controller.startCall(input));
      expect(refusals).toEqual([
        { ok: false, refusal: { kind: 'callee', callee: { reason: 'notCallable', input: 'bob' } } },
        { ok: false, refusal: { kind: 'callee', callee: { reason: 'missingCountryCode', input: '4255550123' } } },
        { ok: false, refusal: { kind: 'callee', callee: { reason: 'invalidPhoneNumber', input: '+0123' } } },
        { ok: false, refusal: { kind: 'callee', callee: { reason: 'incompleteAcsUserId', input: '8:acs:' } } },
        { ok: false, refusal: { kind: 'callee', callee: { reason: 'empty', input: '' } } },
      ]);
      expect(startCall).not.toHaveBeenCalled();
      expect(snap().calls).toEqual([]);
    });

    it('a phone number without a caller id in settings is refused before any call', async () => {
      const { controller, agent, snap } = await signedInCalls({});
      const startCall = vi.spyOn(agent, 'startCall');
      expect(await controller.startCall('+14255550123')).toEqual({ ok: false, refusal: { kind: 'refused', reason: 'callerIdMissing' } });
      expect(startCall).not.toHaveBeenCalled();
      expect(snap().calls).toEqual([]);
    });

    it('the remote side declines: the call ends with 603 in words, and history says declined', async () => {
      const { controller, remote, history, call, snap } = await signedInCalls();
      remote.setAnswerMode('decline');
      await controller.startCall(bob);
      await vi.advanceTimersByTimeAsync(1_300);
      expect(call()).toMatchObject({ state: 'Disconnected', endReason: { code: 603, subCode: 0 } });
      expect(describeEndReason(call().endReason, 'outgoing').reason).toBe('declined');
      expect(snap().lastFailure).toBeUndefined();
      expect(history.entries).toMatchObject([{ direction: 'outgoing', outcome: 'declined', durationMs: 0, endReason: { code: 603, subCode: 0 } }]);
    });

    it('a busy phone number ends with 486/560486 and explains it as a retryable failure', async () => {
      const { controller, remote, history, call, snap } = await signedInCalls();
      remote.setAnswerMode('busy');
      await controller.startCall('+14255550123');
      await vi.advanceTimersByTimeAsync(1_300);
      expect(call().endReason).toEqual({ code: 486, subCode: 560486 });
      expect(snap().lastFailure).toMatchObject({ kind: 'ended', end: { reason: 'numberBusy', codes: '486/560486' }, retryable: true });
      expect(history.entries[0]).toMatchObject({ outcome: 'failed', peer: { kind: 'phoneNumber' } });
    });

    it('nobody answers in manual mode: after 30 s the call ends as not answered', async () => {
      const { controller, remote, call, snap } = await signedInCalls();
      remote.setAnswerMode('manual');
      await controller.startCall(bob);
      await vi.advanceTimersByTimeAsync(20_000);
      expect(call().state).toBe('Ringing');
      await vi.advanceTimersByTimeAsync(10_300);
      expect(call().endReason).toEqual({ code: 408, subCode: 10057 });
      expect(snap().lastFailure).toMatchObject({ kind: 'ended', end: { reason: 'nobodyAnswered', action: 'callAgain' }, retryable: true });
    });

    it('manual answer: the call connects when QA answers', async () => {
      const { controller, remote, call } = await signedInCalls();
      remote.setAnswerMode('manual');
      await controller.startCall(bob);
      await vi.advanceTimersByTimeAsync(5_000);
      remote.answer();
      expect(call()).toMatchObject({ state: 'Connected', connectedAt: Date.now() });
    });

    it('hanging up before the answer is a cancelled call, not a failure', async () => {
      const { controller, history, call, snap } = await signedInCalls();
      await controller.startCall(bob);
      await vi.advanceTimersByTimeAsync(500);
      await controller.hangUp(call().id);
      expect(call()).toMatchObject({ state: 'Disconnected', endReason: { code: 487, subCode: 0 } });
      expect(snap().lastFailure).toBeUndefined();
      expect(history.entries[0]).toMatchObject({ outcome: 'cancelled' });
    });

    it('a startCall the SDK throws on (calling yourself) fills lastFailure and no call appears', async () => {
      const { controller, snap } = await signedInCalls();
      const result = await controller.startCall(selfRawId);
      expect(result).toMatchObject({ ok: false, refusal: { kind: 'notStarted', detail: expect.stringContaining('Call to yourself is not supported') } });
      expect(snap().lastFailure).toMatchObject({ kind: 'notStarted', detail: expect.stringContaining('Call to yourself is not supported'), retryable: false });
      expect(snap().calls).toEqual([]);
    });

    it('without a connected agent, dialling says so', async () => {
      const { controller, runner } = await signedInCalls();
      await runner.dispose();
      expect(await controller.startCall(bob)).toEqual({ ok: false, refusal: { kind: 'refused', reason: 'notConnected' } });
    });
  });

  describe('incoming', () => {
    it('rings with the caller identity and connects when accepted with audio', async () => {
      const { controller, remote, snap, call } = await signedInCalls();
      remote.ringFrom(carol, 'Carol');
      expect(snap().incoming).toEqual([{ id: expect.any(String), caller: { rawId: carol, kind: 'acsUser', display: 'Carol' }, receivedAt: Date.now() }]);
      const incomingId = snap().incoming[0]?.id ?? '';
      await vi.advanceTimersByTimeAsync(2_000);
      await controller.accept(incomingId);
      expect(snap().incoming).toEqual([]);
      expect(call()).toMatchObject({ direction: 'incoming', peer: { display: 'Carol' }, state: 'Connecting', muted: false });
      await vi.advanceTimersByTimeAsync(300);
      expect(call().state).toBe('Connected');
    });

    it('declining stops the ring and history records a declined incoming call', async () => {
      const { controller, remote, snap, history } = await signedInCalls();
      remote.ringFrom('4:+14255550199');
      await controller.decline(snap().incoming[0]?.id ?? '');
      expect(snap().incoming).toEqual([]);
      expect(snap().calls).toEqual([]);
      expect(remote.snapshot().ringing).toEqual([]);
      expect(history.entries).toMatchObject([{ direction: 'incoming', outcome: 'declined', peer: { rawId: '4:+14255550199', kind: 'phoneNumber' } }]);
    });

    it('a caller with a 2,000-character name still leaves a history entry, with the name cut to fit', async () => {
      const { remote, snap, history } = await signedInCalls();
      const longName = 'Longname'.repeat(250);
      remote.ringFrom(carol, longName);
      expect(snap().incoming[0]?.caller.display).toBe(longName);
      remote.hangUp();
      await settle();
      expect(history.entries).toHaveLength(1);
      expect(history.entries[0]).toMatchObject({ outcome: 'missed', peer: { rawId: carol, display: longName.slice(0, 512) } });
    });

    it('a caller who gives up leaves a missed call', async () => {
      const { remote, snap, history } = await signedInCalls();
      remote.ringFrom(carol);
      await vi.advanceTimersByTimeAsync(4_000);
      remote.hangUp();
      expect(snap().incoming).toEqual([]);
      expect(history.entries).toMatchObject([{ direction: 'incoming', outcome: 'missed', endReason: { code: 487, subCode: 0 } }]);
    });

    it('a missed call keeps the ringing call\'s ids for support', async () => {
      const { remote, snap, history } = await signedInCalls();
      remote.ringFrom(carol);
      const appId = snap().incoming[0]?.id;
      const sdkId = remote.snapshot().ringing[0]?.id;
      remote.hangUp();
      expect(history.entries[0]?.callIds).toEqual({ app: appId, sdk: sdkId });
      expect(sdkId).toMatch(/^sim-incoming-/);
    });

    it('a second call while in a call: accepting puts the first on hold', async () => {
      const { controller, remote, snap } = await signedInCalls();
      await controller.startCall(bob);
      await vi.advanceTimersByTimeAsync(1_300);
      remote.ringFrom(carol, 'Carol');
      expect(snap().incoming).toHaveLength(1);
      await controller.accept(snap().incoming[0]?.id ?? '');
      await vi.advanceTimersByTimeAsync(300);
      expect(snap().calls.map((view) => [view.peer.rawId, view.state])).toEqual([
        [bob, 'LocalHold'],
        [carol, 'Connected'],
      ]);
    });

    it('a swap carries the microphone\'s mute to the resumed call', async () => {
      const { controller, remote, snap } = await signedInCalls();
      await controller.startCall(bob);
      await vi.advanceTimersByTimeAsync(1_300);
      remote.ringFrom(carol, 'Carol');
      await controller.accept(snap().incoming[0]?.id ?? '');
      await vi.advanceTimersByTimeAsync(300);
      const [first, second] = snap().calls;
      await controller.setMuted(second?.id ?? '', true);
      await controller.setHeld(first?.id ?? '', false);
      await vi.advanceTimersByTimeAsync(300);
      expect(snap().calls.map((view) => [view.peer.rawId, view.state, view.muted])).toEqual([
        [bob, 'Connected', true],
        [carol, 'LocalHold', true],
      ]);
    });

    it('answering a second call while muted starts it muted: the microphone stays off', async () => {
      const { controller, remote, snap } = await signedInCalls();
      await controller.startCall(bob);
      await vi.advanceTimersByTimeAsync(1_300);
      await controller.setMuted(snap().calls[0]?.id ?? '', true);
      remote.ringFrom(carol, 'Carol');
      await controller.accept(snap().incoming[0]?.id ?? '');
      await vi.advanceTimersByTimeAsync(300);
      expect(snap().calls.map((view) => [view.peer.rawId, view.state, view.muted])).toEqual([
        [bob, 'LocalHold', true],
        [carol, 'Connected', true],
      ]);
      expect(remote.snapshot().calls.find((sdkCall) => sdkCall.remoteRawId === carol)?.muted).toBe(true);
    });

    it('placing a second call while muted starts it muted, through the SDK\'s start options', async () => {
      const { controller, agent, remote, snap } = await signedInCalls();
      await controller.startCall(bob);
      await vi.advanceTimersByTimeAsync(1_300);
      await controller.setMuted(snap().calls[0]?.id ?? '', true);
      const startCall = vi.spyOn(agent, 'startCall');
      expect(await controller.startCall(carol)).toMatchObject({ ok: true });
      expect(startCall).toHaveBeenCalledWith(expect.anything(), { audioOptions: { muted: true } });
      await vi.advanceTimersByTimeAsync(1_300);
      expect(snap().calls.map((view) => [view.peer.rawId, view.state, view.muted])).toEqual([
        [bob, 'LocalHold', true],
        [carol, 'Connected', true],
      ]);
      expect(remote.snapshot().calls.find((sdkCall) => sdkCall.remoteRawId === carol)?.muted).toBe(true);
    });

    it('a second call while in a call: declining leaves the first connected', async () => {
      const { controller, remote, snap } = await signedInCalls();
      await controller.startCall(bob);
      await vi.advanceTimersByTimeAsync(1_300);
      remote.ringFrom(carol);
      await controller.decline(snap().incoming[0]?.id ?? '');
      expect(snap().incoming).toEqual([]);
      expect(snap().calls.map((view) => view.state)).toEqual(['Connected']);
    });
  });

  describe('in a call', () => {
    async function connected() {
      const harness = await signedInCalls();
      await harness.controller.startCall(bob);
      await vi.advanceTimersByTimeAsync(1_300);
      return harness;
    }

    it('mute and unmute reach the call and the snapshot', async () => {
      const { controller, remote, call } = await connected();
      await controller.setMuted(call().id, true);
      expect(call().muted).toBe(true);
      expect(remote.snapshot().calls[0]?.muted).toBe(true);
      await controller.setMuted(call().id, false);
      expect(call().muted).toBe(false);
    });

    it('hold and resume; the remote side can hold too', async () => {
      const { controller, remote, call } = await connected();
      await controller.setHeld(call().id, true);
      expect(call().state).toBe('LocalHold');
      await controller.setHeld(call().id, false);
      expect(call().state).toBe('Connected');
      remote.hold();
      expect(call().state).toBe('RemoteHold');
      remote.resume();
      expect(call().state).toBe('Connected');
    });

    it('DTMF tones reach the remote side; other keys are refused', async () => {
      const { controller, remote, call } = await connected();
      for (const tone of ['1', '2', '#', '*', '0']) await controller.sendDtmf(call().id, tone);
      expect(remote.dtmfReceived()).toBe('12#*0');
      await expect(controller.sendDtmf(call().id, 'x')).rejects.toThrow(/keypad tone/);
    });

    it('lists the microphones and speakers and switches between them; the level meter follows the microphone', async () => {
      const { controller, meter, snap } = await connected();
      expect(snap().microphones.map((device) => device.id)).toEqual(['sim-mic-default', 'sim-mic-headset']);
      expect(snap().speakers.map((device) => device.id)).toEqual(['sim-speaker-default', 'sim-speaker-headset']);
      expect(snap().selectedMicrophoneId).toBe('sim-mic-default');
      const start = vi.spyOn(meter, 'start');
      await controller.selectMicrophone('sim-mic-headset');
      await controller.selectSpeaker('sim-speaker-headset');
      expect(snap()).toMatchObject({ selectedMicrophoneId: 'sim-mic-headset', selectedSpeakerId: 'sim-speaker-headset' });
      expect(start).toHaveBeenCalledWith('sim-mic-headset', expect.any(Function));
      expect(meter.activeSessions).toBe(1);
      await expect(controller.selectMicrophone('nope')).rejects.toThrow(/not available/);
    });

    it('shows a live microphone level during the call and stops measuring after it', async () => {
      const { controller, meter, call } = await connected();
      const levels = new Set<number>();
      const stop = controller.subscribeLevel((level) => levels.add(level));
      await vi.advanceTimersByTimeAsync(1_000);
      expect([...levels].filter((level) => level > 0).length).toBeGreaterThan(3);
      await controller.hangUp(call().id);
      stop();
      expect(controller.microphoneLevel()).toBe(0);
      expect(levels.has(0)).toBe(true);
      expect(meter.activeSessions).toBe(0);
    });

    it('new snapshots during a call (a second call ringing, a warning) neither stop nor restart the microphone capture', async () => {
      const { controller, meter, remote, snap } = await connected();
      const start = vi.spyOn(meter, 'start');
      const snapshots = vi.fn();
      controller.subscribe(snapshots);
      remote.ringFrom(carol, 'Carol');
      remote.diagnostic('networkSendQuality', 2);
      await settle();
      expect(snapshots.mock.calls.length).toBeGreaterThanOrEqual(2);
      expect(snap().incoming).toHaveLength(1);
      expect(start).not.toHaveBeenCalled();
      expect(meter.activeSessions).toBe(1);
    });

    it('streams the level on its own: a call that only speaks publishes no new snapshots', async () => {
      const { controller } = await connected();
      const snapshots = vi.fn();
      const levels = vi.fn();
      const stopSnapshots = controller.subscribe(snapshots);
      const stopLevels = controller.subscribeLevel(levels);
      await vi.advanceTimersByTimeAsync(2_000);
      stopSnapshots();
      stopLevels();
      expect(levels.mock.calls.length).toBeGreaterThan(10);
      expect(snapshots).not.toHaveBeenCalled();
    });

    it('a remote hang-up ends the call normally and reports a completed call with its duration', async () => {
      const { remote, history, call, snap } = await connected();
      await vi.advanceTimersByTimeAsync(65_000);
      remote.hangUp();
      expect(call()).toMatchObject({ state: 'Disconnected', endReason: { code: 0, subCode: 0 }, endedAt: Date.now() });
      expect(call().hungUpHere).toBeUndefined();
      expect(snap().lastFailure).toBeUndefined();
      expect(history.entries).toEqual([
        expect.objectContaining({ direction: 'outgoing', outcome: 'completed', durationMs: 65_000, peer: { rawId: bob, kind: 'acsUser', display: bob } }),
      ]);
      const entry = history.entries[0];
      expect(entry && entry.endedAt - entry.startedAt).toBe(66_300);
    });

    it('a finished call tells support its ids: history has the app id and the SDK call id, Details has the SDK id', async () => {
      const { agent, remote, history, call } = await connected();
      const sdkId = agent.calls[0]?.id;
      expect(sdkId).toMatch(/^sim-call-/);
      remote.hangUp();
      expect(call()).toMatchObject({ state: 'Disconnected', sdkCallId: sdkId });
      expect(history.entries[0]?.callIds).toEqual({ app: call().id, sdk: sdkId });
    });

    it('a network drop that outlasts the grace ends the call as dropped, explained and retryable', async () => {
      const { simulator, call, snap, history } = await connected();
      simulator.dropConnection();
      await vi.advanceTimersByTimeAsync(7_999);
      expect(call().state).toBe('Connected');
      await vi.advanceTimersByTimeAsync(1);
      expect(call().endReason).toEqual({ code: 410, subCode: 3101 });
      expect(snap().lastFailure).toMatchObject({ kind: 'ended', end: { reason: 'droppedLocalNetwork', action: 'checkNetwork', code: 410, subCode: 3101 }, retryable: true });
      expect(history.entries[0]).toMatchObject({ outcome: 'failed', endReason: { code: 410, subCode: 3101 } });
    });

    it('a network that returns within the grace keeps the call', async () => {
      const { simulator, call } = await connected();
      simulator.dropConnection();
      await vi.advanceTimersByTimeAsync(5_000);
      simulator.restoreConnection();
      await vi.advanceTimersByTimeAsync(60_000);
      expect(call().state).toBe('Connected');
    });

    it('a hang-up here is marked as this side\'s, with the time it ended', async () => {
      const { controller, call } = await connected();
      await vi.advanceTimersByTimeAsync(10_000);
      await controller.hangUp(call().id);
      await settle();
      expect(call()).toMatchObject({ state: 'Disconnected', hungUpHere: true, endedAt: Date.now() });
      expect((call().endedAt ?? 0) - (call().connectedAt ?? 0)).toBe(10_000);
    });

    it('the snapshot says reconnecting while the agent is disconnected, and stops when it is back', async () => {
      const { simulator, snap } = await connected();
      expect(snap().reconnecting).toBe(false);
      simulator.dropConnection();
      await settle();
      expect(snap().reconnecting).toBe(true);
      simulator.restoreConnection();
      await vi.advanceTimersByTimeAsync(1_000);
      expect(snap().reconnecting).toBe(false);
    });

    it('the ended call stays visible with its reason until dismissed', async () => {
      const { controller, remote, snap, call } = await connected();
      remote.hangUp();
      const id = call().id;
      controller.dismissEnded(id);
      expect(snap().calls).toEqual([]);
    });

    it('signing out ends the call, which still reaches history', async () => {
      const { runner, history, snap } = await connected();
      await runner.dispose();
      await settle();
      expect(snap().calls.map((view) => view.state)).toEqual(['Disconnected']);
      expect(history.entries).toHaveLength(1);
    });
  });

  describe('recording and transcription', () => {
    it('the call shows while it is recorded or transcribed, and its history entry keeps that it was', async () => {
      const { controller, remote, history, call } = await signedInCalls();
      await controller.startCall(bob);
      await vi.advanceTimersByTimeAsync(1_300);
      expect(() => remote.stopRecording()).toThrow(/no call to stop recording/);
      remote.startRecording();
      remote.startTranscription();
      expect(call()).toMatchObject({ recording: true, transcribing: true });
      expect(remote.snapshot().calls[0]).toMatchObject({ recording: true, transcribing: true });
      remote.stopRecording();
      expect(call().recording).toBeUndefined();
      expect(call().transcribing).toBe(true);
      remote.hangUp();
      await settle();
      expect(history.entries[0]).toMatchObject({ outcome: 'completed', recorded: true, transcribed: true });
    });

    it('a call nobody recorded has no such marks', async () => {
      const { controller, remote, history } = await signedInCalls();
      await controller.startCall(bob);
      await vi.advanceTimersByTimeAsync(1_300);
      remote.hangUp();
      await settle();
      expect(history.entries[0]).not.toHaveProperty('recorded');
      expect(history.entries[0]).not.toHaveProperty('transcribed');
    });
  });

  describe('test call', () => {
    it('calls the echo bot, which answers at once even in manual answer mode, and stays out of history', async () => {
      const { controller, remote, history, call } = await signedInCalls();
      remote.setAnswerMode('manual');
      const result = await controller.startTestCall();
      expect(result).toEqual({ ok: true, callId: call().id });
      expect(call()).toMatchObject({ testCall: true, peer: { rawId: '8:echo123' }, state: 'Connecting' });
      await vi.advanceTimersByTimeAsync(300);
      expect(call().state).toBe('Connected');
      expect(remote.snapshot().calls).toMatchObject([{ remoteRawId: '8:echo123', state: 'Connected' }]);
      await controller.hangUp(call().id);
      await settle();
      expect(call()).toMatchObject({ state: 'Disconnected', testCall: true });
      expect(history.entries).toEqual([]);
    });

    it('a Teams identity is told it cannot reach the ACS echo bot', async () => {
      const { controller, snap } = await signedInCalls({}, 'teams');
      expect(await controller.startTestCall()).toEqual({ ok: false, refusal: { kind: 'refused', reason: 'testCallNeedsAcs' } });
      expect(snap().calls).toEqual([]);
    });

    it('an unavailable service ends the test call as not connected', async () => {
      const { controller, remote, call } = await signedInCalls();
      remote.setAnswerMode('unavailable');
      await controller.startTestCall();
      await vi.advanceTimersByTimeAsync(300);
      expect(call()).toMatchObject({ state: 'Disconnected', endReason: { code: 480, subCode: 10037 } });
    });
  });

  it('snapshots are immutable and every change is a new one', async () => {
    const { controller, snap } = await signedInCalls();
    const seen: unknown[] = [];
    controller.subscribe((next) => seen.push(next));
    const before = snap();
    await controller.startCall(bob);
    expect(snap()).not.toBe(before);
    expect(Object.isFrozen(snap())).toBe(true);
    expect(Object.isFrozen(snap().calls)).toBe(true);
    expect(Object.isFrozen(snap().calls[0])).toBe(true);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('the microphone chosen in settings is selected once devices are known', async () => {
    const { snap } = await signedInCalls({ microphoneId: 'sim-mic-headset' });
    await settle();
    expect(snap().selectedMicrophoneId).toBe('sim-mic-headset');
  });
});
