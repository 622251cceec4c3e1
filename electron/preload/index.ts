import { contextBridge, ipcRenderer } from 'electron';
import { createSoftphoneApi } from './softphone-api';

// Only the two contract functions cross into the page; ipcRenderer itself never does.
contextBridge.exposeInMainWorld(
  'softphone',
  createSoftphoneApi(ipcRenderer, (message) => console.warn(message)),
);
