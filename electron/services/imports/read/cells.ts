import type ExcelJS from 'exceljs';

/**
 * An exceljs cell value -> the text the coordinator sees in Excel. Dates are calendar dates
 * (exceljs gives them as UTC instants of the wall-clock value, so UTC getters, no time-zone
 * shift); numbers never in scientific notation; a number shown with a zero-padded format
 * (`0000000000`) keeps its leading zeros as shown.
 */
export function cellText(value: ExcelJS.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'WAAR' : 'ONWAAR';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return cellText(value.text, numFmt);
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return '';
    if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) return String(result.error);
    return cellText(result as ExcelJS.CellValue, numFmt);
  }
  return '';
}

/** The formula behind a cell, `=` included, or null (shared formulas come translated to this cell). */
export function cellFormula(cell: ExcelJS.Cell): string | null {
  const value = cell.value;
  if (!value || typeof value !== 'object' || value instanceof Date) return null;
  if (!('formula' in value) && !('sharedFormula' in value)) return null;
  const formula = cell.formula;
  return formula ? `=${formula}` : null;
}

export function numberText(n: number, numFmt?: string): string {
  if (!Number.isFinite(n)) return String(n);
  // Excel shows 15 significant digits: 0.1 + 0.2 is 0.3 there, so here too.
  const rounded = Number(n.toPrecision(15));
  const plain = String(rounded);
  // toLocaleString is slow (a 10,000-row sheet has 100,000 numbers): only for exponent notation.
  const text = plain.includes('e') ? rounded.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : plain;
  const pad = numFmt && /^0+$/.test(numFmt) ? numFmt.length : 0;
  return pad > 0 && /^\d+$/.test(text) ? text.padStart(pad, '0') : text;
}

export function dateText(value: Date): string {
  // exceljs converts serial days with float arithmetic: 09:00 can come out as 08:59:59.999.
  const date = new Date(Math.round(value.getTime() / 1000) * 1000);
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = `${dd}/${mm}/${date.getUTCFullYear()}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  const s = date.getUTCSeconds();
  if (h === 0 && m === 0 && s === 0) return day;
  // A timestamp keeps its time, the way Excel shows `14/09/2026 09:00`.
  const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  return s === 0 ? `${day} ${time}` : `${day} ${time}:${String(s).padStart(2, '0')}`;
}
