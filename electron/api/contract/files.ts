import { z } from './zod';
import { method } from './method';

/** Characters no file name may hold on Windows, macOS or Linux (control characters are checked apart). */
const FORBIDDEN = /[<>:"|?*]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
const CONTROL = /[\u0000-\u001f\u007f]/g;

/**
 * A file name as the app suggests it. Never a path: a separator or a name made of dots is refused
 * (the dialog chooses the folder, the renderer never does); characters Windows refuses become `_`.
 */
export const saveFileName = z
  .string()
  .trim()
  .min(1, 'Geef een bestandsnaam op.')
  .max(200, 'De bestandsnaam is te lang (hoogstens 200 tekens).')
  .refine((name) => !/[\\/]/.test(name), 'Een bestandsnaam mag geen / of \\ bevatten.')
  .refine((name) => !/^\.+$/.test(name), 'Geen geldige bestandsnaam.')
  .transform((name) => name.replace(CONTROL, '').replace(FORBIDDEN, '_').replace(/^\.+/, ''))
  .refine((name) => /\.[A-Za-z0-9]{1,8}$/.test(name), 'De bestandsnaam heeft een extensie nodig (bv. .xlsx).');

/** Makes any suggested name acceptable to `saveFileName`: what the renderer does before asking. */
export function toSaveFileName(name: string): string {
  const cleaned = name.replace(CONTROL, '').replace(/[\\/]/g, '-').replace(FORBIDDEN, '_').trim().replace(/^\.+/, '');
  return cleaned === '' ? 'bestand' : cleaned.slice(-200);
}

/**
 * Standard padded base64, as Buffer.toString('base64') writes it. Checked without a repeating
 * regex group: the content can be hundreds of megabytes, and backtracking would not survive that.
 */
export function isBase64(content: string): boolean {
  if (content.length % 4 !== 0 || /[^A-Za-z0-9+/=]/.test(content)) return false;
  const pad = content.indexOf('=');
  return pad === -1 || (pad >= content.length - 2 && /^=+$/.test(content.slice(pad)));
}

export const saveFileInput = z
  .object({
    fileName: saveFileName,
    contentBase64: z
      .string()
      .max(500_000_000, 'Het bestand is te groot om te bewaren.')
      .refine(isBase64, 'De inhoud van het bestand is ongeldig.'),
  })
  .strict();

/**
 * saved: written where the user chose (path as chosen, fileName its last part); cancelled: the
 * user closed the dialog, nothing written; unsupported: this host has no save dialog (browser
 * mode), the renderer downloads instead.
 */
export type SaveFileResult =
  { status: 'saved'; path: string; fileName: string } | { status: 'cancelled' } | { status: 'unsupported' };

export const fileMethods = {
  'files.save': method<typeof saveFileInput, SaveFileResult>(saveFileInput),
} as const;
