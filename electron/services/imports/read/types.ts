/** A formula found in an xlsx cell: the reader shows its cached result, validation keeps the formula. */
export type SheetFormula = { row: number; column: number; formula: string };

/**
 * One sheet as the coordinator sees it: every cell as text (dates dd/mm/yyyy, numbers without
 * scientific notation, text as typed). `rows[r][c]` is row r+1, column c+1 of the file; rows keep
 * their position (empty rows stay) so a row number in a report points at the same line in the file.
 */
export type Sheet = {
  name: string;
  rows: string[][];
  formulas: SheetFormula[];
  /** What the reader had to repair (a stray quote, ...), in Dutch, for the wizard to show. */
  notes: string[];
};

export type Workbook = {
  format: 'csv' | 'xlsx';
  /** CSV only: the encoding and separator that were detected. */
  encoding?: CsvEncoding;
  separator?: CsvSeparator;
  sheets: Sheet[];
};

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type CsvSeparator = ';' | ',' | '\t';
