import { describe, expect, it } from 'vitest';
import type { ScreenSharePrompt } from '../../../../shared/calls/screen-share';
import { DialLinkRouter } from '../../../../electron/main/desktop/dial-link-router';
import type { DisplayMediaStreams } from '../../../../electron/main/desktop/display-media';
import type { IdentifiedFrame } from '../../../../electron/main/desktop/electron-display-media';
import { startElectronShell } from '../../../../electron/main/electron-shell';
import { silentLogger } from '../../../../electron/main/ports';
import type { RendererLocation } from '../../../../electron/main/renderer-location';
import { flushPromises } from '../../../support/fake-clock';
import { fakeShellElectron, type FakeBrowserWindow } from '../../../support/fake-electron';

/* Screen sharing through the whole Electron shell: the session's handler, the IPC contract and the core, faked Electron. */

const renderer: RendererLocation = { kind: 'dev', url: 'http://localhost:5173/' };

function start(platform: NodeJS.Platform = 'win32') {
  const fake = fakeShellElectron();
  startElectronShell(fake.electron, {
    platform,
    engine: 'simulator',
    engineReason: 'test',
    engineReasonKey: 'noAcsSettings',
    qa: false,
    renderer,
    logger: silentLogger,
    diagnostics: {},
    links: new DialLinkRouter(silentLogger),
  });
  const window = fake.app.windows[0];
  const handler = fake.session.displayMediaHandler;
  if (!window || !handler) throw new Error('no window, or no display-media handler');
  const fromPage = (channel: string, payload: unknown = {}) => fake.ipcMain.invoke(window, renderer.url, channel, payload);
  const topFrameOf = (of: FakeBrowserWindow, url = renderer.url): IdentifiedFrame => ({ url, parent: null, ...of.webContents.mainFrame });
  /** The page calls getDisplayMedia() after a click; `outcome` is what main answers. */
  const share = (frame: IdentifiedFrame | null = topFrameOf(window), userGesture = true) => {
    const outcome: { answered: boolean; streams?: DisplayMediaStreams } = { answered: false };
    handler({ frame, securityOrigin: 'http://localhost:5173', videoRequested: true, userGesture }, (streams) => {
      if (outcome.answered) throw new Error('answered twice');
      outcome.answered = true;
      outcome.streams = streams;
    });
    return outcome;
  };
  const prompts = () => window.webContents.sent.filter((message) => message.channel === 'screenShare.pick').map((message) => message.args[0] as ScreenSharePrompt);
  const question = () => {
    const last = prompts().findLast((prompt) => prompt.type === 'choose');
    if (!last) throw new Error('the window was not asked');
    return last;
  };
  return { ...fake, window, fromPage, share, prompts, question, topFrameOf };
}

describe('screen sharing in the Electron shell', () => {
  it('registers one handler on the app session, with the system picker on macOS only', () => {
    expect(start('win32').session.displayMediaOptions).toEqual({ useSystemPicker: false });
    expect(start('darwin').session.displayMediaOptions).toEqual({ useSystemPicker: true });
  });

  it('asks the window in a call and hands the chosen source to the request', async () => {
    const { fromPage, share, question } = start();
    await fromPage('calls.activity', { inCall: true, ringing: [] });
    const outcome = share();
    await flushPromises();
    expect(question().sources.map((source) => [source.id, source.kind])).toEqual([
      ['screen:0:0', 'screen'],
      ['window:42:0', 'window'],
    ]);
    expect(await fromPage('screenShare.choose', { requestId: question().requestId, sourceId: 'screen:0:0' })).toEqual({ ok: true, value: {} });
    await flushPromises();
    expect(outcome).toEqual({ answered: true, streams: { video: { id: 'screen:0:0', name: 'Entire Screen' } } });
  });

  it('refuses without a call, without a click, and for a frame that is not our window', async () => {
    const { fromPage, share, prompts, topFrameOf, window } = start();
    const noCall = share();
    await flushPromises();
    await fromPage('calls.activity', { inCall: true, ringing: [] });
    const noGesture = share(topFrameOf(window), false);
    const otherPage = share(topFrameOf(window, 'https://evil.example/'));
    const otherWindow = share({ url: renderer.url, parent: null, processId: 999, frameToken: 'elsewhere' });
    await flushPromises();
    for (const outcome of [noCall, noGesture, otherPage, otherWindow]) expect(outcome).toEqual({ answered: true, streams: null });
    expect(prompts()).toEqual([]);
  });

  it('answers a malformed picker reply with a clear error and keeps running; the request still ends', async () => {
    const { fromPage, share, question, window } = start();
    await fromPage('calls.activity', { inCall: true, ringing: [] });
    const outcome = share();
    await flushPromises();
    for (const malformed of [{ requestId: 5 }, { requestId: question().requestId, sourceId: 'x'.repeat(500) }, { requestId: question().requestId, sourceId: 'screen:0:0', extra: true }]) {
      const reply = await fromPage('screenShare.choose', malformed);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('screenShare.choose') } });
    }
    expect(outcome.answered).toBe(false);
    // A crashed page cannot answer: its open request ends rather than hanging.
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    await flushPromises();
    expect(outcome).toEqual({ answered: true, streams: null });
  });

  it('closes the picker and ends the request when the call ends', async () => {
    const { fromPage, share, question, prompts } = start();
    await fromPage('calls.activity', { inCall: true, ringing: [] });
    const outcome = share();
    await flushPromises();
    const requestId = question().requestId;
    await fromPage('calls.activity', { inCall: false, ringing: [] });
    await flushPromises();
    expect(outcome).toEqual({ answered: true, streams: null });
    expect(prompts().at(-1)).toEqual({ type: 'withdrawn', requestId });
    expect(await fromPage('screenShare.choose', { requestId, sourceId: 'screen:0:0' })).toMatchObject({ ok: false, error: { code: 'failed' } });
  });

  it('on macOS, tells the window why when Screen Recording is off for the app', async () => {
    const { fromPage, share, prompts, screenStatus } = start('darwin');
    screenStatus.value = 'denied';
    await fromPage('calls.activity', { inCall: true, ringing: [] });
    const outcome = share();
    await flushPromises();
    expect(outcome).toEqual({ answered: true, streams: null });
    expect(prompts()).toEqual([{ type: 'refused', reason: 'screenRecordingDenied' }]);
  });
});
