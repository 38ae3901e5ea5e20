/**
 * The preload of every document window (sandboxed, context-isolated; bundled into one CommonJS
 * file because a sandboxed preload cannot `require` anything but `electron`). It exposes exactly
 * one object to the page, `window.zonewright`, implementing `PlatformApi`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createPlatformApi } from './platformApi';

contextBridge.exposeInMainWorld(
  'zonewright',
  createPlatformApi(ipcRenderer, (message) => console.warn(`[zonewright preload] ${message}`)),
);
