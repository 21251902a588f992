import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { formulaCells, recalculated } from './libreoffice';
import { formulaResults } from './raw-values';

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function close(actual: unknown, expected: unknown, where: string) {
  if (typeof expected === 'number') {
    expect(typeof actual, where).toBe('number');
    expect(Math.abs((actual as number) - expected), `${where}: ${String(actual)} vs ${expected}`).toBeLessThan(1e-9);
  } else {
    expect(actual ?? '', where).toBe(expected ?? '');
  }
}

/**
 * Opens the file with exceljs (no repair needed) and with LibreOffice (recalculating every formula),
 * and checks each formula's recalculated value against the result the report cached.
 * Returns the recalculated workbook for figure-by-figure checks.
 */
export async function checkFormulasRecalculate(
  file: string,
): Promise<{ recalc: ExcelJS.Workbook; values: Map<string, number | string> }> {
  const original = await readWorkbook(file);
  const { workbook: recalc, file: recalcFile } = await recalculated(file);
  const cells = formulaCells(original);
  expect(cells.length).toBeGreaterThan(0);
  const cached = await formulaResults(file);
  const fresh = await formulaResults(recalcFile);
  expect(fresh.size).toBe(cells.length);
  for (const cell of cells) {
    const where = `${cell.sheet}!${cell.address}`;
    close(fresh.get(where), cached.get(where), `${where} ${cell.formula}`);
  }
  return { recalc, values: fresh };
}

/** Key (column D) -> recalculated value (column B) on the Kengetallen sheet. */
export function kpiCells(checked: {
  recalc: ExcelJS.Workbook;
  values: Map<string, number | string>;
}): Map<string, number | string | null> {
  const sheet = checked.recalc.getWorksheet('Kengetallen')!;
  const found = new Map<string, number | string | null>();
  sheet.eachRow((row, n) => {
    const key = row.getCell(4).value;
    if (n > 4 && typeof key === 'string' && key.length > 0) found.set(key, checked.values.get(`Kengetallen!B${n}`) ?? null);
  });
  return found;
}

export function allStrings(workbook: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') out.push(cell.value);
      }),
    ),
  );
  return out;
}
