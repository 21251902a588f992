import type { HeaderResult } from '../header';
import type { Workbook } from '../read';

/** What the caller sends: the file's bytes (transferred, not copied) and its name. */
export type ParseRequest = { bytes: Uint8Array; fileName: string };

/** The uniform result: every sheet as text rows, the sheet with data and its detected header. */
export type ParsedFile = { workbook: Workbook; sheet: number; header: HeaderResult };

/**
 * What crosses from the worker: the workbook once, and where its header is. The header's rows are
 * the sheet's cells again; cloned, every string would cross (and be held) twice, so the caller
 * rebuilds them from the workbook it received (detectHeader at the known row: ~20 ms, shared strings).
 */
export type ParsedWorkbook = { workbook: Workbook; sheet: number; headerRow: number };

export type ParseProgress = { fraction: number; label: string };

/** Worker -> caller. An AppError crosses as code + Dutch message (class instances do not survive cloning). */
export type WorkerMessage =
  | ({ type: 'progress' } & ParseProgress)
  | { type: 'done'; result: ParsedWorkbook }
  | { type: 'failed'; code: string; message: string };
