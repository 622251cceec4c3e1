import { BrowserWindow, shell } from 'electron';
import { guardNavigation } from './navigation-guard';
import type { RendererLocation } from './renderer-location';
import { windowOptions } from './window-options';

/** Creates the main window, locked to our page, and starts loading it. */
export function createMainWindow(options: { preloadPath: string; renderer: RendererLocation }): BrowserWindow {
  const window = new BrowserWindow(windowOptions(options.preloadPath));
  guardNavigation(window.webContents, (url) => void shell.openExternal(url));
  window.once('ready-to-show', () => window.show());
  if (options.renderer.kind === 'file') void window.loadFile(options.renderer.indexPath);
  else void window.loadURL(options.renderer.url);
  return window;
}
