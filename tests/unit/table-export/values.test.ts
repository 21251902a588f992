import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, csvLine } from '../../../electron/services/table-export/csv';
import { cellValue, isFormulaLike, valueAt, type ColumnSpec } from '../../../electron/services/table-export/values';
import { excelDate, fittedWidths } from '../../../electron/services/table-export/xlsx';

const col = (type: ColumnSpec['type'], labels?: Record<string, string>): ColumnSpec => ({ key: 'k', header: 'K', type, labels });
const text = (t: string) => ({ kind: 'text' as const, text: t });

describe('CSV fields', () => {
  it('starts with a UTF-8 BOM and separates with ; and CRLF', () => {
    expect(CSV_BOM).toBe('\uFEFF');
    expect(csvLine([text('a'), { kind: 'number', value: 2 }, { kind: 'empty' }])).toBe('a;2;\r\n');
  });

  it('quotes fields with the separator, quotes or line breaks, doubling quotes', () => {
    expect(csvField(text('Alfa; Beta'))).toBe('"Alfa; Beta"');
    expect(csvField(text('zei "ja"'))).toBe('"zei ""ja"""');
    expect(csvField(text('regel 1\nregel 2'))).toBe('"regel 1\nregel 2"');
    expect(csvField(text('gewoon'))).toBe('gewoon');
  });

  it('escapes formula-like text with a leading apostrophe', () => {
    expect(csvField(text('=SUM(A1:A9)'))).toBe("'=SUM(A1:A9)");
    expect(csvField(text('+32 470 12 34 56'))).toBe("'+32 470 12 34 56");
    expect(csvField(text('-1+2'))).toBe("'-1+2");
    expect(csvField(text('@cmd'))).toBe("'@cmd");
    expect(csvField(text('\tTAB'))).toBe("'\tTAB");
    expect(csvField(text('=HYPERLINK("x";"y")'))).toBe('"\'=HYPERLINK(""x"";""y"")"');
    expect(isFormulaLike('\rX')).toBe(true);
    expect(isFormulaLike('Gent')).toBe(false);
  });

  it('writes numbers with a decimal comma and never escapes them', () => {
    expect(csvField({ kind: 'number', value: -5 })).toBe('-5');
    expect(csvField({ kind: 'number', value: 2.5 })).toBe('2,5');
  });

  it('writes dates as dd/mm/yyyy and instants in Brussels time', () => {
    expect(csvField(cellValue('2026-03-29', col('date')))).toBe('29/03/2026');
    // 23:30 UTC on 31 December is already 1 January in Brussels.
    expect(csvField(cellValue('2026-12-31T23:30:00.000Z', col('instantDate')))).toBe('01/01/2027');
    expect(csvField(cellValue('2026-07-01T08:05:00.000Z', col('instant')))).toBe('01/07/2026 10:05');
  });
});

describe('cell values', () => {
  it('follows the column type and labels like the table cells', () => {
    expect(cellValue('0403019261', col('enterpriseNumber'))).toEqual(text('0403.019.261'));
    expect(cellValue(['Febecoop', 'SST'], col('list'))).toEqual(text('Febecoop, SST'));
    expect(cellValue(true, col('boolean'))).toEqual(text('Ja'));
    expect(cellValue(false, col('boolean', { false: 'Inactief' }))).toEqual(text('Inactief'));
    expect(cellValue('in_behandeling', col('text', { in_behandeling: 'In behandeling' }))).toEqual(text('In behandeling'));
    expect(cellValue(null, col('text'))).toEqual({ kind: 'empty' });
    expect(cellValue(7, col('text'))).toEqual({ kind: 'number', value: 7 });
    expect(cellValue('+3292345678', col('phone'))).toEqual(text('09 234 56 78'));
  });

  it('reads nested keys and tells a missing key apart from null', () => {
    expect(valueAt({ a: { b: 1 } }, 'a.b')).toBe(1);
    expect(valueAt({ a: null }, 'a')).toBeNull();
    expect(valueAt({ a: 1 }, 'b')).toBeUndefined();
  });
});

describe('xlsx cells', () => {
  it('puts calendar days on UTC midnight so exceljs keeps the day', () => {
    const date = excelDate({ kind: 'day', year: 2026, month: 3, day: 29 });
    expect(date.toISOString()).toBe('2026-03-29T00:00:00.000Z');
  });

  it('fits widths to header and content within bounds', () => {
    const widths = fittedWidths(['Naam', 'X'], [[text('x'.repeat(200)), { kind: 'empty' }]]);
    expect(widths).toEqual([60, 8]);
  });
});

describe('keys and lists', () => {
  it('joins several properties for a combined cell and maps list items through labels', () => {
    const row = { lastName: 'Peeters', firstName: 'An', themeIds: [2, 1], themes: [{ nameNl: 'AI' }, { nameNl: 'Data' }] };
    expect(valueAt(row, 'lastName+firstName')).toBe('Peeters An');
    expect(valueAt(row, 'lastName+nope')).toBeUndefined();
    expect(cellValue(valueAt(row, 'themes.nameNl'), col('list'))).toEqual(text('AI, Data'));
    expect(cellValue(row.themeIds, col('list', { 1: 'Digitaal', 2: 'Circulair' }))).toEqual(text('Circulair, Digitaal'));
  });
});
