import type ExcelJS from 'exceljs';

/**
 * The data rows of a big sheet written as sheet XML directly into the streaming writer's sheet
 * stream. exceljs builds a Row, a Cell per value, a style merge and an xform model per cell; at
 * 200k rows x 18 columns that was most of the report's time. Here a row is one string built from
 * precomputed pieces (cell references, style ids), and strings are inline (t="inlineStr"): no
 * shared-string table to hold in memory, and Excel and LibreOffice read them the same.
 *
 * This relies on exceljs 4.4 WorksheetWriter internals (its sheet stream, `startedData`,
 * `_rowZero`, the workbook's style registry). They are checked up front: if exceljs changes, the
 * report fails with a clear error before anything is written, never with a corrupt file.
 */

export type RawCell = { kind: 'text' | 'number' | 'date'; style: ExcelJS.Style | Partial<ExcelJS.Style> };

type SheetInternals = {
  stream?: { write?: (chunk: string | Buffer) => unknown };
  startedData?: unknown;
  _rowZero?: unknown;
  _rows?: unknown;
  workbook?: { styles?: { addStyleModel?: (style: Partial<ExcelJS.Style>) => number } };
};

function internals(sheet: ExcelJS.Worksheet) {
  const s = sheet as unknown as SheetInternals;
  const write = s.stream?.write?.bind(s.stream);
  const addStyle = s.workbook?.styles?.addStyleModel?.bind(s.workbook.styles);
  if (!write || !addStyle || typeof s._rowZero !== 'number' || !Array.isArray(s._rows))
    throw new Error('exceljs-versie niet ondersteund: de streaming writer heeft niet de verwachte interne velden (4.4)');
  if (s.startedData !== true || s._rows.length > 0)
    throw new Error('De kopregel moet vastgelegd zijn voor de gegevensrijen worden geschreven');
  return {
    write: (chunk: string | Buffer) => void write(chunk),
    addStyle,
    advance: (rows: number) => {
      s._rowZero = (s._rowZero as number) + rows;
    },
  };
}

// XML 1.0 forbids these control characters in a document; exceljs drops them too.
// eslint-disable-next-line no-control-regex
const forbidden = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
// eslint-disable-next-line no-control-regex
const needsEscape = /[&<>\x00-\x08\x0B\x0C\x0E-\x1F\x7F]|_x[0-9A-Fa-f]{4}_/;
const preserve = /^\s|\n|\s$/;

/** Text as an inline string's XML: escaped, control characters dropped (as exceljs does), and a
 * literal `_xHHHH_` escaped itself so the reader does not decode it into another character. */
export function inlineText(text: string): string {
  const body = needsEscape.test(text)
    ? text
        .replace(forbidden, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    : text;
  return preserve.test(text) ? `<is><t xml:space="preserve">${body}</t></is>` : `<is><t>${body}</t></is>`;
}

const serials = new Map<string, number>();

/** The Excel serial of a calendar day (exceljs's own formula for a UTC midnight Date). A report
 * has a few hundred distinct days over a million date cells: parse each day once. */
export function daySerial(day: string): number {
  let serial = serials.get(day);
  if (serial === undefined) {
    if (serials.size > 50_000) serials.clear();
    serial = 25569 + Date.parse(`${day}T00:00:00Z`) / 86_400_000;
    serials.set(day, serial);
  }
  return serial;
}

/** Characters of sheet XML handed to the stream at a time. */
const flushChars = 128 * 1024;

export type RawRowWriter = {
  /** Appends rows (one value per cell spec, in column order) and hands them to the sheet stream. */
  write: (rows: Iterable<readonly (string | number | null)[]>) => void;
  readonly count: number;
};

/**
 * Sheet XML for data rows from row 2 on, handed out in pieces of ~128k characters. Pure (no
 * exceljs): the report's worker thread builds rows with it too, given the style ids the main
 * thread registered in the workbook.
 */
export function rowXmlBuilder(kinds: readonly RawCell['kind'][], letters: readonly string[], styleIds: readonly number[]) {
  const prefixes = letters.map((letter, i) => [letter, styleIds[i] ? ` s="${styleIds[i]}"` : ''] as const);
  let next = 2;
  return {
    /** Rows written so far. */
    get count() {
      return next - 2;
    },
    build(rows: Iterable<readonly (string | number | null)[]>, emit: (xml: string) => void): number {
      let xml = '';
      let written = 0;
      for (const values of rows) {
        const r = next + written;
        xml += `<row r="${r}">`;
        for (let i = 0; i < prefixes.length; i += 1) {
          const [letter, s] = prefixes[i] as readonly [string, string];
          const value = values[i] ?? null;
          const kind = kinds[i];
          // An empty cell is left out: the column's style (<col style>) still formats what is typed there.
          if (value === null || value === '') continue;
          if (typeof value === 'number') xml += `<c r="${letter}${r}"${s}><v>${value}</v></c>`;
          else if (kind === 'date') {
            const serial = daySerial(value);
            if (Number.isFinite(serial)) xml += `<c r="${letter}${r}"${s}><v>${serial}</v></c>`;
          } else xml += `<c r="${letter}${r}"${s} t="inlineStr">${inlineText(value)}</c>`;
        }
        xml += '</row>';
        written += 1;
        // Small pieces: short-lived strings and buffers die young instead of piling up in old space.
        if (xml.length > flushChars) {
          emit(xml);
          xml = '';
        }
      }
      if (xml) emit(xml);
      next += written;
      return written;
    },
  };
}

/** A workbook's id for a cell style (registered once; the same style gives the same id). */
export function workbookStyleId(workbook: ExcelJS.stream.xlsx.WorkbookWriter, style: Partial<ExcelJS.Style>): number {
  const styles = (workbook as unknown as SheetInternals['workbook'])?.styles;
  if (typeof styles?.addStyleModel !== 'function')
    throw new Error('exceljs-versie niet ondersteund: de stijlen van de werkmap zijn niet bereikbaar (4.4)');
  return styles.addStyleModel(style);
}

/**
 * A writer for the rows after the header. The header must have been committed through exceljs
 * (that writes the column widths and opens <sheetData>); the rows then continue from row 2.
 */
export function rawRowWriter(sheet: ExcelJS.Worksheet, cells: readonly RawCell[], letters: readonly string[]): RawRowWriter {
  const inner = internals(sheet);
  const builder = rowXmlBuilder(
    cells.map((c) => c.kind),
    letters,
    cells.map((c) => inner.addStyle(c.style)),
  );
  return {
    get count() {
      return builder.count;
    },
    write(rows) {
      inner.advance(builder.build(rows, inner.write));
    },
  };
}

/**
 * Rows built elsewhere (the report's worker thread), as UTF-8 pieces of sheet XML from row 2 on
 * (cut anywhere: the zip joins them again): handed to the sheet stream as they are.
 */
export function preparedRowWriter(sheet: ExcelJS.Worksheet) {
  const inner = internals(sheet);
  return {
    write: (piece: Buffer) => inner.write(piece),
    finish: (rows: number) => inner.advance(rows),
  };
}
