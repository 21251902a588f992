import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { importBatches, importRows } from '../../../db/schema';
import { AppError } from '../errors';

export type ImportBatch = typeof importBatches.$inferSelect;
export type ImportRowRecord = typeof importRows.$inferSelect;

/** The import history, newest first, paged in SQL. */
export function listBatches(db: Db | Tx, page: { offset: number; limit: number }): { rows: ImportBatch[]; total: number } {
  const rows = db.select().from(importBatches).orderBy(desc(importBatches.id)).limit(page.limit).offset(page.offset).all();
  const total = db.select({ n: count() }).from(importBatches).get()?.n ?? 0;
  return { rows, total };
}

export function getBatch(db: Db | Tx, id: number): ImportBatch {
  const batch = db.select().from(importBatches).where(eq(importBatches.id, id)).get();
  if (!batch) throw new AppError('NOT_FOUND', `Import ${id} bestaat niet.`);
  return batch;
}

/** What a batch did, row by row (provenance), in file order. */
export function batchRows(db: Db | Tx, id: number): ImportRowRecord[] {
  return db
    .select()
    .from(importRows)
    .where(eq(importRows.batchId, id))
    .orderBy(asc(importRows.sourceRow), asc(importRows.id))
    .all();
}

/** Where a record came from: every batch row that created or updated it. */
export function provenanceOf(db: Db | Tx, entity: string, entityId: number): ImportRowRecord[] {
  return db
    .select()
    .from(importRows)
    .where(and(eq(importRows.entity, entity), eq(importRows.entityId, entityId)))
    .orderBy(asc(importRows.id))
    .all();
}
