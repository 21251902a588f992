import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../files/temp-dirs';
import { eq } from 'drizzle-orm';
import { attachments } from '../../../db/schema';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { readContent } from './attachment-store';

/** Documents and images a viewer shows; nothing that a double-click would run (exe, bat, js, lnk, html, ...). */
const VIEWABLE = new Set([
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'odt',
  'ods',
  'odp',
  'rtf',
  'txt',
  'csv',
  'md',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'eml',
  'msg',
]);

export function extensionOf(fileName: string): string {
  return path.extname(fileName).slice(1).toLowerCase();
}

/** A file name safe on every OS, keeping the (vetted) extension last. */
export function safeFileName(fileName: string): string {
  const base = [...path.basename(fileName)]
    .map((c) => (c.charCodeAt(0) < 32 || '<>:"/\\|?*'.includes(c) ? '_' : c))
    .join('')
    .replace(/^\.+/, '');
  return base.slice(-120) || 'bijlage';
}

/**
 * Opens an attachment with the system's viewer (Electron only): a read-only copy in a fresh temp
 * folder, and only for viewable document types, so opening can never run a program. Returns
 * opened: false where the host cannot open files (browser mode); the UI then offers a download.
 */
export async function openAttachment(ctx: AppContext, id: number): Promise<{ opened: boolean }> {
  const row = ctx.db().select().from(attachments).where(eq(attachments.id, id)).get();
  if (!row || row.removedAt !== null) throw new AppError('NOT_FOUND', 'Deze bijlage bestaat niet (meer).');
  const open = ctx.host.openWithSystemViewer;
  if (!open) return { opened: false };
  if (!VIEWABLE.has(extensionOf(row.fileName))) {
    throw new AppError(
      'VALIDATION',
      `‘${row.fileName}’ wordt om veiligheidsredenen niet rechtstreeks geopend. Download het bestand en controleer het eerst.`,
    );
  }
  const bytes = readContent(ctx.paths.dataDir, row.sha256);
  if (!bytes) throw new AppError('NOT_FOUND', `Het bestand van ‘${row.fileName}’ ontbreekt in de datamap.`);
  const dir = makeTempDir('open');
  const copy = path.join(dir, safeFileName(row.fileName));
  fs.writeFileSync(copy, bytes, { mode: 0o400 });
  const problem = await open(copy);
  if (problem) throw new AppError('INTERNAL', `Het bestand kon niet geopend worden: ${problem}`);
  return { opened: true };
}
