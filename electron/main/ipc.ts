import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Router } from '../api/router';
import { API_CHANNEL } from '../api/channel';
import { isAppUrl } from './app-url';

/** The one IPC channel. Calls from any frame that is not the app's own are refused. */
export function registerApiChannel(router: Router, devServerUrl: string | undefined): void {
  ipcMain.handle(API_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(frameUrl, devServerUrl)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Verzoek van een onbekende bron geweigerd.' } };
    }
    return router.call(typeof method === 'string' ? method : '', input);
  });
}
