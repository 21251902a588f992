import ExcelJS from 'exceljs';
import fs from 'node:fs';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../electron/api/router';
import type { OrganisationRow, Page as ListPage } from '../../electron/api/contract';
import { openAppContext } from '../../electron/services/context';
import { generateDemoData } from '../../electron/services/demo/generate';
import { locations, tempDir } from '../helpers/db';
import { startApp, type RunningApp } from './fixture';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function demoDataDir(): string {
  const dir = tempDir('blikopener-e2e-');
  const ctx = openAppContext({ dataDir: dir, ...locations });
  try {
    generateDemoData(ctx, { scale: 150, seed: 7 });
    return dir;
  } finally {
    ctx.close();
  }
}

/** What the list says for the same filters and sort, read on a second connection. */
async function expectedNames(dataDir: string): Promise<string[]> {
  const ctx = openAppContext({ dataDir, ...locations });
  try {
    const response = await createRouter(ctx).call('organisations.list', {
      filters: { provinceCode: 'antwerpen', active: true },
      sort: { column: 'city', direction: 'desc' },
      limit: 500,
    });
    if (!response.ok) throw new Error(response.error.message);
    return (response.result as ListPage<OrganisationRow>).rows.map((r) => r.name);
  } finally {
    ctx.close();
  }
}

describe('table export on Organisaties', () => {
  it('exports the filtered, sorted view with its visible columns to CSV and xlsx as downloads', async () => {
    const dataDir = demoDataDir();
    app = await startApp({ dataDir });
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Organisaties' }).click();
    await page.getByTestId('organisation-row').first().waitFor();
    await page.getByTestId('filter-provinceCode').selectOption('antwerpen');
    // Gemeente, Z to A: the first click sorts ascending, the second descending.
    const city = page.getByRole('columnheader', { name: 'Gemeente', exact: true });
    await city.getByRole('button').click();
    await city.getByRole('button').click();
    await expect.poll(() => city.getAttribute('aria-sort')).toBe('descending');
    await page.getByTestId('columns-menu').click();
    await page.getByRole('checkbox', { name: 'KBO-nr.' }).uncheck();
    await page.keyboard.press('Escape');

    const names = await expectedNames(dataDir);
    expect(names.length).toBeGreaterThan(5);

    await page.getByTestId('table-export').click();
    const csvDownload = page.waitForEvent('download');
    await page.getByTestId('table-export-csv').click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toMatch(/^organisaties-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = fs.readFileSync(await csv.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(header).toEqual([
      'Naam',
      'Vorm',
      'Postcode',
      'Gemeente',
      'Provincie',
      'Federaties',
      'Contacten',
      'Open vragen',
      'Gewijzigd',
    ]);
    expect(rows.map((r) => r[0])).toEqual(names);
    expect(rows.every((r) => r[4] === 'Antwerpen')).toBe(true);
    expect(rows.every((r) => /^\d\d\/\d\d\/\d{4}$/.test(r[8] ?? ''))).toBe(true);
    await expect.poll(() => page.getByText(`${names.length} rijen geëxporteerd`).count()).toBe(1);
    await app.screenshot('table-export-organisations');

    await page.getByTestId('table-export').click();
    const xlsxDownload = page.waitForEvent('download');
    await page.getByTestId('table-export-xlsx').click();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await xlsx.path());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Naam');
    expect(sheet.getRow(1).getCell(3).value).toBe('Postcode');
    const xlsxNames: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) xlsxNames.push(row.getCell(1).value);
    });
    expect(xlsxNames).toEqual(names);
    expect(sheet.getRow(2).getCell(9).value).toBeInstanceOf(Date);
  });
});
