import { entryBytes, zipEntries, type ZipEntry } from './zip';

/**
 * What the streaming reader needs to know before it runs: the merged ranges per sheet part
 * (`xl/worksheets/sheet3.xml` -> `3`), which it skips, or null when a part holds something only
 * the full reader reads right (see `unstreamable`). The parts are unpacked here without exceljs
 * (~20 ms for a 10,000-row sheet) and only searched, never parsed.
 */
export type XlsxProbe = { merges: Map<string, string[]>; sheetCount: number } | null;

const SHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/**
 * Features where exceljs 4.4.0's streaming reader gives other text than its full reader: formulas
 * (shared ones come untranslated, results of date cells as numbers), inline rich text (only the
 * last run survives), ISO date cells, rows or cells without their address. A sheet without a
 * plain `<sheetData` (a namespace prefix) is left to the full reader as well.
 */
function unstreamable(xml: Buffer): boolean {
  if (xml.indexOf('<sheetData') < 0) return true;
  if (xml.indexOf('<f>') >= 0 || xml.indexOf('<f ') >= 0) return true;
  if (xml.indexOf('inlineStr') >= 0 && (xml.indexOf('<r>') >= 0 || xml.indexOf('<r ') >= 0)) return true;
  if (xml.indexOf('t="d"') >= 0) return true;
  return xml.indexOf('<row>') >= 0 || xml.indexOf('<c>') >= 0;
}

function mergeRefs(xml: Buffer): string[] {
  const at = xml.indexOf('<mergeCells');
  if (at < 0) return [];
  const tail = xml.subarray(at).toString('utf8');
  return [...tail.matchAll(/<mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"/g)].map((m) => m[1] ?? '');
}

export function probeXlsx(bytes: Uint8Array): XlsxProbe {
  const entries = zipEntries(bytes);
  const part = (entry: ZipEntry | undefined) => (entry ? entryBytes(bytes, entry) : null);
  const merges = new Map<string, string[]>();
  for (const entry of entries) {
    const sheetNo = SHEET_PART.exec(entry.name)?.[1];
    if (sheetNo === undefined) continue;
    const xml = part(entry);
    if (!xml || unstreamable(xml)) return null;
    merges.set(sheetNo, mergeRefs(xml));
  }
  const strings = entries.find((e) => e.name === 'xl/sharedStrings.xml');
  if (strings) {
    // Phonetic runs (<rPh>) would replace a shared string's text in the streaming reader.
    const xml = part(strings);
    if (!xml || xml.indexOf('<rPh') >= 0 || xml.indexOf('<sst') < 0) return null;
  }
  const workbook = part(entries.find((e) => e.name === 'xl/workbook.xml'));
  if (!workbook) return null;
  const sheetCount = workbook.toString('utf8').match(/<sheet\s/g)?.length ?? 0;
  // A sheet stored under another name than sheetN.xml is not seen by the streaming reader.
  if (sheetCount !== merges.size) return null;
  return { merges, sheetCount };
}

/** `B12` -> [row 11, column 1], 0-based. */
function decodeAddress(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return [-1, -1];
  let column = 0;
  for (const ch of m[1] ?? '') column = column * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]) - 1, column - 1];
}

/**
 * Gives every cell of a merged range the text of its top-left cell, as the full reader does (a
 * title spans, an organisation name applies to each contact row under it).
 */
export function applyMerges(rows: string[][], refs: string[]): void {
  for (const ref of refs) {
    const [from = '', to = ''] = ref.split(':');
    const [r0, c0] = decodeAddress(from);
    const [r1, c1] = decodeAddress(to);
    if (r0 < 0 || c0 < 0 || r1 < r0 || c1 < c0) continue;
    const text = rows[r0]?.[c0] ?? '';
    while (rows.length <= r1) rows.push([]);
    for (let r = r0; r <= r1; r++) {
      const row = rows[r] ?? [];
      for (let c = 0; c <= c1; c++) if (row[c] === undefined) row[c] = '';
      for (let c = c0; c <= c1; c++) row[c] = text;
      let width = row.length;
      while (width > 0 && !row[width - 1]) width--;
      row.length = width;
      rows[r] = row;
    }
  }
}
