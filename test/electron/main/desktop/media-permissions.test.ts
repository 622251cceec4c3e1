import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/main/ports';
import {
  ensureMicrophoneAccess,
  MicrophoneAccessCheck,
  type MediaAccessStatus,
  type MediaAccessSystem,
} from '../../../../electron/main/desktop/media-permissions';
import { englishNotice } from '../../../../shared/notices/english-notices';
import type { NoticeText } from '../../../../shared/notices/notice-text';

class FakeSystem implements MediaAccessSystem {
  asked = 0;
  constructor(
    public status: MediaAccessStatus,
    private readonly answer = true,
  ) {}
  getMediaAccessStatus(): MediaAccessStatus {
    return this.status;
  }
  askForMediaAccess(): Promise<boolean> {
    this.asked += 1;
    this.status = this.answer ? 'granted' : 'denied';
    return Promise.resolve(this.answer);
  }
}

describe('ensureMicrophoneAccess', () => {
  it('asks macOS the first time and goes ahead when the user allows it', async () => {
    const system = new FakeSystem('not-determined', true);
    expect(await ensureMicrophoneAccess(system, 'darwin', 'ACS Softphone')).toEqual({ ok: true });
    expect(system.asked).toBe(1);
  });

  it('explains where to switch the microphone on when the user said no', async () => {
    const result = await ensureMicrophoneAccess(new FakeSystem('not-determined', false), 'darwin', 'ACS Softphone');
    expect(result).toEqual({ ok: false, notice: { key: 'microphoneDenied', params: { appName: 'ACS Softphone' } } });
    if (!result.ok) expect(englishNotice(result.notice)).toContain('System Settings › Privacy & Security › Microphone');
  });

  it('does not ask again once denied, and says how to fix it', async () => {
    const system = new FakeSystem('denied');
    const result = await ensureMicrophoneAccess(system, 'darwin', 'ACS Softphone');
    expect(system.asked).toBe(0);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(englishNotice(result.notice)).toMatch(/switch ACS Softphone on, then quit and reopen/);
  });

  it('points to whoever manages the Mac when a profile blocks the microphone', async () => {
    const result = await ensureMicrophoneAccess(new FakeSystem('restricted'), 'darwin', 'ACS Softphone');
    expect(result).toEqual({ ok: false, notice: { key: 'microphoneRestricted', params: { appName: 'ACS Softphone' } } });
    if (!result.ok) expect(englishNotice(result.notice)).toMatch(/manages this Mac/);
  });

  it('quotes a status this build does not know, as macOS gave it', async () => {
    const result = await ensureMicrophoneAccess(new FakeSystem('sometimes' as MediaAccessStatus), 'darwin', 'ACS Softphone');
    expect(result).toEqual({ ok: false, notice: { key: 'microphoneUnexpected', params: { status: 'sometimes' } } });
    if (!result.ok) expect(englishNotice(result.notice)).toBe('macOS reported microphone access as sometimes.');
  });

  it('passes on Windows and Linux without asking anything', async () => {
    const system = new FakeSystem('denied');
    expect(await ensureMicrophoneAccess(system, 'win32', 'ACS Softphone')).toEqual({ ok: true });
    expect(await ensureMicrophoneAccess(system, 'linux', 'ACS Softphone')).toEqual({ ok: true });
  });
});

describe('MicrophoneAccessCheck', () => {
  it('checks once after a grant, and reports a refusal every sign-in until it is fixed', async () => {
    const system = new FakeSystem('denied');
    const problems: NoticeText[] = [];
    const check = new MicrophoneAccessCheck({ system, platform: 'darwin', appName: 'Softphone', reportProblem: (notice) => problems.push(notice), logger: silentLogger });
    await check.beforeFirstCall();
    await check.beforeFirstCall();
    expect(problems).toEqual([
      { key: 'microphoneDenied', params: { appName: 'Softphone' } },
      { key: 'microphoneDenied', params: { appName: 'Softphone' } },
    ]);
    system.status = 'granted';
    await check.beforeFirstCall();
    await check.beforeFirstCall();
    expect(problems).toHaveLength(2);
  });
});
