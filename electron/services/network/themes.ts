import { and, eq, max, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { themes } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import { diffChanges, recordAudit } from '../audit';
import type { AppContext } from '../context';
import { slug } from '../seed/reference-data';
import { FieldIssues, notFound } from './validation';

function checkUniqueName(tx: Tx, nameNl: string, exceptId?: number): void {
  const same = sql`lower(${themes.nameNl}) = lower(${nameNl})`;
  const clash = tx
    .select({ id: themes.id })
    .from(themes)
    .where(exceptId === undefined ? same : and(same, ne(themes.id, exceptId)))
    .get();
  const issues = new FieldIssues();
  if (clash) issues.add('nameNl', 'Er bestaat al een thema met deze naam.');
  issues.throwIfAny();
}

/** The code is a stable key (used by imports and reports): derived once, never renamed. */
function freeCode(tx: Tx, nameNl: string): string {
  const base = slug(nameNl) || 'thema';
  for (let n = 1; ; n += 1) {
    const code = n === 1 ? base : `${base}-${n}`;
    if (!tx.select({ id: themes.id }).from(themes).where(eq(themes.code, code)).get()) return code;
  }
}

export function createTheme(ctx: AppContext, input: ParsedInputOf<'network.createTheme'>): { id: number } {
  return ctx.db().transaction((tx) => {
    checkUniqueName(tx, input.nameNl);
    const at = ctx.now().toISOString();
    const last =
      tx
        .select({ n: max(themes.sortOrder) })
        .from(themes)
        .get()?.n ?? 0;
    const values = { code: freeCode(tx, input.nameNl), nameNl: input.nameNl, nameEn: input.nameEn, sortOrder: last + 1 };
    const row = tx
      .insert(themes)
      .values({ ...values, createdAt: at, updatedAt: at })
      .returning({ id: themes.id })
      .get();
    recordAudit(tx, ctx.actor, at, { entity: 'theme', entityId: row.id, action: 'create', changes: diffChanges(null, values) });
    return row;
  });
}

export function updateTheme(ctx: AppContext, input: ParsedInputOf<'network.updateTheme'>): { id: number } {
  return ctx.db().transaction((tx) => {
    const before = tx.select({ nameNl: themes.nameNl, nameEn: themes.nameEn }).from(themes).where(eq(themes.id, input.id)).get();
    if (!before) throw notFound('Thema', input.id);
    checkUniqueName(tx, input.nameNl, input.id);
    const after = { nameNl: input.nameNl, nameEn: input.nameEn };
    const changes = diffChanges(before, after);
    if (Object.keys(changes).length === 0) return { id: input.id };
    const at = ctx.now().toISOString();
    tx.update(themes)
      .set({ ...after, updatedAt: at })
      .where(eq(themes.id, input.id))
      .run();
    recordAudit(tx, ctx.actor, at, { entity: 'theme', entityId: input.id, action: 'rename', changes });
    return { id: input.id };
  });
}

/** Needs, groups and companies keep an inactive theme; it is only no longer offered for new links. */
export function setThemeActive(ctx: AppContext, input: ParsedInputOf<'network.setThemeActive'>): { id: number } {
  return ctx.db().transaction((tx) => {
    const before = tx.select({ active: themes.active }).from(themes).where(eq(themes.id, input.id)).get();
    if (!before) throw notFound('Thema', input.id);
    if (before.active === input.active) return { id: input.id };
    const at = ctx.now().toISOString();
    tx.update(themes).set({ active: input.active, updatedAt: at }).where(eq(themes.id, input.id)).run();
    recordAudit(tx, ctx.actor, at, {
      entity: 'theme',
      entityId: input.id,
      action: input.active ? 'reactivate' : 'deactivate',
      changes: { active: { from: before.active, to: input.active } },
    });
    return { id: input.id };
  });
}
