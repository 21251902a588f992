import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRouter, type Router } from '../../../electron/api/router';
import type { ErrorReportResult, UploadResult } from '../../../electron/api/contract';
import { planImport } from '../../../electron/services/imports/commit';
import { fixedClock, testContext, type TestContext } from '../../helpers/db';
import { csv, fixtureBytes, truthOf } from './commit-helpers';

let ctx: TestContext;
let router: Router;
beforeEach(() => {
  ctx = testContext({ now: fixedClock().now });
  router = createRouter(ctx);
});
afterEach(() => ctx.cleanup());

const FILE = 'registrations-google-3.csv';

async function call<T>(method: string, input: unknown): Promise<T> {
  const response = await router.call(method, input);
  if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
  return response.result as T;
}

async function upload(bytes: Uint8Array, fileName: string): Promise<string> {
  const result = await call<UploadResult>('imports.upload', { fileName, contentBase64: Buffer.from(bytes).toString('base64') });
  return result.sessionId;
}

async function readReport(report: ErrorReportResult): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(report.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  return ws;
}

const text = (cell: ExcelJS.Cell): string =>
  typeof cell.value === 'string' ? cell.value : cell.value === null ? '' : JSON.stringify(cell.value);
const noteOf = (cell: ExcelJS.Cell): string => {
  const note = cell.note as string | { texts?: { text: string }[] } | undefined;
  if (!note) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
};

describe('error report (imports.errorReport)', () => {
  it('google-3: the 6 rejected rows with all their columns, problems in Dutch, problem cells marked', async () => {
    const bytes = fixtureBytes(FILE);
    const truth = truthOf(FILE);
    const plan = await planImport(ctx, { bytes, fileName: FILE });
    const rejected = plan.rows.filter((r) => r.status === 'invalid');
    const truthRows = truth.perRow.filter((r) => r.issues.some((i) => i !== 'formula_text')).map((r) => r.row);
    expect(rejected.map((r) => r.index)).toEqual(truthRows);
    expect(rejected).toHaveLength(6);

    const sessionId = await upload(bytes, FILE);
    const report = await call<ErrorReportResult>('imports.errorReport', { sessionId });
    expect(report.fileName).toBe('registrations-google-3 - te verbeteren.xlsx');
    expect(report.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const ws = await readReport(report);

    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    const header = ws.getRow(1);
    const width = header.cellCount - 2;
    expect(text(header.getCell(width + 1))).toBe('Problemen');
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.rowCount).toBe(7);

    for (const [i, planned] of rejected.entries()) {
      const row = ws.getRow(i + 2);
      expect(text(row.getCell(width + 2))).toBe(String(planned.sourceRow));
      // Every original column as it was in the file (the separator is `,` or `;`: compare joined text).
      const original = lines[planned.sourceRow - 1] ?? '';
      for (let c = 1; c <= width; c++) {
        const value = text(row.getCell(c));
        expect(row.getCell(c).type).not.toBe(ExcelJS.ValueType.Formula);
        if (value !== '' && !value.includes('"')) expect(original).toContain(value);
      }
      const problems = text(row.getCell(width + 1));
      for (const issue of planned.issues) {
        expect(problems).toContain(issue.message);
        if (issue.column === null) continue;
        const cell = row.getCell(issue.column + 1);
        expect(noteOf(cell)).toContain(issue.message);
        expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
      }
    }
    // Each truth defect shows up in the problems of its row.
    const codes = rejected.map((r) => r.issues.filter((x) => x.severity === 'error').map((x) => x.code));
    expect(codes.flat().sort()).toEqual(
      truth.perRow
        .flatMap((r) => r.issues)
        .filter((c) => c !== 'formula_text')
        .sort(),
    );
  });

  it('writes formula-like text as text, and stays available after the commit', async () => {
    const bytes = csv([
      [
        '=HYPERLINK("x")',
        '0403.170.701',
        '',
        '9000',
        'Gent',
        '',
        'An',
        'Peeters',
        'geen-mail',
        'ja',
        '+ meer hulp',
        'Digitalisering',
      ],
      ['Goed', '', '', '9000', 'Gent', '', 'Bo', 'Claes', 'bo@goed.be', 'ja', 'Vraag', 'Digitalisering'],
    ]);
    const sessionId = await upload(bytes, 'klein.csv');
    await call('imports.plan', { sessionId });
    const before = await readReport(await call<ErrorReportResult>('imports.errorReport', { sessionId }));
    expect(before.rowCount).toBe(2);
    const row = before.getRow(2);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(text(row.getCell(1))).toBe('=HYPERLINK("x")');
    expect(text(row.getCell(11))).toBe('+ meer hulp');
    expect(noteOf(row.getCell(9))).toMatch(/e-mail/i);

    await call('imports.commit', { sessionId, skipInvalid: true });
    const after = await readReport(await call<ErrorReportResult>('imports.errorReport', { sessionId }));
    expect(text(after.getRow(2).getCell(9))).toBe('geen-mail');
  });

  it('says so when no row has errors', async () => {
    const sessionId = await upload(
      csv([['Goed', '', '', '9000', 'Gent', '', 'Bo', 'Claes', 'bo@goed.be', 'ja', 'Vraag', 'Digitalisering']]),
      'goed.csv',
    );
    const response = await router.call('imports.errorReport', { sessionId });
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.error.message).toMatch(/geen rijen met fouten/);
  });
});
