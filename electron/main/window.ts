import { BrowserWindow, shell } from 'electron';
import type { WindowPlacement } from './desktop/window-state';
import { guardNavigation } from './navigation-guard';
import type { RendererLocation } from './renderer-location';
import { windowOptions } from './window-options';

/** Creates the main window, locked to our page, and starts loading it; where it was last time, if given. */
export function createMainWindow(options: { preloadPath: string; renderer: RendererLocation; placement?: WindowPlacement }): BrowserWindow {
  const window = new BrowserWindow({ ...windowOptions(options.preloadPath), ...options.placement?.bounds });
  guardNavigation(window.webContents, (url) => void shell.openExternal(url));
  window.once('ready-to-show', () => {
    if (options.placement?.maximized) window.maximize();
    window.show();
  });
  if (options.renderer.kind === 'file') void window.loadFile(options.renderer.indexPath);
  else void window.loadURL(options.renderer.url);
  return window;
}
