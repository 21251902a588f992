import type { HeaderResult } from '../header';
import type { Workbook } from '../read';

/** What the caller sends: the file's bytes (transferred, not copied) and its name. */
export type ParseRequest = { bytes: Uint8Array; fileName: string };

/** The uniform result: every sheet as text rows, the sheet with data and its detected header. */
export type ParsedFile = { workbook: Workbook; sheet: number; header: HeaderResult };

export type ParseProgress = { fraction: number; label: string };

/** Worker -> caller. An AppError crosses as code + Dutch message (class instances do not survive cloning). */
export type WorkerMessage =
  | ({ type: 'progress' } & ParseProgress)
  | { type: 'done'; result: ParsedFile }
  | { type: 'failed'; code: string; message: string };
