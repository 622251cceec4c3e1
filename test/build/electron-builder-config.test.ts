import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('electron-builder.yml', () => {
  const config = load(read('electron-builder.yml')) as Record<string, unknown> & {
    mac: { entitlements: string; entitlementsInherit: string; extendInfo: Record<string, string> };
  };

  it("matches electron-builder's own schema", () => {
    const schema = JSON.parse(read('node_modules/app-builder-lib/scheme.json')) as object;
    // strict: false because the schema uses a custom "typeof" keyword.
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('asks macOS for the microphone with a reason the user sees', () => {
    expect(config.mac.extendInfo.NSMicrophoneUsageDescription).toMatch(/microphone/i);
    expect(config.mac.extendInfo.NSCameraUsageDescription).toMatch(/camera/i);
    const entitlements = read(config.mac.entitlements);
    expect(entitlements).toMatch(/<key>com\.apple\.security\.device\.audio-input<\/key>\s*<true\/>/);
    expect(entitlements).toMatch(/<key>com\.apple\.security\.cs\.allow-jit<\/key>\s*<true\/>/);
  });

  it('relaxes the hardened runtime only for JIT, which V8 needs (Electron 12+ needs nothing more)', () => {
    const entitlements = read(config.mac.entitlements);
    const codeSigningExceptions = [...entitlements.matchAll(/<key>(com\.apple\.security\.cs\.[\w.-]+)<\/key>/g)].map((match) => match[1]);
    expect(codeSigningExceptions).toEqual(['com.apple.security.cs.allow-jit']);
    expect(config.mac.entitlementsInherit).toBe(config.mac.entitlements);
  });

  it('registers tel: and callto: links', () => {
    expect(config.protocols).toEqual([expect.objectContaining({ schemes: ['tel', 'callto'] })]);
  });
});
