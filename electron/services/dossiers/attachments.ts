import { and, desc, eq, isNull } from 'drizzle-orm';
import { attachments } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import { maxAttachmentBytes, type AttachmentContent, type AttachmentRow } from '../../api/contract/dossier/activity';
import { recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { addTimelineEntry } from '../timeline';
import { guessMime, readContent, sha256Of, storeContent } from './attachment-store';
import { fieldErrors, nowIso, requireNeed } from './checks';

const rowColumns = {
  id: attachments.id,
  fileName: attachments.fileName,
  sizeBytes: attachments.sizeBytes,
  mimeType: attachments.mimeType,
  addedAt: attachments.addedAt,
  actor: attachments.actor,
};

/** Refuses an unreadable, empty or too large file before a single byte is written. */
function decode(contentBase64: string): Buffer {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length === 0)
    throw fieldErrors([{ path: 'contentBase64', message: 'Het bestand is leeg of kon niet gelezen worden.' }]);
  if (bytes.length > maxAttachmentBytes) {
    throw fieldErrors([
      { path: 'contentBase64', message: 'Het bestand is groter dan 25 MB. Bewaar het elders en verwijs ernaar in een notitie.' },
    ]);
  }
  return bytes;
}

export function addAttachment(ctx: AppContext, input: ParsedInputOf<'attachments.add'>): AttachmentRow {
  const bytes = decode(input.contentBase64);
  const need = requireNeed(ctx.db(), input.needId);
  const sha256 = sha256Of(bytes);
  // The file goes first: a row must never point at bytes that are not there. If the transaction
  // fails, an unreferenced file remains, which is harmless (and reused if the same file returns).
  storeContent(ctx.paths.dataDir, sha256, bytes);
  const now = nowIso(ctx.now);
  return ctx.db().transaction((tx) => {
    const fields = {
      needId: need.id,
      organisationId: need.organisationId,
      fileName: input.fileName,
      sha256,
      sizeBytes: bytes.length,
      mimeType: guessMime(input.fileName),
    };
    const row = tx
      .insert(attachments)
      .values({ ...fields, addedAt: now, actor: ctx.actor })
      .returning(rowColumns)
      .get();
    addTimelineEntry(tx, ctx.actor, now, {
      kind: 'bijlage',
      needId: need.id,
      organisationId: need.organisationId,
      summary: `Bijlage toegevoegd: ${input.fileName}`,
      data: { attachmentId: row.id },
    });
    recordAudit(tx, ctx.actor, now, {
      entity: 'attachment',
      entityId: row.id,
      action: 'create',
      changes: {
        fileName: { from: null, to: fields.fileName },
        sha256: { from: null, to: sha256 },
        sizeBytes: { from: null, to: bytes.length },
      },
    });
    return row;
  });
}

/** Hides an attachment from the dossier; the file stays (other rows may share its content). */
export function removeAttachment(ctx: AppContext, id: number): { id: number } {
  const now = nowIso(ctx.now);
  return ctx.db().transaction((tx) => {
    const row = tx.select().from(attachments).where(eq(attachments.id, id)).get();
    if (!row || row.removedAt !== null) throw new AppError('NOT_FOUND', 'Deze bijlage bestaat niet (meer).');
    tx.update(attachments).set({ removedAt: now }).where(eq(attachments.id, id)).run();
    addTimelineEntry(tx, ctx.actor, now, {
      kind: 'bijlage',
      needId: row.needId,
      organisationId: row.organisationId,
      summary: `Bijlage verwijderd: ${row.fileName}`,
      data: { attachmentId: id },
    });
    recordAudit(tx, ctx.actor, now, {
      entity: 'attachment',
      entityId: id,
      action: 'remove',
      changes: { removedAt: { from: null, to: now } },
    });
    return { id };
  });
}

export function listAttachments(ctx: AppContext, input: ParsedInputOf<'attachments.list'>): AttachmentRow[] {
  return ctx
    .db()
    .select(rowColumns)
    .from(attachments)
    .where(and(eq(attachments.needId, input.needId), isNull(attachments.removedAt)))
    .orderBy(desc(attachments.addedAt), desc(attachments.id))
    .all();
}

/** The bytes for a download in the renderer; nothing is opened or run here. */
export function readAttachment(ctx: AppContext, id: number): AttachmentContent {
  const row = ctx.db().select().from(attachments).where(eq(attachments.id, id)).get();
  if (!row || row.removedAt !== null) throw new AppError('NOT_FOUND', 'Deze bijlage bestaat niet (meer).');
  const bytes = readContent(ctx.paths.dataDir, row.sha256);
  if (!bytes) throw new AppError('NOT_FOUND', `Het bestand van ‘${row.fileName}’ ontbreekt in de datamap.`);
  return { fileName: row.fileName, mimeType: row.mimeType, contentBase64: bytes.toString('base64') };
}
