import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsx, readXlsxFull } from '../../../electron/services/imports/read/xlsx';
import { applyMerges, probeXlsx } from '../../../electron/services/imports/read/xlsx-probe';
import { streamXlsx } from '../../../electron/services/imports/read/xlsx-stream';

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The streaming path must give exactly what the full reader gives, or not be taken. */
async function streamed(bytes: Uint8Array) {
  const probe = probeXlsx(bytes);
  expect(probe).not.toBeNull();
  return streamXlsx(bytes, probe!);
}

describe('xlsx streaming reader', () => {
  it('gives the same text as the full reader: merges, several sheets in tab order, types', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('Inschrijvingen');
      ws.getCell('A1').value = 'Matchmaking Blikopener 2026';
      ws.mergeCells('A1:D1');
      ws.addRow(['Organisatie', 'Voornaam', 'Datum', 'KBO']);
      const row = ws.addRow(['Kringwinkel Emmaüs', 'An', new Date(Date.UTC(2026, 8, 14, 9, 30)), 403019261]);
      row.getCell(3).numFmt = 'dd/mm/yyyy hh:mm';
      row.getCell(4).numFmt = '0000000000';
      ws.addRow([null, { richText: [{ text: 'B' }, { font: { bold: true }, text: 'o' }] }, 'a & <b>', true]);
      ws.mergeCells('A3:A4');
      ws.getCell('F7').value = 'ver weg';
      ws.mergeCells('F7:G8');
      wb.addWorksheet('Leeg');
      wb.addWorksheet('Experts').addRow(['Naam', { text: 'www.voorbeeld.be', hyperlink: 'https://www.voorbeeld.be' }]);
    });
    const stream = await streamed(bytes);
    expect(stream).toEqual(await readXlsxFull(bytes));
    expect(stream.sheets.map((s) => s.name)).toEqual(['Inschrijvingen', 'Leeg', 'Experts']);
    expect(stream.sheets[0]?.rows[2]).toEqual(['Kringwinkel Emmaüs', 'An', '14/09/2026 09:30', '0403019261']);
    expect(stream.sheets[0]?.rows[3]).toEqual(['Kringwinkel Emmaüs', 'Bo', 'a & <b>', 'WAAR']);
    expect(stream.sheets[0]?.rows[7]).toEqual(['', '', '', '', '', 'ver weg', 'ver weg']);
  });

  it('leaves formulas, inline rich text and odd parts to the full reader, with the same result', async () => {
    const formulas = await xlsx((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow(['a', 'b']);
      ws.addRow([1, { formula: 'A2*2', result: 2 }]);
    });
    expect(probeXlsx(formulas)).toBeNull();
    const book = await readXlsx(formulas);
    expect(book.sheets[0]?.formulas).toEqual([{ row: 1, column: 1, formula: '=A2*2' }]);
    // The LibreOffice fixture holds formulas: read the established way.
    const fixture = new Uint8Array(
      fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/registrations/registrations-forms-1.xlsx')),
    );
    expect(probeXlsx(fixture)).toBeNull();
    expect(await readXlsx(fixture)).toEqual(await readXlsxFull(fixture));
  });

  it('reads the exceljs-written event fixture through the stream, equal to the full reader', async () => {
    const fixture = new Uint8Array(
      fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/registrations/event-registrations.xlsx')),
    );
    expect(await streamed(fixture)).toEqual(await readXlsxFull(fixture));
  });

  it('applies a merged range to every cell in it, extending rows as needed', () => {
    const rows = [['titel'], [], ['x', 'y']];
    applyMerges(rows, ['A1:C1', 'B3:B4']);
    expect(rows).toEqual([['titel', 'titel', 'titel'], [], ['x', 'y'], ['', 'y']]);
  });
});
