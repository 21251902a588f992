import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { detectHeader, readFile } from '../../../electron/services/imports';

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('xlsx reading', () => {
  it('reads every sheet, with title rows and merged cells, the way Excel shows them', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('Inschrijvingen');
      ws.getCell('A1').value = 'Matchmaking Blikopener 2026';
      ws.mergeCells('A1:D1');
      ws.getCell('A2').value = 'Export van 14/09/2026';
      ws.addRow([]);
      ws.addRow(['Organisatie', 'Voornaam', 'Naam', 'Postcode']);
      ws.addRow(['Kringwinkel Emmaüs', 'An', 'Peeters', 9000]);
      ws.addRow([null, 'Bo', 'Claes', 9000]);
      ws.mergeCells('A5:A6'); // one organisation, two contacts
      wb.addWorksheet('Leeg');
      wb.addWorksheet('Experts').addRow(['Naam', 'Hogeschool']);
    });
    const book = await readFile(bytes, 'x.xlsx');
    expect(book.format).toBe('xlsx');
    expect(book.sheets.map((s) => s.name)).toEqual(['Inschrijvingen', 'Leeg', 'Experts']);
    const sheet = book.sheets[0];
    expect(sheet?.rows[0]).toEqual([
      'Matchmaking Blikopener 2026',
      'Matchmaking Blikopener 2026',
      'Matchmaking Blikopener 2026',
      'Matchmaking Blikopener 2026',
    ]);
    expect(sheet?.rows[2]).toEqual([]);
    expect(sheet?.rows[5]).toEqual(['Kringwinkel Emmaüs', 'Bo', 'Claes', '9000']);

    const header = detectHeader(sheet!);
    expect(header.headerRow).toBe(4);
    expect(header.rows.map((r) => [r.sourceRow, r.cells[0]])).toEqual([
      [5, 'Kringwinkel Emmaüs'],
      [6, 'Kringwinkel Emmaüs'],
    ]);
  });

  it('turns rich text, hyperlinks, formulas, dates and numbers into the text the user sees', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow([
        'rich',
        'link',
        'formula',
        'date',
        'datetime',
        'kbo',
        'big',
        'small',
        'padded',
        'text zero',
        'bool',
        'typed formula',
      ]);
      const row = ws.addRow([]);
      row.getCell(1).value = { richText: [{ text: 'Vorming' }, { font: { bold: true }, text: 'scentrum' }] };
      row.getCell(2).value = { text: 'www.voorbeeld.be', hyperlink: 'https://www.voorbeeld.be' };
      row.getCell(3).value = { formula: 'HYPERLINK("http://example.invalid","klik")', result: 'klik' };
      row.getCell(4).value = new Date(Date.UTC(2026, 8, 14));
      row.getCell(4).numFmt = 'dd/mm/yyyy';
      row.getCell(5).value = new Date(Date.UTC(2026, 0, 2, 9, 30));
      row.getCell(5).numFmt = 'dd/mm/yyyy hh:mm';
      row.getCell(6).value = 403019261;
      row.getCell(7).value = Number('12345678901234567890');
      row.getCell(8).value = 0.1 + 0.2;
      row.getCell(9).value = 403019261;
      row.getCell(9).numFmt = '0000000000';
      row.getCell(10).value = '0403019261';
      row.getCell(11).value = true;
      row.getCell(12).value = '=1+1';
    });
    const sheet = (await readFile(bytes, 'x.xlsx')).sheets[0];
    expect(sheet?.rows[1]).toEqual([
      'Vormingscentrum',
      'www.voorbeeld.be',
      'klik',
      '14/09/2026',
      '02/01/2026 09:30',
      '403019261',
      '12345678901234600000', // Excel shows 15 significant digits
      '0.3',
      '0403019261',
      '0403019261',
      'WAAR',
      '=1+1',
    ]);
    expect(sheet?.formulas).toEqual([{ row: 1, column: 2, formula: '=HYPERLINK("http://example.invalid","klik")' }]);
  });

  it('refuses a password-protected, truncated or empty file with a Dutch message', async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readFile(ole, 'geheim.xlsx')).rejects.toThrow(/wachtwoord/);
    const good = await xlsx((wb) => wb.addWorksheet('S').addRow(['a']));
    await expect(readFile(good.subarray(0, Math.floor(good.length / 2)), 'half.xlsx')).rejects.toThrow(/beschadigd|onvolledig/);
  });
});
