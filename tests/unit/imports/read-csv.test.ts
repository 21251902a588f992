import { describe, expect, it } from 'vitest';
import { readFile } from '../../../electron/services/imports';
import { detectSeparator } from '../../../electron/services/imports/read/csv';

const TEXT =
  'Organisatie;Gemeente;Vraag\r\nKringwinkel Emmaüs;Liège;"Hoe, wat; waarom?"\r\nZoë & Cie’s;Sint-Niklaas;€ 500 – budget\r\n';
const EXPECTED = [
  ['Organisatie', 'Gemeente', 'Vraag'],
  ['Kringwinkel Emmaüs', 'Liège', 'Hoe, wat; waarom?'],
  ['Zoë & Cie’s', 'Sint-Niklaas', '€ 500 – budget'],
];

function utf16le(text: string, bom: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2 + (bom ? 2 : 0));
  if (bom) bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[(bom ? 2 : 0) + i * 2] = code & 0xff;
    bytes[(bom ? 2 : 0) + i * 2 + 1] = code >> 8;
  }
  return bytes;
}

function swap(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 2) {
    out[i] = bytes[i + 1] ?? 0;
    out[i + 1] = bytes[i] ?? 0;
  }
  return out;
}

/** Windows-1252 by hand: ASCII as is, and the few letters of the test text. */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { ü: 0xfc, è: 0xe8, ë: 0xeb, '€': 0x80, '’': 0x92, '–': 0x96 };
  return Uint8Array.from([...text].map((ch) => special[ch] ?? ch.charCodeAt(0)));
}

describe('CSV encodings', () => {
  it.each([
    ['utf-8', new TextEncoder().encode(TEXT), 'utf-8'],
    ['utf-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]), 'utf-8'],
    ['utf-16 LE with BOM', utf16le(TEXT, true), 'utf-16le'],
    ['utf-16 BE with BOM', swap(utf16le(TEXT, true)), 'utf-16be'],
    ['utf-16 LE without BOM', utf16le(TEXT, false), 'utf-16le'],
    ['windows-1252', windows1252(TEXT), 'windows-1252'],
  ])('reads %s', async (_label, bytes, encoding) => {
    const book = await readFile(bytes, 'inschrijvingen.csv');
    expect(book.encoding).toBe(encoding);
    expect(book.sheets[0]?.name).toBe('inschrijvingen');
    expect(book.sheets[0]?.rows).toEqual(EXPECTED);
  });

  it('refuses binary content with a Dutch message', async () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i * 7) % 32);
    await expect(readFile(bytes, 'x.csv')).rejects.toThrow(/geen leesbare CSV/);
    await expect(readFile(new Uint8Array(), 'x.csv')).rejects.toThrow(/leeg/);
  });
});

describe('CSV separators', () => {
  it('picks the separator that splits rows consistently, ignoring separators inside quotes', () => {
    expect(detectSeparator('a;b;c\n"1,2,3";x;y\n4;"5,6";z\n')).toBe(';');
    expect(detectSeparator('naam,thema,vraag\nA,Privacy; GDPR,"x; y; z"\nB,Logistiek; Data,w\n')).toBe(',');
    expect(detectSeparator('naam\tpostcode\tvraag\nA\t9000\t"x, y; z"\n')).toBe('\t');
  });

  it('reads a tab-separated export', async () => {
    const book = await readFile(new TextEncoder().encode('Naam\tPostcode\nA\t9000\nB\t2000\n'), 't.tsv');
    expect(book.separator).toBe('\t');
    expect(book.sheets[0]?.rows).toEqual([
      ['Naam', 'Postcode'],
      ['A', '9000'],
      ['B', '2000'],
    ]);
  });
});

describe('broken rows', () => {
  it('keeps ragged rows, too short and too long, and empty lines in place', async () => {
    const text = 'a;b;c\n1;2\n\n3;4;5;6;7\n8;9;10\n';
    const rows = (await readFile(new TextEncoder().encode(text), 'r.csv')).sheets[0]?.rows;
    expect(rows).toEqual([['a', 'b', 'c'], ['1', '2'], [], ['3', '4', '5', '6', '7'], ['8', '9', '10']]);
  });

  it('an unterminated quote damages only its own row', async () => {
    const text = 'naam;vraag;postcode\nA;"ok; quoted";9000\nB;"never closed;2000\nC;fine;3000\nD;"again;1000\nE;last;8000';
    const sheet = (await readFile(new TextEncoder().encode(text), 'q.csv')).sheets[0];
    expect(sheet?.rows).toEqual([
      ['naam', 'vraag', 'postcode'],
      ['A', 'ok; quoted', '9000'],
      ['B', '"never closed', '2000'],
      ['C', 'fine', '3000'],
      ['D', '"again', '1000'],
      ['E', 'last', '8000'],
    ]);
    expect(sheet?.notes).toHaveLength(2);
    expect(sheet?.notes[0]).toMatch(/^Rij 3:/);
  });
});
