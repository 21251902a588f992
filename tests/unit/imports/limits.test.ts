import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES } from '../../../electron/api/contract/imports';
import { readFile } from '../../../electron/services/imports';
import { MAX_CELL_CHARS, MAX_FILE_BYTES, MAX_ROWS } from '../../../electron/services/imports/read';
import { zipEntries } from '../../../electron/services/imports/read/zip';

type Part = { name: string; data: Uint8Array; size: number; method: 0 | 8 };

/**
 * A minimal zip writer: local headers, data, central directory, end record. The CRC is left 0:
 * the bomb check reads only the central directory and must refuse before anything is inflated.
 */
function zip(parts: Part[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(part.method, 10);
    entry.writeUInt32LE(part.data.length, 20);
    entry.writeUInt32LE(part.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, Buffer.from(part.data));
    central.push(entry, name);
    offset += 30 + name.length + part.data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, dir, end]));
}

const zeros = (bytes: number): Part => ({
  name: 'xl/worksheets/sheet1.xml',
  // Level 1 is enough: zeros still shrink ~230x, and it takes a fraction of a second.
  data: new Uint8Array(zlib.deflateRawSync(Buffer.alloc(bytes), { level: 1 })),
  size: bytes,
  method: 8,
});
const stored = (name: string, text: string): Part => {
  const data = new Uint8Array(Buffer.from(text));
  return { name, data, size: data.length, method: 0 };
};

async function xlsx(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Inschrijvingen');
  for (const row of rows) ws.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('limits: refused with a Dutch message before anything else runs', () => {
  it('refuses a zip bomb of 300 MB declared, from its central directory, without inflating it', async () => {
    const bomb = zip([stored('[Content_Types].xml', '<Types/>'), zeros(300 * 1024 * 1024)]);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const entries = zipEntries(bomb);
    expect(entries.map((e) => e.uncompressed)).toEqual([8, 300 * 1024 * 1024]);
    const before = process.memoryUsage().arrayBuffers;
    await expect(readFile(bomb, 'bom.xlsx')).rejects.toThrow(/zip-bom/);
    // Nothing the size of the payload was allocated by the check.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('refuses one part that grows more than 100x, even when the total is small', async () => {
    const bomb = zip([stored('[Content_Types].xml', '<Types/>'), zeros(20 * 1024 * 1024)]);
    await expect(readFile(bomb, 'bom.xlsx')).rejects.toThrow(/zip-bom/);
  });

  it('reads the central directory of a real xlsx: ordinary ratios, and it still opens', async () => {
    const bytes = await xlsx([
      ['Organisatie', 'E-mail'],
      ['Kringwinkel', 'an@kringwinkel.be'],
    ]);
    const entries = zipEntries(bytes);
    expect(entries.map((e) => e.name)).toContain('xl/workbook.xml');
    const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml');
    expect(sheet?.uncompressed).toBeGreaterThan(sheet?.compressed ?? Infinity);
    for (const e of entries) expect(e.uncompressed / Math.max(e.compressed, 1)).toBeLessThan(20);
    const book = await readFile(bytes, 'ok.xlsx');
    expect(book.sheets[0]?.rows[1]).toEqual(['Kringwinkel', 'an@kringwinkel.be']);
  });

  it('refuses a truncated xlsx (no central directory) as damaged', async () => {
    const bytes = await xlsx([['Organisatie', 'E-mail']]);
    await expect(readFile(bytes.subarray(0, bytes.length - 40), 'kapot.xlsx')).rejects.toThrow(/onvolledig of beschadigd/);
  });

  it('reads with the same size limit as the wizard upload accepts', () => {
    expect(MAX_FILE_BYTES).toBe(IMPORT_MAX_BYTES);
  });

  it('refuses a file over 25 MB', async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    await expect(readFile(big, 'groot.csv')).rejects.toThrow(/groter dan 25 MB/);
  });

  it('refuses more rows than the limit, in CSV and in xlsx', async () => {
    const csv = new TextEncoder().encode(`Naam;Postcode\n${'Org;9000\n'.repeat(MAX_ROWS)}`);
    await expect(readFile(csv, 'veel.csv')).rejects.toThrow(/50\.001 rijen; er kunnen er hoogstens 50\.000/);
    const ok = new TextEncoder().encode(`Naam;Postcode\n${'Org;9000\n'.repeat(MAX_ROWS - 1)}`);
    expect((await readFile(ok, 'net.csv')).sheets[0]?.rows).toHaveLength(MAX_ROWS);
  });

  it('refuses a cell longer than the limit and names the cell', async () => {
    const long = 'x'.repeat(MAX_CELL_CHARS + 1);
    const bytes = await xlsx([
      ['Organisatie', 'Vraag'],
      ['Kringwinkel', long],
    ]);
    await expect(readFile(bytes, 'lang.xlsx')).rejects.toThrow(/Cel B2 in werkblad "Inschrijvingen" bevat 10\.001 tekens/);
    const csv = new TextEncoder().encode(`Organisatie;Vraag\nKringwinkel;${'x'.repeat(MAX_CELL_CHARS)}\n`);
    expect((await readFile(csv, 'net.csv')).sheets[0]?.rows[1]?.[1]).toHaveLength(MAX_CELL_CHARS);
  });

  it('refuses an empty sheet: an xlsx without data, a CSV of empty lines and separators', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Blad1');
    const empty = new Uint8Array(await wb.xlsx.writeBuffer());
    await expect(readFile(empty, 'leeg.xlsx')).rejects.toThrow(/Dit werkblad is leeg/);
    await expect(readFile(new TextEncoder().encode(';;\n ; ;\n\n'), 'leeg.csv')).rejects.toThrow(/leeg/);
  });

  it('refuses a CSV in an unknown encoding: bytes unassigned in Windows-1252, or mostly control bytes', async () => {
    const unassigned = new Uint8Array([
      ...new TextEncoder().encode('Naam;Plaats\nCaf'),
      0x8d,
      0x81,
      ...new TextEncoder().encode(';Gent\n'),
    ]);
    await expect(readFile(unassigned, 'raar.csv')).rejects.toThrow(/tekenset is onbekend/);
    const control = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x41 : (i % 30) + 1));
    await expect(readFile(control, 'controle.csv')).rejects.toThrow(/tekenset is onbekend/);
    // Real Windows-1252 (é = 0xE9, € = 0x80) is still read.
    const cp1252 = new Uint8Array([...new TextEncoder().encode('Naam;Prijs\nCaf'), 0xe9, 0x3b, 0x80, 0x0a]);
    expect((await readFile(cp1252, 'ok.csv')).sheets[0]?.rows[1]).toEqual(['Café', '€']);
  });
});
