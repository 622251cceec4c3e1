import { describe, expect, it } from 'vitest';
import { screenSharePromptSchema, type ScreenSharePrompt, type ScreenShareRefusal } from '../../../../shared/calls/screen-share';
import {
  answerDisplayMediaRequest,
  offeredSources,
  ScreenSharePicker,
  type CaptureSource,
  type DisplayMediaOptions,
  type DisplayMediaRequest,
} from '../../../../electron/main/desktop/display-media';
import type { MediaAccessStatus } from '../../../../electron/main/desktop/media-permissions';
import type { RendererLocation } from '../../../../electron/main/renderer-location';
import { CapturingLogger } from '../../../support/capturing-logger';
import { FakeClock, flushPromises } from '../../../support/fake-clock';

const renderer: RendererLocation = { kind: 'file', indexPath: '/app/out/renderer/index.html', url: 'file:///app/out/renderer/index.html' };
const W = 'window-1';
const sources: CaptureSource[] = [
  { id: 'screen:0:0', name: 'Entire Screen', thumbnailDataUrl: 'data:image/png;base64,AAAA' },
  { id: 'window:42:0', name: 'Notes', thumbnailDataUrl: 'data:image/png;base64,BBBB' },
];
const fromOurPage: DisplayMediaRequest = { frame: { url: `${renderer.url}#/call`, parent: null }, securityOrigin: 'file://', videoRequested: true, userGesture: true };

function setup(options: { platform?: NodeJS.Platform; screen?: MediaAccessStatus; inCall?: boolean; list?: () => Promise<CaptureSource[]> } = {}) {
  const clock = new FakeClock();
  const logger = new CapturingLogger();
  const warnings = () => logger.calls.filter((call) => call.level === 'warn').map((call) => call.message);
  const prompts: ScreenSharePrompt[] = [];
  const refusals: ScreenShareRefusal[] = [];
  let listed = 0;
  const state = { inCall: options.inCall ?? true };
  const picker = new ScreenSharePicker({
    // Everything main sends must pass the contract the preload checks.
    send: (_windowId, prompt) => void prompts.push(screenSharePromptSchema.parse(prompt)),
    clock,
    logger,
    timeoutMs: 1_000,
  });
  const handlerOptions: DisplayMediaOptions = {
    renderer,
    platform: options.platform ?? 'win32',
    picker,
    windowIdOf: () => W,
    isWindowInCall: () => state.inCall,
    listSources: () => {
      listed += 1;
      return options.list ? options.list() : Promise.resolve(sources);
    },
    screenAccess: () => options.screen ?? 'granted',
    refuse: (_windowId, reason) => void refusals.push(reason),
    logger,
  };
  /** Starts a request; `outcome` is what the page's getDisplayMedia() gets. */
  const request = (overrides: Partial<DisplayMediaRequest> = {}) => {
    const outcome: { value?: unknown; answered: boolean } = { answered: false };
    void answerDisplayMediaRequest({ ...fromOurPage, ...overrides }, handlerOptions).then((streams) => {
      outcome.value = streams;
      outcome.answered = true;
    });
    return outcome;
  };
  const lastQuestion = () => {
    const question = prompts.findLast((prompt) => prompt.type === 'choose');
    if (!question) throw new Error('the window was not asked');
    return question;
  };
  return { clock, warnings, prompts, refusals, picker, request, lastQuestion, state, listed: () => listed };
}

describe('a display-media request', () => {
  it('shows the window the screens and windows, and shares exactly the one the user picked', async () => {
    const { request, picker, lastQuestion } = setup();
    const outcome = request();
    await flushPromises();
    const question = lastQuestion();
    expect(question.sources).toEqual([
      { id: 'screen:0:0', name: 'Entire Screen', kind: 'screen', thumbnail: 'data:image/png;base64,AAAA' },
      { id: 'window:42:0', name: 'Notes', kind: 'window', thumbnail: 'data:image/png;base64,BBBB' },
    ]);
    expect(picker.choose(W, { requestId: question.requestId, sourceId: 'window:42:0' })).toEqual({ ok: true, value: {} });
    await flushPromises();
    expect(outcome).toEqual({ answered: true, value: { video: { id: 'window:42:0', name: 'Notes' } } });
  });

  it('gives another page, an iframe or a request without a frame nothing, and lists nothing for them', async () => {
    const { request, prompts, listed } = setup();
    const attempts = [
      request({ frame: { url: 'https://evil.example/', parent: null }, securityOrigin: 'https://evil.example' }),
      request({ frame: { url: 'file:///tmp/other.html', parent: null } }),
      request({ frame: { url: renderer.url, parent: { url: renderer.url } } }),
      request({ frame: null }),
    ];
    await flushPromises();
    for (const outcome of attempts) expect(outcome).toEqual({ answered: true, value: null });
    expect(prompts).toEqual([]);
    expect(listed()).toBe(0);
  });

  it('refuses a request no click started (no user gesture)', async () => {
    const { request, prompts, warnings } = setup();
    const outcome = request({ userGesture: false });
    await flushPromises();
    expect(outcome).toEqual({ answered: true, value: null });
    expect(prompts).toEqual([]);
    expect(warnings()).toContain('screen share refused: no user gesture');
  });

  it('refuses a request while the window has no call', async () => {
    const { request, prompts } = setup({ inCall: false });
    const outcome = request();
    await flushPromises();
    expect(outcome).toEqual({ answered: true, value: null });
    expect(prompts).toEqual([]);
  });

  it('ends the request with no video when the user cancels', async () => {
    const { request, picker, lastQuestion } = setup();
    const outcome = request();
    await flushPromises();
    expect(picker.choose(W, { requestId: lastQuestion().requestId, sourceId: null })).toEqual({ ok: true, value: {} });
    await flushPromises();
    expect(outcome).toEqual({ answered: true, value: null });
  });

  it('refuses a source id the picker was not offered, and ends the request', async () => {
    const { request, picker, lastQuestion } = setup();
    const outcome = request();
    await flushPromises();
    const requestId = lastQuestion().requestId;
    expect(picker.choose(W, { requestId, sourceId: 'screen:9:0' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    await flushPromises();
    expect(outcome).toEqual({ answered: true, value: null });
    // The question is closed: a second answer finds nothing to answer.
    expect(picker.choose(W, { requestId, sourceId: 'screen:0:0' })).toMatchObject({ ok: false, error: { code: 'failed' } });
  });

  it('closes the picker and ends the request when the user does not choose in time', async () => {
    const { request, picker, prompts, clock, lastQuestion } = setup();
    const outcome = request();
    await flushPromises();
    const requestId = lastQuestion().requestId;
    clock.advance(1_000);
    await flushPromises();
    expect(outcome).toEqual({ answered: true, value: null });
    expect(prompts.at(-1)).toEqual({ type: 'withdrawn', requestId });
    expect(picker.choose(W, { requestId, sourceId: 'screen:0:0' })).toMatchObject({ ok: false });
  });

  it('ends the request when the window closes while the picker is open', async () => {
    const { request, picker } = setup();
    const outcome = request();
    await flushPromises();
    picker.windowGone(W);
    await flushPromises();
    expect(outcome).toEqual({ answered: true, value: null });
  });

  it('shares nothing when the call ended while the picker was open', async () => {
    const { request, picker, lastQuestion, state } = setup();
    const outcome = request();
    await flushPromises();
    state.inCall = false;
    picker.choose(W, { requestId: lastQuestion().requestId, sourceId: 'screen:0:0' });
    await flushPromises();
    expect(outcome).toEqual({ answered: true, value: null });
  });

  it('lets a newer request replace an open one, which ends with no video', async () => {
    const { request, picker, prompts, lastQuestion } = setup();
    const first = request();
    await flushPromises();
    const firstId = lastQuestion().requestId;
    const second = request();
    await flushPromises();
    expect(first).toEqual({ answered: true, value: null });
    expect(prompts).toContainEqual({ type: 'withdrawn', requestId: firstId });
    picker.choose(W, { requestId: lastQuestion().requestId, sourceId: 'screen:0:0' });
    await flushPromises();
    expect(second).toEqual({ answered: true, value: { video: { id: 'screen:0:0', name: 'Entire Screen' } } });
  });

  it('on macOS, refuses with the reason when Screen Recording is off for the app, before listing anything', async () => {
    for (const [status, reason] of [
      ['denied', 'screenRecordingDenied'],
      ['restricted', 'screenRecordingRestricted'],
    ] as const) {
      const { request, refusals, prompts, listed } = setup({ platform: 'darwin', screen: status });
      const outcome = request();
      await flushPromises();
      expect(outcome).toEqual({ answered: true, value: null });
      expect(refusals).toEqual([reason]);
      expect(prompts).toEqual([]);
      expect(listed()).toBe(0);
    }
  });

  it('on macOS, goes ahead when the permission is not decided yet (listing makes macOS ask)', async () => {
    const { request, prompts, refusals } = setup({ platform: 'darwin', screen: 'not-determined' });
    request();
    await flushPromises();
    expect(refusals).toEqual([]);
    expect(prompts).toHaveLength(1);
  });

  it('reads no macOS permission elsewhere', async () => {
    const { request, prompts } = setup({ platform: 'linux', screen: 'denied' });
    request();
    await flushPromises();
    expect(prompts).toHaveLength(1);
  });

  it('ends the request, with a log line, when the sources cannot be listed or there are none', async () => {
    for (const list of [() => Promise.reject(new Error('portal closed')), () => Promise.resolve([])]) {
      const { request, prompts, warnings } = setup({ list });
      const outcome = request();
      await flushPromises();
      expect(outcome).toEqual({ answered: true, value: null });
      expect(prompts).toEqual([]);
      expect(warnings()).toHaveLength(1);
    }
  });
});

describe('offeredSources', () => {
  it('keeps the list within the contract: long names shortened, odd ids and oversize thumbnails left out', () => {
    const offered = offeredSources([
      { id: 'window:1:0', name: 'x'.repeat(1_000), thumbnailDataUrl: `data:image/png;base64,${'A'.repeat(300_000)}` },
      { id: 'tab:5', name: 'a tab', thumbnailDataUrl: '' },
      { id: '', name: 'no id', thumbnailDataUrl: '' },
      { id: 'screen:0:0', name: 'Screen', thumbnailDataUrl: 'javascript:alert(1)' },
      ...Array.from({ length: 80 }, (_, index) => ({ id: `window:${index + 10}:0`, name: `W${index}`, thumbnailDataUrl: '' })),
    ]);
    expect(offered[0]).toEqual({ id: 'window:1:0', name: 'x'.repeat(300), kind: 'window', thumbnail: '' });
    expect(offered[1]).toEqual({ id: 'screen:0:0', name: 'Screen', kind: 'screen', thumbnail: '' });
    expect(offered).toHaveLength(50);
    expect(() => screenSharePromptSchema.parse({ type: 'choose', requestId: 'share-1', sources: offered })).not.toThrow();
  });
});
