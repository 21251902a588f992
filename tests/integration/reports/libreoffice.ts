import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

// A private LibreOffice profile that recalculates every formula on load (the default keeps the
// cached results of an xlsx), so what we read back is LibreOffice's own arithmetic.
const registry = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

export function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** Converts with soffice headless into `outDir`; returns the converted file. Throws when LibreOffice cannot open it. */
export function sofficeConvert(file: string, format: string, outDir: string): string {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  try {
    fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
    fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), registry);
    fs.mkdirSync(outDir, { recursive: true });
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, file],
      { stdio: 'pipe', timeout: 180_000 },
    );
    const ext = format.split(':')[0] ?? format;
    const converted = path.join(outDir, `${path.basename(file, path.extname(file))}.${ext}`);
    if (!fs.existsSync(converted)) throw new Error(`LibreOffice kon ${file} niet omzetten`);
    return converted;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** The workbook as LibreOffice recalculated it. */
export async function recalculated(file: string): Promise<{ workbook: ExcelJS.Workbook; file: string }> {
  const out = sofficeConvert(file, 'xlsx', fs.mkdtempSync(path.join(os.tmpdir(), 'lo-out-')));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  return { workbook, file: out };
}

/** A cell's value as a number or string: the (recalculated) result of a formula, the value otherwise. */
export function valueOf(cell: ExcelJS.Cell): number | string | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && 'formula' in v) return (v.result as number | string | undefined) ?? null;
  if (typeof v === 'object' && 'sharedFormula' in v) return (v.result as number | string | undefined) ?? null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v as number | string;
}

/** Every cell of a workbook that holds a formula: sheet, address and the formula text. */
export function formulaCells(workbook: ExcelJS.Workbook): { sheet: string; address: string; formula: string }[] {
  const found: { sheet: string; address: string; formula: string }[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v && typeof v === 'object' && 'formula' in v)
          found.push({ sheet: sheet.name, address: cell.address, formula: v.formula ?? '' });
      }),
    );
  });
  return found;
}
