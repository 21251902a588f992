import { and, asc, eq } from 'drizzle-orm';
import { savedViews } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import type { SavedView } from '../../api/contract/workspace';
import { recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';

export function listViews(ctx: AppContext, input: ParsedInputOf<'views.list'>): SavedView[] {
  return ctx.db().select().from(savedViews).where(eq(savedViews.tableKey, input.tableKey)).orderBy(asc(savedViews.name)).all();
}

/**
 * Saves the current table state under a name. A name is unique per table: saving it again is
 * refused with a message at the name field, unless the coordinator chose to overwrite.
 */
export function saveView(ctx: AppContext, input: ParsedInputOf<'views.save'>): SavedView {
  const at = ctx.now().toISOString();
  return ctx.db().transaction((tx) => {
    const existing = tx
      .select()
      .from(savedViews)
      .where(and(eq(savedViews.tableKey, input.tableKey), eq(savedViews.name, input.name)))
      .get();
    if (existing && !input.overwrite) {
      throw new AppError('CONFLICT', `Er bestaat al een weergave met de naam "${input.name}" voor deze tabel.`, {
        issues: [
          { path: 'name', message: 'Deze naam is al in gebruik. Kies een andere naam of overschrijf de bestaande weergave.' },
        ],
        existingId: existing.id,
      });
    }
    if (existing) {
      const updated = tx
        .update(savedViews)
        .set({ state: input.state, updatedAt: at })
        .where(eq(savedViews.id, existing.id))
        .returning()
        .get();
      recordAudit(tx, ctx.actor, at, {
        entity: 'saved_view',
        entityId: existing.id,
        action: 'update',
        changes: { state: { from: existing.state, to: input.state } },
      });
      return updated;
    }
    const created = tx
      .insert(savedViews)
      .values({ tableKey: input.tableKey, name: input.name, state: input.state, createdAt: at, updatedAt: at })
      .returning()
      .get();
    recordAudit(tx, ctx.actor, at, {
      entity: 'saved_view',
      entityId: created.id,
      action: 'create',
      changes: { tableKey: { from: null, to: created.tableKey }, name: { from: null, to: created.name } },
    });
    return created;
  });
}

/** A saved view is the coordinator's own shortcut, referenced by nothing: removing it deletes it. */
export function removeView(ctx: AppContext, id: number): { removed: boolean } {
  const at = ctx.now().toISOString();
  return ctx.db().transaction((tx) => {
    const existing = tx.select().from(savedViews).where(eq(savedViews.id, id)).get();
    if (!existing) throw new AppError('NOT_FOUND', 'Deze weergave bestaat niet (meer).');
    tx.delete(savedViews).where(eq(savedViews.id, id)).run();
    recordAudit(tx, ctx.actor, at, {
      entity: 'saved_view',
      entityId: id,
      action: 'delete',
      changes: { tableKey: { from: existing.tableKey, to: null }, name: { from: existing.name, to: null } },
    });
    return { removed: true };
  });
}
