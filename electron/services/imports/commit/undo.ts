import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../../db/client';
import {
  contacts,
  eventMeetings,
  eventParticipants,
  experts,
  importBatches,
  importRows,
  needs,
  needThemes,
  organisationFederations,
  organisations,
  timelineEntries,
} from '../../../../db/schema';
import { recordAudit } from '../../audit';
import type { AppContext } from '../../context';
import { AppError } from '../../errors';
import { referencesTo, referencingRecords } from './references';

type Entity = 'organisation' | 'contact' | 'need' | 'expert' | 'event_participant' | 'event_meeting';
const TABLES = {
  organisation: organisations,
  contact: contacts,
  need: needs,
  expert: experts,
  event_participant: eventParticipants,
  event_meeting: eventMeetings,
} as const;
const SQL_NAMES: Record<Entity, string> = {
  organisation: 'organisations',
  contact: 'contacts',
  need: 'needs',
  expert: 'experts',
  event_participant: 'event_participants',
  event_meeting: 'event_meetings',
};
const NAMES: Record<Entity, string> = {
  organisation: 'Organisatie',
  contact: 'Contactpersoon',
  need: 'Hulpvraag',
  expert: 'Expert',
  event_participant: 'Inschrijving',
  event_meeting: 'Gespreksaanvraag',
};
/** Fields the app maintains itself: they follow the others and are never reported as edits. */
const SILENT = new Set(['updatedAt', 'lastActivityAt', 'emailDomain']);

export type KeptRecord = { entity: Entity; entityId: number; sourceRow: number; message: string; fields: string[] };
export type UndoResult = {
  batchId: number;
  deleted: Record<Entity | 'timeline_entry', number>;
  restored: number;
  kept: KeptRecord[];
};

type ImportRow = typeof importRows.$inferSelect;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function linkedIds(tx: Tx, entity: Entity, id: number): number[] | null {
  if (entity === 'organisation')
    return tx
      .select({ v: organisationFederations.partnerId })
      .from(organisationFederations)
      .where(eq(organisationFederations.organisationId, id))
      .all()
      .map((r) => r.v)
      .sort((a, b) => a - b);
  if (entity === 'need')
    return tx
      .select({ v: needThemes.themeId })
      .from(needThemes)
      .where(eq(needThemes.needId, id))
      .all()
      .map((r) => r.v)
      .sort((a, b) => a - b);
  return null;
}

function current(tx: Tx, entity: Entity, id: number): Record<string, unknown> | undefined {
  const table = TABLES[entity];
  const row = tx.select().from(table).where(eq(table.id, id)).get() as Record<string, unknown> | undefined;
  if (!row) return undefined;
  const links = linkedIds(tx, entity, id);
  return links ? { ...row, [entity === 'need' ? 'themeIds' : 'federationIds']: links } : row;
}

/** Puts back the previous value of every field the batch changed, unless it was edited since. */
function restoreUpdate(tx: Tx, row: ImportRow, kept: KeptRecord[]): boolean {
  const entity = row.entity as Entity;
  const id = row.entityId as number;
  const now = current(tx, entity, id);
  if (!now) return false;
  const set: Record<string, unknown> = {};
  const edited: string[] = [];
  for (const [key, after] of Object.entries(row.after)) {
    if (key === 'updatedAt') continue;
    if (key === 'federationIds' || key === 'themeIds') {
      const added = (after as number[]).filter((x) => !(row.before[key] as number[]).includes(x));
      if (added.length === 0) continue;
      if (entity === 'organisation')
        tx.delete(organisationFederations)
          .where(and(eq(organisationFederations.organisationId, id), inArray(organisationFederations.partnerId, added)))
          .run();
      else
        tx.delete(needThemes)
          .where(and(eq(needThemes.needId, id), inArray(needThemes.themeId, added)))
          .run();
      continue;
    }
    if (same(now[key], after)) set[key] = row.before[key] ?? null;
    else if (!SILENT.has(key)) edited.push(key);
  }
  if (edited.length > 0) {
    kept.push({
      entity,
      entityId: id,
      sourceRow: row.sourceRow,
      fields: edited,
      message: `${NAMES[entity]} ${id} (rij ${row.sourceRow}): ${edited.join(', ')} werd(en) sinds de import gewijzigd; die wijziging blijft behouden.`,
    });
  } else if (same(now.updatedAt, row.after.updatedAt)) set.updatedAt = row.before.updatedAt;
  if (Object.keys(set).length > 0) {
    const table = TABLES[entity];
    tx.update(table).set(set).where(eq(table.id, id)).run();
  }
  return true;
}

/** Deletes a record the batch created, unless it was edited or is referenced since. */
function deleteCreated(tx: Tx, row: ImportRow, refs: Map<Entity, ReturnType<typeof referencesTo>>, kept: KeptRecord[]): boolean {
  const entity = row.entity as Entity;
  const id = row.entityId as number;
  const now = current(tx, entity, id);
  if (!now) return false;
  const edited = Object.keys(row.after).filter((k) => !SILENT.has(k) && !same(now[k], row.after[k]));
  let references = refs.get(entity);
  if (!references) {
    references = referencesTo(tx, SQL_NAMES[entity]);
    refs.set(entity, references);
  }
  const own = {
    organisation_federations: ((row.after.federationIds as number[] | undefined) ?? []).length,
    need_themes: ((row.after.themeIds as number[] | undefined) ?? []).length,
  };
  const used = edited.length > 0 ? [] : referencingRecords(tx, references, id, own);
  if (edited.length > 0 || used.length > 0) {
    const why = edited.length > 0 ? `werd sinds de import gewijzigd (${edited.join(', ')})` : `heeft intussen ${used.join(', ')}`;
    kept.push({
      entity,
      entityId: id,
      sourceRow: row.sourceRow,
      fields: edited,
      message: `${NAMES[entity]} ${id} (rij ${row.sourceRow}) ${why} en blijft daarom bestaan.`,
    });
    return false;
  }
  const table = TABLES[entity];
  tx.delete(table).where(eq(table.id, id)).run();
  return true;
}

function undoIn(tx: Tx, actor: string, at: string, batchId: number): UndoResult {
  const batch = tx.select().from(importBatches).where(eq(importBatches.id, batchId)).get();
  if (!batch) throw new AppError('NOT_FOUND', `Import ${batchId} bestaat niet.`);
  if (batch.undoneAt)
    throw new AppError(
      'CONFLICT',
      `Import ${batchId} (${batch.fileName}) werd al ongedaan gemaakt op ${batch.undoneAt.slice(0, 10).split('-').reverse().join('/')}.`,
    );
  const rows = tx.select().from(importRows).where(eq(importRows.batchId, batchId)).orderBy(desc(importRows.id)).all();
  const result: UndoResult = {
    batchId,
    deleted: { organisation: 0, contact: 0, need: 0, expert: 0, event_participant: 0, event_meeting: 0, timeline_entry: 0 },
    restored: 0,
    kept: [],
  };
  const timeline = rows.filter((r) => r.entity === 'timeline_entry' && r.entityId !== null).map((r) => r.entityId as number);
  for (let i = 0; i < timeline.length; i += 500) {
    const part = timeline.slice(i, i + 500);
    result.deleted.timeline_entry += tx.delete(timelineEntries).where(inArray(timelineEntries.id, part)).run().changes;
  }
  for (const row of rows.filter((r) => r.action === 'updated' && r.entity in TABLES)) {
    if (restoreUpdate(tx, row, result.kept)) {
      result.restored++;
      recordAudit(tx, actor, at, {
        entity: row.entity,
        entityId: row.entityId as number,
        action: 'import-undo',
        changes: { batchId, restored: row.before },
      });
    }
  }
  const refs = new Map<Entity, ReturnType<typeof referencesTo>>();
  // Dependants first: meetings point at registrations, registrations at needs, contacts,
  // organisations and experts; needs at contacts and organisations, contacts at organisations.
  for (const entity of ['event_meeting', 'event_participant', 'need', 'contact', 'organisation', 'expert'] as const) {
    for (const row of rows.filter((r) => r.action === 'created' && r.entity === entity)) {
      if (!deleteCreated(tx, row, refs, result.kept)) continue;
      result.deleted[entity]++;
      recordAudit(tx, actor, at, {
        entity,
        entityId: row.entityId as number,
        action: 'import-undo',
        changes: { batchId, deleted: true },
      });
    }
  }
  tx.update(importBatches).set({ undoneAt: at }).where(eq(importBatches.id, batchId)).run();
  recordAudit(tx, actor, at, {
    entity: 'import_batch',
    entityId: batchId,
    action: 'undo',
    changes: { deleted: result.deleted, restored: result.restored, kept: result.kept.map((k) => k.message) },
  });
  return result;
}

/** Takes a batch back in one transaction; what was edited or used since stays, and is reported. */
export function undoImport(ctx: AppContext, batchId: number): UndoResult {
  const at = ctx.now().toISOString();
  return ctx.db().transaction((tx) => undoIn(tx, ctx.actor, at, batchId));
}

class Preview extends Error {
  constructor(readonly result: UndoResult) {
    super('preview');
  }
}

/** What an undo would do (for the wizard to ask first): the undo runs and is rolled back. */
export function previewUndo(ctx: AppContext, batchId: number): UndoResult {
  const at = ctx.now().toISOString();
  try {
    ctx.db().transaction((tx) => {
      throw new Preview(undoIn(tx, ctx.actor, at, batchId));
    });
  } catch (error) {
    if (error instanceof Preview) return error.result;
    throw error;
  }
  throw new AppError('INTERNAL', 'De voorvertoning van het ongedaan maken mislukte.');
}
