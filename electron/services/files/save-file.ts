import fs from 'node:fs';
import path from 'node:path';
import type { SaveFileResult } from '../../api/contract/files';
import type { AppContext, SaveSuggestion } from '../context';
import { AppError } from '../errors';
import { writeFileAtomically, type WriteFs } from './write-atomically';

/** The type names the dialog shows per extension; anything else gets a neutral "bestand". */
const FILTER_NAMES: Record<string, string> = {
  xlsx: 'Excel-werkmap',
  csv: 'CSV-bestand (puntkomma)',
  json: 'JSON-bestand',
  pdf: 'PDF-document',
  zip: 'ZIP-archief',
  txt: 'Tekstbestand',
};

export function suggestionFor(fileName: string): SaveSuggestion {
  const extension = path.extname(fileName).slice(1).toLowerCase();
  return { fileName, filterName: FILTER_NAMES[extension] ?? `${extension.toUpperCase()}-bestand`, extensions: [extension] };
}

/**
 * The chosen path with the expected extension: Linux dialogs do not add it, and a workbook without
 * `.xlsx` would not open in Excel with a double-click. When adding it would land on an existing
 * file the dialog never asked about, the user is asked to choose again instead of overwriting it.
 */
export function targetWithExtension(chosen: string, extension: string, exists: (file: string) => boolean): string {
  if (path.extname(chosen).slice(1).toLowerCase() === extension) return chosen;
  const target = `${chosen}.${extension}`;
  if (exists(target)) {
    throw new AppError(
      'CONFLICT',
      `Er bestaat al een bestand ${path.basename(target)} in die map. Kies een andere naam, of typ de extensie .${extension} mee om het te vervangen.`,
    );
  }
  return target;
}

/**
 * Saves a file the app produced where the user chooses, through the host's save dialog (Electron).
 * Browser mode has no dialog: `unsupported`, and the renderer downloads instead. Cancel writes
 * nothing and is no error.
 */
export async function saveFile(
  ctx: AppContext,
  input: { fileName: string; contentBase64: string },
  fsImpl: WriteFs = fs,
): Promise<SaveFileResult> {
  const choose = ctx.host.chooseSaveTarget;
  if (!choose) return { status: 'unsupported' };
  const suggestion = suggestionFor(input.fileName);
  const chosen = await choose(suggestion);
  if (chosen === null) return { status: 'cancelled' };
  if (!path.isAbsolute(chosen)) throw new AppError('VALIDATION', 'Kies een map en een bestandsnaam om te bewaren.');
  const [extension = ''] = suggestion.extensions;
  const target = targetWithExtension(chosen, extension, (file) => fs.existsSync(file));
  writeFileAtomically(target, Buffer.from(input.contentBase64, 'base64'), fsImpl);
  return { status: 'saved', path: target, fileName: path.basename(target) };
}
