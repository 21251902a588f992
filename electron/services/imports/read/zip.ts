import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../errors';
import { XLSX_MAX_RATIO, XLSX_MAX_UNCOMPRESSED } from './limits';

export type ZipEntry = {
  name: string;
  compressed: number;
  uncompressed: number;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Where the entry's local header starts (MAX_U32 when only ZIP64 knows: not unpacked here). */
  localOffset: number;
};

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_U32 = 0xffffffff;

const damaged = () =>
  new AppError('VALIDATION', 'Dit Excel-bestand is onvolledig of beschadigd. Sla het opnieuw op en probeer nog eens.');

/**
 * The entries a zip declares in its central directory, read without inflating anything: the
 * sizes there are what an unzipper would produce, so a bomb is seen before it goes off. A zip
 * without a readable central directory (a truncated download) is refused as damaged.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) throw damaged();
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if ((offset === MAX_U32 || count === 0xffff) && locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
    const at = Number(view.getBigUint64(locator + 8, true));
    if (at + 56 > view.byteLength || view.getUint32(at, true) !== ZIP64_EOCD) throw damaged();
    count = Number(view.getBigUint64(at + 32, true));
    offset = Number(view.getBigUint64(at + 48, true));
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL) throw damaged();
    let compressed: number = view.getUint32(offset + 20, true);
    let uncompressed: number = view.getUint32(offset + 24, true);
    const method = view.getUint16(offset + 10, true);
    const localOffset = view.getUint32(offset + 42, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (compressed === MAX_U32 || uncompressed === MAX_U32) {
      // ZIP64: the real sizes sit in extra field 0x0001, uncompressed first, each only when needed.
      const sizes = zip64Sizes(view, offset + 46 + nameLength, extraLength);
      if (uncompressed === MAX_U32) uncompressed = sizes.shift() ?? Number.MAX_SAFE_INTEGER;
      if (compressed === MAX_U32) compressed = sizes.shift() ?? 0;
    }
    entries.push({ name, compressed, uncompressed, method, localOffset });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEocd(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

function zip64Sizes(view: DataView, start: number, length: number): number[] {
  let at = start;
  while (at + 4 <= start + length && at + 4 <= view.byteLength) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      const sizes: number[] = [];
      for (let p = at + 4; p + 8 <= at + 4 + size && p + 8 <= view.byteLength; p += 8)
        sizes.push(Number(view.getBigUint64(p, true)));
      return sizes;
    }
    at += 4 + size;
  }
  return [];
}

/**
 * Refuses a zip bomb before exceljs inflates it: too much declared in total, or one entry that
 * grows far more than spreadsheet XML does (real xlsx parts grow 5-20x; zeros grow 1000x).
 */
export function checkZipBomb(bytes: Uint8Array): void {
  const entries = zipEntries(bytes);
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressed;
    // Tiny parts ([Content_Types].xml, empty sheets) can have any ratio without harm.
    const ratio = entry.uncompressed / Math.max(entry.compressed, 1);
    if (entry.uncompressed > 1024 * 1024 && ratio > XLSX_MAX_RATIO) throw bomb();
  }
  if (total > XLSX_MAX_UNCOMPRESSED) throw bomb();
}

const bomb = () =>
  new AppError(
    'VALIDATION',
    'Dit Excel-bestand zou uitgepakt veel te groot worden (mogelijk een zip-bom). Het is niet geopend. Sla de gegevens op in een gewoon .xlsx- of .csv-bestand.',
  );

/**
 * One entry's bytes, unpacked, or null when it cannot be found or unpacked here (ZIP64 offsets,
 * an unknown method, a damaged local header): the caller then leaves the file to exceljs. The
 * output is capped at the declared size, which checkZipBomb has already judged.
 */
export function entryBytes(bytes: Uint8Array, entry: ZipEntry): Buffer | null {
  const at = entry.localOffset;
  if (at === MAX_U32 || at + 30 > bytes.byteLength) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== LOCAL) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressed);
  if (data.byteLength !== entry.compressed) return null;
  try {
    if (entry.method === 0) return Buffer.from(data);
    if (entry.method !== 8) return null;
    return inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressed, 1) });
  } catch {
    return null;
  }
}
