import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedTable, InputOf, OrganisationRow } from '../../../electron/api/contract';
import { exportProgress } from '../../../electron/services/table-export/progress';
import { fails, harness, issuePaths, ok, type Harness } from '../organisations/helpers';

let h: Harness;
beforeEach(() => {
  h = harness();
});
afterEach(() => h.ctx.cleanup());

/** `count` organisations straight into SQLite (the list reads them like any other). */
function insertOrganisations(count: number): void {
  const insert = h.ctx.sqlite().prepare(
    `INSERT INTO organisations (name, normalized_name, postcode, city, province_code, created_at, updated_at, active)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  h.ctx.sqlite().transaction(() => {
    for (let i = 0; i < count; i++) {
      const name = `Org ${String(i).padStart(5, '0')}`;
      const antwerp = i % 3 === 0;
      insert.run(
        name,
        name.toLowerCase(),
        antwerp ? '2000' : '9000',
        antwerp ? 'Antwerpen' : 'Gent',
        antwerp ? 'antwerpen' : 'oost-vlaanderen',
        `2026-0${1 + (i % 9)}-15T23:30:00.000Z`,
        `2026-0${1 + (i % 9)}-15T23:30:00.000Z`,
        i % 7 === 0 ? 0 : 1,
      );
    }
  })();
}

const columns = [
  { key: 'name', header: 'Naam' },
  { key: 'city', header: 'Gemeente' },
  { key: 'province', header: 'Provincie' },
  { key: 'updatedAt', header: 'Gewijzigd', type: 'instantDate' as const },
  { key: 'active', header: 'Status', type: 'boolean' as const, labels: { true: 'Actief', false: 'Inactief' } },
];

const listInput: InputOf<'organisations.list'> = {
  filters: { provinceCode: 'antwerpen', active: true },
  sort: { column: 'name', direction: 'desc' },
};

async function allListed(): Promise<OrganisationRow[]> {
  const rows: OrganisationRow[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await ok(h.router, 'organisations.list', { ...listInput, offset, limit: 500 });
    rows.push(...page.rows);
    if (rows.length >= page.total) return rows;
  }
}

function decodeCsv(result: ExportedTable): string[][] {
  const text = Buffer.from(result.contentBase64, 'base64').toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('\r\n');
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
  return parsed.data;
}

describe('tableExport.export', () => {
  it('exports a filtered, sorted list over several pages exactly as the list shows it (CSV)', async () => {
    insertOrganisations(7500);
    const listed = await allListed();
    expect(listed.length).toBeGreaterThan(2000); // more than one export page
    const result = await ok(h.router, 'tableExport.export', {
      method: 'organisations.list',
      input: listInput,
      columns,
      format: 'csv',
      fileName: 'organisaties',
    });
    expect(result.fileName).toBe('organisaties-2026-11-26.csv');
    expect(result.rowCount).toBe(listed.length);
    const [header, ...rows] = decodeCsv(result);
    expect(header).toEqual(['Naam', 'Gemeente', 'Provincie', 'Gewijzigd', 'Status']);
    expect(rows.map((r) => r[0])).toEqual(listed.map((r) => r.name));
    expect(rows[0]).toEqual([listed[0]!.name, 'Antwerpen', 'Antwerpen', expect.stringMatching(/^\d\d\/\d\d\/2026$/), 'Actief']);
    // 23:30 UTC on the 15th is the 16th in Brussels, as the table shows it.
    expect(rows.every((r) => r[3]!.startsWith('16/'))).toBe(true);
    expect(exportProgress('none-such-job')).toBeNull();
  });

  it('writes xlsx with the columns in the asked order, a bold frozen header, autofilter and real dates', async () => {
    await ok(h.router, 'organisations.create', { name: '=HYPERLINK("http://x";"klik")', postcode: '2000' });
    await ok(h.router, 'organisations.create', { name: 'Beta vzw', postcode: '2018', city: 'Antwerpen' });
    const result = await ok(h.router, 'tableExport.export', {
      method: 'organisations.list',
      input: { sort: { column: 'name', direction: 'asc' } },
      columns: [columns[3]!, columns[0]!, columns[1]!],
      format: 'xlsx',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(result.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Gewijzigd', 'Naam', 'Gemeente']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.rowCount).toBe(3);
    const names = [sheet.getCell('B2').value, sheet.getCell('B3').value];
    expect(names).toEqual(['Beta vzw', '=HYPERLINK("http://x";"klik")']);
    expect(sheet.getCell('B3').type).toBe(ExcelJS.ValueType.String);
    const date = sheet.getCell('A2');
    expect(date.value).toEqual(new Date('2026-11-26T00:00:00.000Z'));
    expect(date.numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual('=HYPERLINK("http://x";"klik")'.length);
  });

  it('exports lists that return a plain array (colleges) and an empty list with only the header', async () => {
    const colleges = await ok(h.router, 'network.listColleges', {});
    const result = await ok(h.router, 'tableExport.export', {
      method: 'network.listColleges',
      input: {},
      columns: [{ key: 'name', header: 'Hogeschool' }],
      format: 'csv',
    });
    expect(
      decodeCsv(result)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(colleges.map((c) => c.name));
    const empty = await ok(h.router, 'tableExport.export', {
      method: 'organisations.list',
      input: { search: 'niets-zoals-dit' },
      columns,
      format: 'csv',
    });
    expect(decodeCsv(empty)).toEqual([['Naam', 'Gemeente', 'Provincie', 'Gewijzigd', 'Status']]);
    expect(empty.rowCount).toBe(0);
    // The new areas' lists are reachable too (empty here, so only their header).
    for (const method of ['referrals.list', 'events.list'] as const) {
      const result = await ok(h.router, 'tableExport.export', { method, columns: [{ key: 'id', header: 'Nr' }], format: 'csv' });
      expect(decodeCsv(result)).toEqual([['Nr']]);
    }
  });

  it('refuses a method that is not an exportable list, unknown columns and bad list input, with clear messages', async () => {
    await ok(h.router, 'organisations.create', { name: 'Alfa', postcode: '9000' });
    const method = await fails(h.router, 'tableExport.export', {
      method: 'organisations.create' as 'organisations.list',
      columns,
      format: 'csv',
    });
    expect(method.code).toBe('VALIDATION');
    expect(method.details?.issues?.[0]).toMatchObject({ path: 'method', message: 'Deze tabel kan niet geëxporteerd worden.' });

    const column = await fails(h.router, 'tableExport.export', {
      method: 'organisations.list',
      columns: [...columns, { key: 'secret', header: 'Geheim' }],
      format: 'xlsx',
    });
    expect(column.code).toBe('VALIDATION');
    expect(column.details?.issues).toEqual([{ path: 'columns.5.key', message: 'Kolom ‘secret’ bestaat niet in deze tabel.' }]);

    const noColumns = await fails(h.router, 'tableExport.export', { method: 'organisations.list', columns: [], format: 'csv' });
    expect(noColumns.details?.issues?.[0]?.message).toBe('Kies minstens één kolom om te exporteren.');

    const badInput = await fails(h.router, 'tableExport.export', {
      method: 'organisations.list',
      input: { sort: { column: 'password', direction: 'asc' } },
      columns,
      format: 'csv',
    });
    expect(badInput.message).toBe('De filters of sortering van deze tabel zijn niet geldig.');
    expect(issuePaths(badInput)).toEqual(['input.sort.column']);

    const badFormat = await fails(h.router, 'tableExport.export', {
      method: 'organisations.list',
      columns,
      format: 'pdf' as 'csv',
    });
    expect(issuePaths(badFormat)).toEqual(['format']);
  });

  it('reports progress while a large export runs', async () => {
    insertOrganisations(6000);
    const seen: number[] = [];
    const running = ok(h.router, 'tableExport.export', {
      method: 'organisations.list',
      input: {},
      columns: [{ key: 'name', header: 'Naam' }],
      format: 'xlsx',
      jobId: 'job-12345678',
    });
    for (let i = 0; i < 200; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      const progress = exportProgress('job-12345678');
      if (progress) seen.push(progress.done);
    }
    const result = await running;
    expect(result.rowCount).toBeGreaterThan(5000);
    expect(seen.length).toBeGreaterThan(0);
    expect(exportProgress('job-12345678')).toBeNull();
  });
});
