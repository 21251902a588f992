import path from 'node:path';
import { app, BrowserWindow, dialog, type SaveDialogOptions } from 'electron';
import type { SaveSuggestion } from '../services/context';

// The folder of the last save in this session: the next export lands next to the previous one.
let lastFolder: string | null = null;

/**
 * The native "Bewaren als" dialog, attached to the app window: starts in Documenten (or the last
 * folder used) with the suggested name and one file type filter. Null when the user cancels.
 */
export async function chooseSaveTarget(suggestion: SaveSuggestion): Promise<string | null> {
  const options: SaveDialogOptions = {
    title: 'Bewaren als',
    buttonLabel: 'Bewaren',
    defaultPath: path.join(lastFolder ?? app.getPath('documents'), suggestion.fileName),
    filters: [{ name: suggestion.filterName, extensions: suggestion.extensions }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  lastFolder = path.dirname(result.filePath);
  return result.filePath;
}
