import { AppError } from '../../errors';
import { detectHeader } from '../header';
import { readFile } from '../read';
import type { ParsedFile } from './protocol';

/**
 * The read step and header detection, the same choices as planImport: the first sheet with data,
 * the detected header row. Runs in the worker; exported so tests compare it with the in-process result.
 */
export async function parseFile(
  bytes: Uint8Array,
  fileName: string,
  progress: (fraction: number, label: string) => void = () => {},
): Promise<ParsedFile> {
  progress(0, 'Bestand openen');
  const workbook = await readFile(bytes, fileName);
  progress(0.8, 'Kopregel zoeken');
  const sheet = Math.max(
    workbook.sheets.findIndex((s) => s.rows.some((r) => r.some((c) => c.trim() !== ''))),
    0,
  );
  const chosen = workbook.sheets[sheet];
  if (!chosen) throw new AppError('VALIDATION', 'Dit bestand bevat geen werkbladen.');
  const header = detectHeader(chosen);
  progress(1, 'Bestand gelezen');
  return { workbook, sheet, header };
}
