import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseRendererSource } from '../../../electron/web-host/renderer-source';

describe('chooseRendererSource', () => {
  it('serves the built renderer unless asked for the dev server: what users start runs no Vite', () => {
    expect(chooseRendererSource(false, '/app', () => true)).toEqual({ kind: 'built', dir: join('/app', 'out', 'renderer') });
  });

  it('has nothing to serve before a build, rather than falling back to a dev server', () => {
    expect(chooseRendererSource(false, '/app', () => false)).toBeUndefined();
  });

  it('runs Vite only for npm run dev (--dev)', () => {
    expect(chooseRendererSource(true, '/app', () => false)).toEqual({ kind: 'vite', configFile: join('/app', 'vite.renderer.config.ts') });
  });
});
