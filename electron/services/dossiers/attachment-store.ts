import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Attachments live in `<dataDir>/attachments/<first two hex>/<sha256>`: named by content, so the
 * same file added twice is stored once, and no name chosen by a user ever becomes a path.
 */
export function attachmentPath(dataDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('Ongeldige bestandshash.');
  return path.join(dataDir, 'attachments', sha256.slice(0, 2), sha256);
}

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes the bytes unless that content is already stored; a temp file + rename keeps it whole. */
export function storeContent(dataDir: string, sha256: string, bytes: Buffer): void {
  const target = attachmentPath(dataDir, sha256);
  if (fs.existsSync(target) && fs.statSync(target).size === bytes.length) return;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  fs.writeFileSync(temp, bytes, { flag: 'wx' });
  fs.renameSync(temp, target);
}

export function readContent(dataDir: string, sha256: string): Buffer | null {
  const file = attachmentPath(dataDir, sha256);
  return fs.existsSync(file) ? fs.readFileSync(file) : null;
}

const mimeByExtension: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  txt: 'text/plain',
  csv: 'text/csv',
  md: 'text/markdown',
  rtf: 'application/rtf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
  zip: 'application/zip',
};

/** A guess from the extension, only used to label the file and to name it on download. */
export function guessMime(fileName: string): string {
  const ext = path.extname(fileName).slice(1).toLowerCase();
  return mimeByExtension[ext] ?? 'application/octet-stream';
}
