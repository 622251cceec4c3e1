import { readFileSync } from 'node:fs';
import { arch, platform, release } from 'node:os';
import { join } from 'node:path';
import type { OsInfo, SdkVersions } from '../../../shared/diagnostics/bundle-schema';

/** The OS as Node sees it; the renderer adds its user agent per request. */
export function nodeOsInfo(): OsInfo {
  return { platform: platform(), release: release(), arch: arch() };
}

/**
 * The Calling SDK versions actually installed, read from their package.json at run time
 * (inside app.asar for a packaged app, which keeps production dependencies). Falls back to
 * the range the app declares, marked as such, and never throws: a missing version must not
 * cost the user their diagnostics.
 */
export function readSdkVersions(rootDir: string): SdkVersions {
  return {
    callingVersion: installedVersion(rootDir, '@azure/communication-calling'),
    commonVersion: installedVersion(rootDir, '@azure/communication-common'),
  };
}

function installedVersion(rootDir: string, name: string): string {
  const installed = versionIn(join(rootDir, 'node_modules', ...name.split('/'), 'package.json'));
  if (installed) return installed;
  const declared = dependencyRange(join(rootDir, 'package.json'), name);
  return declared ? `declared ${declared}` : 'unknown';
}

function readJson(path: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function versionIn(path: string): string | undefined {
  const version = readJson(path)?.version;
  return typeof version === 'string' ? version : undefined;
}

function dependencyRange(path: string, name: string): string | undefined {
  const dependencies = readJson(path)?.dependencies;
  if (typeof dependencies !== 'object' || dependencies === null) return undefined;
  const range = (dependencies as Record<string, unknown>)[name];
  return typeof range === 'string' ? range : undefined;
}
