import type { Plugin, ServerOptions } from 'vite';

export const hardenedDevServer: ServerOptions;
export function blockOpenInEditor(): Plugin;
