import type ExcelJS from 'exceljs';
import { excelDate, numberFormats, type CellKind } from './data-sheet';

export type Formula = { formula: string; result: number | string };
export type SummaryColumn<T> = {
  header: string;
  width: number;
  kind: CellKind;
  /** The cell for an item on sheet row `row` (1-based): a plain value or a formula with its cached result. */
  cell: (item: T, row: number) => string | number | null | Formula;
};

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2F4F6F' } };

/** A titled table of one row per item (hogeschool, group, event), frozen below its header, with autofilter. */
export function writeSummarySheet<T>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  title: string,
  subtitle: string,
  columns: SummaryColumn<T>[],
  items: readonly T[],
): void {
  const headerRow = 4;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  sheet.columns = columns.map((c) => ({ width: c.width, style: { numFmt: numberFormats[c.kind] } }));
  const t = sheet.addRow([title]);
  t.font = { bold: true, size: 14 };
  t.commit();
  sheet.addRow([subtitle]).commit();
  sheet.addRow([]).commit();
  const head = sheet.addRow(columns.map((c) => c.header));
  head.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  head.fill = headerFill;
  head.commit();
  items.forEach((item, i) => {
    const row = headerRow + 1 + i;
    sheet
      .addRow(
        columns.map((c) => {
          const value = c.cell(item, row);
          return c.kind === 'date' && typeof value === 'string' ? excelDate(value) : value;
        }),
      )
      .commit();
  });
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow + Math.max(items.length, 0), column: columns.length },
  };
  sheet.commit();
}
