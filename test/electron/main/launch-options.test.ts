import { describe, expect, it } from 'vitest';
import { chooseEngine, parseLaunchArgs } from '../../../electron/main/launch-options';

describe('parseLaunchArgs', () => {
  it('defaults to port 5174 with nothing else on', () => {
    expect(parseLaunchArgs([], { strict: true })).toEqual({ port: 5174, engine: undefined, qa: false, dev: false });
  });

  it('reads every option', () => {
    expect(parseLaunchArgs(['--port', '0', '--engine', 'sdk', '--qa', '--dev'], { strict: true })).toEqual({
      port: 0,
      engine: 'sdk',
      qa: true,
      dev: true,
    });
    // The built renderer is the default; --built stays accepted for older scripts.
    expect(parseLaunchArgs(['--built'], { strict: true }).dev).toBe(false);
    expect(parseLaunchArgs(['--engine=simulator'], { strict: true }).engine).toBe('simulator');
  });

  it.each([['--port', 'abc'], ['--port', '70000'], ['--port=-1', ''], ['--engine', 'real']])('explains a bad %s %s', (flag, value) => {
    expect(() => parseLaunchArgs([flag, value].filter(Boolean), { strict: true })).toThrow(/--(port|engine) must be/);
  });

  it('rejects unknown options in strict mode but tolerates Electron and Chromium switches otherwise', () => {
    expect(() => parseLaunchArgs(['--prot', '1'], { strict: true })).toThrow();
    expect(parseLaunchArgs(['.', '--no-sandbox', '--inspect=9229', '--qa'], { strict: false }).qa).toBe(true);
  });
});

describe('chooseEngine', () => {
  it('lets --engine win over the environment', () => {
    expect(chooseEngine('simulator', { ACS_TOKEN_ENDPOINT: 'https://tokens.example' })).toEqual({
      engine: 'simulator',
      engineReason: '--engine simulator was given on the command line.',
      engineReasonKey: 'commandLine',
    });
  });

  it('uses the real SDK when ACS settings exist', () => {
    expect(chooseEngine(undefined, { ACS_TOKEN_ENDPOINT: 'https://tokens.example' })).toMatchObject({ engine: 'sdk', engineReasonKey: 'acsSettings' });
  });

  it('uses the real SDK when a token service or Teams sign-in is saved in Settings, unless --engine says otherwise', () => {
    expect(chooseEngine(undefined, {}, { tokenEndpointUrl: 'https://tokens.example/token' })).toMatchObject({ engine: 'sdk', engineReasonKey: 'savedSettings' });
    expect(chooseEngine(undefined, {}, { teamsClientId: '0c5b3a9e-1f2d-4e6a-8b7c-9d0e1f2a3b4c' })).toMatchObject({ engine: 'sdk', engineReasonKey: 'savedSettings' });
    expect(chooseEngine('simulator', {}, { tokenEndpointUrl: 'https://tokens.example/token' })).toMatchObject({ engine: 'simulator', engineReasonKey: 'commandLine' });
    expect(chooseEngine(undefined, {}, {})).toMatchObject({ engine: 'simulator', engineReasonKey: 'noAcsSettings' });
  });

  it('falls back to the simulator and says why', () => {
    const choice = chooseEngine(undefined, { ACS_TOKEN_ENDPOINT: '  ' });
    expect(choice.engine).toBe('simulator');
    expect(choice.engineReason).toMatch(/ACS_TOKEN_ENDPOINT/);
    expect(choice.engineReasonKey).toBe('noAcsSettings');
  });
});

describe('parseLaunchArgs: CallAgent deadlines for tests', () => {
  it('leaves the core defaults alone unless a deadline is given', () => {
    expect(parseLaunchArgs(['--engine', 'sdk'], { strict: true })).not.toHaveProperty('deadlines');
  });

  it('reads either deadline on its own or both', () => {
    expect(parseLaunchArgs(['--connect-deadline-ms', '3000'], { strict: true }).deadlines).toEqual({ connectMs: 3000 });
    expect(parseLaunchArgs(['--create-deadline-ms=8000', '--connect-deadline-ms', '2500'], { strict: true }).deadlines).toEqual({
      createMs: 8000,
      connectMs: 2500,
    });
  });

  it.each([['abc'], ['0'], ['50'], ['1.5'], ['-3000'], ['600001']])('explains a bad --connect-deadline-ms %s', (value) => {
    expect(() => parseLaunchArgs([`--connect-deadline-ms=${value}`], { strict: true })).toThrow(
      /--connect-deadline-ms must be a whole number of milliseconds from 100 to 600000/,
    );
  });
});
