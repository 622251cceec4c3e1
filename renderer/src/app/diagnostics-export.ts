import type { RendererLogEntry } from '../../../shared/diagnostics/bundle-schema';
import type { SoftphoneApi } from '../../../shared/ipc/api';

/*
 * "Export diagnostics": main gathers the bundle, the renderer adds what only it knows (device
 * names, its user agent, its log) and offers the file as a download, in Electron and in the
 * web shell alike. No Vue here, so the component stays view state only.
 */

export type DiagnosticsExportResult = { ok: true; fileName: string } | { ok: false; message: string };

/** The app command the QA panel's button runs. */
export interface DiagnosticsExport {
  run(): Promise<DiagnosticsExportResult>;
}

/** What the export needs of the page; read when it runs (device access may come later). */
export interface DiagnosticsPage extends DownloadDeps {
  navigator: { userAgent: string; mediaDevices?: DeviceLister | undefined };
  now(): Date;
}

export function createDiagnosticsExport(api: SoftphoneApi, rendererLog: RendererLogSource | undefined, page: DiagnosticsPage): DiagnosticsExport {
  return {
    async run() {
      const devices = await deviceNames(page.navigator.mediaDevices);
      const rendererLogs = rendererLog?.entries() ?? [];
      const reply = await api.invoke('diagnostics.export', { devices, userAgent: page.navigator.userAgent.slice(0, 1_000), rendererLogs });
      if (!reply.ok) return { ok: false, message: reply.error.message };
      const fileName = diagnosticsFileName(page.now());
      downloadJson(reply.value, fileName, page);
      return { ok: true, fileName };
    },
  };
}

/** The real page's parts, for main.ts. */
export function browserDiagnosticsPage(win: Window): DiagnosticsPage {
  return {
    navigator: win.navigator,
    document: win.document,
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    now: () => new Date(),
  };
}

/** The page's log (RendererLog): its recent lines go into the bundle. */
export interface RendererLogSource {
  entries(): RendererLogEntry[];
}

/** What enumerateDevices gives, as far as the bundle needs it. */
export interface DeviceLister {
  enumerateDevices(): Promise<Pick<MediaDeviceInfo, 'kind' | 'label'>[]>;
}

const maxDevices = 50;
const maxNameLength = 200;

/**
 * "audioinput: Built-in Microphone", one per device, no ids. Without microphone permission
 * the browser hides the names, and the bundle says so rather than listing blanks.
 */
export async function deviceNames(devices: DeviceLister | undefined): Promise<string[]> {
  if (!devices) return [];
  let listed: Pick<MediaDeviceInfo, 'kind' | 'label'>[];
  try {
    listed = await devices.enumerateDevices();
  } catch {
    return [];
  }
  const names = listed.map((device) => `${device.kind}: ${device.label.trim() || '(name hidden until microphone access is allowed)'}`.slice(0, maxNameLength));
  return [...new Set(names)].slice(0, maxDevices);
}

/** acs-softphone-diagnostics-2025-01-31T10-20-30Z.json: sortable, and legal on Windows. */
export function diagnosticsFileName(at: Date): string {
  return `acs-softphone-diagnostics-${at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-')}.json`;
}

export interface DownloadDeps {
  document: Document;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
}

/** Offers `value` as a JSON file through a Blob URL and a temporary link. */
export function downloadJson(value: unknown, fileName: string, deps: DownloadDeps): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = deps.createObjectURL(blob);
  const link = deps.document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  deps.document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked on the next turn: revoking at once can cancel the download in Chromium.
    setTimeout(() => deps.revokeObjectURL(url), 0);
  }
}
