import { describe, expect, it } from 'vitest';
import { chooseEngine, parseLaunchArgs } from '../../../electron/main/launch-options';

describe('parseLaunchArgs', () => {
  it('defaults to port 5174 with nothing else on', () => {
    expect(parseLaunchArgs([], { strict: true })).toEqual({ port: 5174, engine: undefined, qa: false, built: false });
  });

  it('reads every option', () => {
    expect(parseLaunchArgs(['--port', '0', '--engine', 'sdk', '--qa', '--built'], { strict: true })).toEqual({
      port: 0,
      engine: 'sdk',
      qa: true,
      built: true,
    });
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
    expect(chooseEngine('simulator', { ACS_TOKEN_ENDPOINT: 'https://tokens.example' })).toMatchObject({ engine: 'simulator' });
  });

  it('uses the real SDK when ACS settings exist', () => {
    expect(chooseEngine(undefined, { ACS_TOKEN_ENDPOINT: 'https://tokens.example' })).toMatchObject({ engine: 'sdk' });
  });

  it('falls back to the simulator and says why', () => {
    const choice = chooseEngine(undefined, { ACS_TOKEN_ENDPOINT: '  ' });
    expect(choice.engine).toBe('simulator');
    expect(choice.engineReason).toMatch(/ACS_TOKEN_ENDPOINT/);
  });
});
