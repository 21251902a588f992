import type { CellValue } from './values';

/** A file being written a batch of rows at a time (CSV or xlsx), so 100k rows never sit in memory. */
export type TableWriter = {
  /** Writes the header row; `sample` (the first rows) lets the xlsx writer fit its column widths. */
  start: (sample: CellValue[][]) => Promise<void>;
  writeRows: (rows: CellValue[][]) => Promise<void>;
  finish: () => Promise<void>;
  abort: () => void;
};
