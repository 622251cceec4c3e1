import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDirectory, takeDataDirectory } from '../../../../electron/main/persistence/data-directory';

describe('defaultDataDirectory', () => {
  it('follows each OS convention for per-user app data', () => {
    expect(defaultDataDirectory('linux', {}, '/home/ann')).toBe(join('/home/ann', '.config', 'acs-softphone'));
    expect(defaultDataDirectory('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ann')).toBe(join('/xdg', 'acs-softphone'));
    expect(defaultDataDirectory('linux', { XDG_CONFIG_HOME: 'relative' }, '/home/ann')).toBe(join('/home/ann', '.config', 'acs-softphone'));
    expect(defaultDataDirectory('darwin', {}, '/Users/ann')).toBe(join('/Users/ann', 'Library', 'Application Support', 'acs-softphone'));
    expect(defaultDataDirectory('win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'C:\\Users\\ann')).toBe(join('C:\\Users\\ann\\AppData\\Roaming', 'acs-softphone'));
  });
});

describe('takeDataDirectory', () => {
  const fallback = () => '/default';

  it('takes --data-dir out of the arguments and resolves it', () => {
    expect(takeDataDirectory(['--port', '0', '--data-dir', 'data', '--qa'], {}, fallback, '/work')).toEqual({ dataDir: resolve('/work', 'data'), rest: ['--port', '0', '--qa'] });
    expect(takeDataDirectory(['--data-dir=/abs/dir'], {}, fallback, '/work')).toEqual({ dataDir: resolve('/abs/dir'), rest: [] });
  });

  it('prefers --data-dir, then SOFTPHONE_DATA_DIR, then the OS default', () => {
    expect(takeDataDirectory(['--data-dir', '/a'], { SOFTPHONE_DATA_DIR: '/b' }, fallback).dataDir).toBe(resolve('/a'));
    expect(takeDataDirectory([], { SOFTPHONE_DATA_DIR: '/b' }, fallback).dataDir).toBe(resolve('/b'));
    expect(takeDataDirectory([], { SOFTPHONE_DATA_DIR: '  ' }, fallback).dataDir).toBe('/default');
  });

  it('refuses --data-dir without a directory', () => {
    expect(() => takeDataDirectory(['--data-dir'], {}, fallback)).toThrow(/--data-dir needs a directory/);
    expect(() => takeDataDirectory(['--data-dir', '--qa'], {}, fallback)).toThrow(/--data-dir needs a directory/);
    expect(() => takeDataDirectory(['--data-dir='], {}, fallback)).toThrow(/--data-dir needs a directory/);
  });
});
