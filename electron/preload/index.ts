import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL } from '../api/channel';

/** The whole surface the renderer gets: one call, the router behind it validates everything. */
contextBridge.exposeInMainWorld('blikopener', {
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(API_CHANNEL, method, input),
});
