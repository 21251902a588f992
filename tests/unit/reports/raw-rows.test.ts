import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { daySerial, inlineText, rawRowWriter } from '../../../electron/services/reports/xlsx/raw-rows';
import { orderSheets, writeDataSheet, type Column } from '../../../electron/services/reports/xlsx/data-sheet';

type Row = { id: number; text: string | null; day: string | null; amount: number | null };
const columns: Column<Row>[] = [
  { key: 'id', header: 'ID', kind: 'int', value: (r) => r.id },
  { key: 'text', header: 'Tekst', kind: 'text', value: (r) => r.text },
  { key: 'day', header: 'Dag', kind: 'date', value: (r) => r.day },
  { key: 'amount', header: 'Bedrag', kind: 'euro', value: (r) => r.amount },
];
const texts = [
  '=HYPERLINK("http://x","y")',
  '<b>&amp;</b>',
  '  spaties  ',
  'regel\nregel',
  '_x0041_',
  'bel\u0007l',
  'l\'été "cité"',
];

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('data sheet rows written as sheet XML', () => {
  it('escapes text, drops XML-forbidden characters and keeps a literal _xHHHH_', () => {
    expect(inlineText('a<b & c>d')).toBe('<is><t>a&lt;b &amp; c&gt;d</t></is>');
    expect(inlineText(' x')).toBe('<is><t xml:space="preserve"> x</t></is>');
    expect(inlineText('a\u0001b')).toBe('<is><t>ab</t></is>');
    expect(inlineText('_x0041_')).toBe('<is><t>_x005F_x0041_</t></is>');
  });

  it('gives a calendar day its own Excel serial', () => {
    expect(daySerial('1970-01-01')).toBe(25569);
    expect(daySerial('2026-11-27')).toBe(46353);
  });

  it('reads back every value as written: text stays text, days stay days, empty stays empty', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'raw-rows-'));
    dirs.push(dir);
    const file = path.join(dir, 'rows.xlsx');
    const rows: Row[] = texts.map((text, i) => ({
      id: i + 1,
      text,
      day: i % 2 ? null : '2026-03-31',
      amount: i ? i * 1.5 : null,
    }));
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
    const ref = await writeDataSheet(writer, 'Gegevens', columns, [rows.slice(0, 3), rows.slice(3)]);
    writer.addWorksheet('Samenvatting').commit();
    orderSheets(writer, ['Samenvatting', 'Gegevens']);
    await writer.commit();
    expect(ref.rowCount).toBe(texts.length);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Samenvatting', 'Gegevens']);
    const sheet = book.getWorksheet('Gegevens')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'ID', 'Tekst', 'Dag', 'Bedrag']);
    rows.forEach((row, i) => {
      const line = sheet.getRow(i + 2);
      expect(line.getCell(1).value).toBe(row.id);
      // exceljs's reader does not decode _xHHHH_ in inline strings; Excel and LibreOffice do (to _x0041_).
      const expected = row.text === 'bel\u0007l' ? 'bell' : row.text === '_x0041_' ? '_x005F_x0041_' : row.text;
      expect(line.getCell(2).value).toBe(expected);
      expect(line.getCell(2).formula).toBeUndefined();
      expect(line.getCell(3).value).toEqual(row.day ? new Date('2026-03-31T00:00:00Z') : null);
      expect(line.getCell(4).value).toBe(row.amount);
    });
    expect(sheet.getRow(2).getCell(3).numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getRow(3).getCell(4).numFmt).toBe('#,##0.00 "€"');
  });

  it('refuses clearly, before writing rows, when exceljs lacks the internals it relies on', () => {
    const bare = {} as ExcelJS.Worksheet;
    expect(() => rawRowWriter(bare, [{ kind: 'text', style: {} }], ['A'])).toThrow(/exceljs-versie niet ondersteund/);
    expect(() => orderSheets({} as ExcelJS.stream.xlsx.WorkbookWriter, ['a'])).toThrow(/exceljs-versie niet ondersteund/);
  });
});
