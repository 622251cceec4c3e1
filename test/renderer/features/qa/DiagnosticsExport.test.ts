// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import DiagnosticsExport from '../../../../renderer/src/features/qa/DiagnosticsExport.vue';
import {
  browserDiagnosticsPage,
  createDiagnosticsExport,
  deviceNames,
  diagnosticsFileName,
  downloadJson,
  type RendererLogSource,
} from '../../../../renderer/src/app/diagnostics-export';
import type { SoftphoneApi } from '../../../../shared/ipc/api';
import type { IpcResult } from '../../../../shared/ipc/contract';

const bundle = { format: 'acs-softphone-diagnostics', version: 1, sessions: [] };

function fakeApi(reply: IpcResult<unknown> = { ok: true, value: bundle }) {
  const requests: { channel: string; request: unknown }[] = [];
  const api = {
    invoke: async (channel: string, request: unknown) => {
      requests.push({ channel, request });
      return reply;
    },
    on: () => () => {},
  } as unknown as SoftphoneApi;
  return { api, requests };
}

/** Captures what the page offers as a download instead of letting happy-dom navigate. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const links: { href: string; download: string }[] = [];
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      blobs.push(blob);
      return `blob:diagnostics-${blobs.length}`;
    },
    revokeObjectURL: () => {},
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    links.push({ href: this.href, download: this.download });
  });
  return { blobs, links };
}

function setDevices(devices: { kind: string; label: string }[] | undefined) {
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: devices === undefined ? undefined : { enumerateDevices: async () => devices },
  });
}

/** The component on the app command main.ts builds, over a fake main and this page. */
function mountExport(api: SoftphoneApi, rendererLog?: RendererLogSource) {
  return mount(DiagnosticsExport, { props: { diagnostics: createDiagnosticsExport(api, rendererLog, browserDiagnosticsPage(window)) } });
}

afterEach(() => {
  setDevices(undefined);
  vi.useRealTimers();
});

describe('DiagnosticsExport', () => {
  it('asks main for the bundle with device names and the user agent, and downloads it as JSON', async () => {
    setDevices([
      { kind: 'audioinput', label: 'Headset Microphone' },
      { kind: 'audiooutput', label: '' },
    ]);
    const { blobs, links } = captureDownloads();
    const { api, requests } = fakeApi();
    const rendererLogs = [{ at: 1, level: 'warn' as const, message: 'agent.dispose failed' }];
    const wrapper = mountExport(api, { entries: () => rendererLogs });

    await wrapper.get('[data-testid="diagnostics-export"]').trigger('click');
    await flushPromises();

    expect(requests).toEqual([
      {
        channel: 'diagnostics.export',
        request: {
          devices: ['audioinput: Headset Microphone', 'audiooutput: (name hidden until microphone access is allowed)'],
          userAgent: navigator.userAgent,
          rendererLogs,
        },
      },
    ]);
    expect(links).toEqual([{ href: 'blob:diagnostics-1', download: expect.stringMatching(/^acs-softphone-diagnostics-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json$/) }]);
    expect(blobs[0]?.type).toBe('application/json');
    expect(JSON.parse(await (blobs[0] as Blob).text())).toEqual(bundle);
    expect(wrapper.get('[data-testid="diagnostics-export-saved"]').text()).toContain(links[0]?.download);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
  });

  it('works without device access and shows why an export failed', async () => {
    captureDownloads();
    const { api, requests } = fakeApi({ ok: false, error: { code: 'failed', message: 'The request failed inside the app; see the log.' } });
    const wrapper = mountExport(api);

    await wrapper.get('[data-testid="diagnostics-export"]').trigger('click');
    await flushPromises();

    expect(requests[0]?.request).toMatchObject({ devices: [] });
    expect(wrapper.get('[data-testid="diagnostics-export-error"]').text()).toBe('Could not export diagnostics: The request failed inside the app; see the log.');
    expect(wrapper.find('[data-testid="diagnostics-export-saved"]').exists()).toBe(false);
  });
});

describe('diagnostics download helpers', () => {
  it('names the file by time, with no characters Windows refuses', () => {
    expect(diagnosticsFileName(new Date(Date.UTC(2025, 0, 31, 10, 20, 30, 456)))).toBe('acs-softphone-diagnostics-2025-01-31T10-20-30Z.json');
  });

  it('lists each device once, and nothing when listing fails', async () => {
    expect(await deviceNames({ enumerateDevices: async () => [{ kind: 'audioinput', label: 'Mic' }, { kind: 'audioinput', label: 'Mic' }] })).toEqual(['audioinput: Mic']);
    expect(await deviceNames({ enumerateDevices: () => Promise.reject(new Error('NotAllowedError')) })).toEqual([]);
    expect(await deviceNames(undefined)).toEqual([]);
  });

  it('revokes the Blob URL only after the click has been handled', () => {
    vi.useFakeTimers();
    const revoke = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    downloadJson({ a: 1 }, 'x.json', { document, createObjectURL: () => 'blob:x', revokeObjectURL: revoke });
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:x');
  });
});
