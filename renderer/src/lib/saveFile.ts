import { toSaveFileName } from '../../../electron/api/contract/files';
import { call } from '../api';

/** A file the main side produced, as the contract carries it. */
export type FileToSave = { fileName: string; mimeType: string; contentBase64: string };

/**
 * saved: the file is where the user wanted it; `label` says where (the full path in the desktop
 * app, the file name for a browser download). Not saved: the user cancelled the dialog.
 */
export type SaveOutcome = { saved: true; label: string } | { saved: false };

/** Offers base64 content as a browser download; nothing is opened or run. */
export function downloadBase64(fileName: string, mimeType: string, contentBase64: string): void {
  const bytes = Uint8Array.from(atob(contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The desktop app has the preload bridge; browser mode talks HTTP and has no save dialog. */
function isDesktop(): boolean {
  return typeof window.blikopener?.call === 'function';
}

/**
 * THE way a produced file reaches the user. In the desktop app the main process shows the save
 * dialog (Documenten, the suggested name, a filter by extension) and writes the file there
 * safely; in browser mode it is a download, as a browser does it. Cancelling is not an error.
 * Failures (no rights, file open in Excel, disk full) reject with the main side's Dutch message.
 */
export async function saveFile(file: FileToSave): Promise<SaveOutcome> {
  const fileName = toSaveFileName(file.fileName);
  if (isDesktop()) {
    const result = await call('files.save', { fileName, contentBase64: file.contentBase64 });
    if (result.status === 'saved') return { saved: true, label: result.path };
    if (result.status === 'cancelled') return { saved: false };
  }
  downloadBase64(fileName, file.mimeType, file.contentBase64);
  return { saved: true, label: fileName };
}
