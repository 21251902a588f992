import { AppError } from '../../errors';
import type { CsvEncoding } from './types';

/**
 * Bytes -> text for CSV. A BOM decides; without one, valid UTF-8 is UTF-8, a pattern of zero
 * bytes betrays BOM-less UTF-16, and anything else is what Belgian Excel writes: Windows-1252
 * (which maps every byte, so it never fails; the control-character check catches binary files).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const { encoding, skip } = detectEncoding(bytes);
  const body = bytes.subarray(skip);
  if (encoding === 'windows-1252' && hasUnassignedCp1252(body)) throw unknownEncoding();
  const text =
    encoding === 'utf-16be'
      ? new TextDecoder('utf-16le').decode(swapPairs(body))
      : encoding === 'windows-1252'
        ? decodeWindows1252(body)
        : new TextDecoder(encoding).decode(body);
  if (looksBinary(text)) throw unknownEncoding();
  return { text, encoding };
}

const unknownEncoding = () =>
  new AppError(
    'VALIDATION',
    'Dit bestand is geen leesbare CSV: de tekenset is onbekend of het is een ander soort bestand. Sla het op als CSV (UTF-8) of als Excel-bestand (.xlsx).',
  );

/**
 * Not UTF-8 and holding a byte that Windows-1252 leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D):
 * invalid in every encoding we read (a Mac Roman, EBCDIC or Asian code-page file), so guessing
 * would import garbled names.
 */
function hasUnassignedCp1252(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return true;
  return false;
}

function detectEncoding(bytes: Uint8Array): { encoding: CsvEncoding; skip: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { encoding: utf16, skip: 0 };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', skip: 0 };
  } catch {
    return { encoding: 'windows-1252', skip: 0 };
  }
}

/** Mostly-ASCII UTF-16 has a zero in every other byte; text in one-byte encodings has none. */
function guessUtf16(bytes: Uint8Array): CsvEncoding | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] ?? 0;
    out[i + 1] = bytes[i] ?? 0;
  }
  return out;
}

/** NUL or many other control characters: not text in any encoding we know. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (const ch of sample) {
    const code = ch.charCodeAt(0);
    if (code < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t') control++;
  }
  return control > sample.length * 0.01;
}

// Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1: 0x80-0x9F come out as control
// characters instead of the euro sign, curly quotes and dashes Belgian Excel writes there.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('windows-1252').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80] ?? ch);
}
