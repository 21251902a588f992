import { eq } from 'drizzle-orm';
import { colleges } from '../../../db/schema';
import type { CollegeEditable } from '../../api/contract/network';
import type { ParsedInputOf } from '../../api/contract';
import { diffChanges, recordAudit } from '../audit';
import type { AppContext } from '../context';
import { FieldIssues, checkProvince, checkUniqueCollegeShortName, notFound } from './validation';

const editableColumns = {
  id: colleges.id,
  name: colleges.name,
  shortName: colleges.shortName,
  city: colleges.city,
  provinceCode: colleges.provinceCode,
  website: colleges.website,
  association: colleges.association,
  notes: colleges.notes,
  verifyFields: colleges.verifyFields,
  responseDays: colleges.responseDays,
  active: colleges.active,
};

export function getCollegeForEdit(ctx: AppContext, id: number): CollegeEditable {
  const row = ctx.db().select(editableColumns).from(colleges).where(eq(colleges.id, id)).get();
  if (!row) throw notFound('Hogeschool', id);
  return row;
}

/** Rare (the 13 are seeded) but possible: a merger or a new member of the network. */
export function createCollege(ctx: AppContext, input: ParsedInputOf<'network.createCollege'>): { id: number } {
  return ctx.db().transaction((tx) => {
    const issues = new FieldIssues();
    checkUniqueCollegeShortName(tx, issues, input.shortName);
    checkProvince(tx, issues, input.provinceCode);
    issues.throwIfAny();
    const at = ctx.now().toISOString();
    const row = tx
      .insert(colleges)
      .values({ ...input, createdAt: at, updatedAt: at })
      .returning({ id: colleges.id })
      .get();
    recordAudit(tx, ctx.actor, at, {
      entity: 'college',
      entityId: row.id,
      action: 'create',
      changes: diffChanges(null, input),
    });
    return row;
  });
}

export function updateCollege(ctx: AppContext, input: ParsedInputOf<'network.updateCollege'>): { id: number } {
  return ctx.db().transaction((tx) => {
    const before = tx.select(editableColumns).from(colleges).where(eq(colleges.id, input.id)).get();
    if (!before) throw notFound('Hogeschool', input.id);
    const issues = new FieldIssues();
    checkUniqueCollegeShortName(tx, issues, input.shortName, input.id);
    checkProvince(tx, issues, input.provinceCode);
    issues.throwIfAny();
    const { id, verifyFields, responseDays, ...fields } = input;
    const after = {
      ...fields,
      verifyFields: verifyFields ?? before.verifyFields,
      responseDays: responseDays === undefined ? before.responseDays : responseDays,
    };
    const changes = diffChanges<typeof after>(before, after);
    if (Object.keys(changes).length === 0) return { id };
    const at = ctx.now().toISOString();
    tx.update(colleges)
      .set({ ...after, updatedAt: at })
      .where(eq(colleges.id, id))
      .run();
    recordAudit(tx, ctx.actor, at, { entity: 'college', entityId: id, action: 'update', changes });
    return { id };
  });
}

/** Never deleted: trajects, experts and referrals keep pointing at it. */
export function setCollegeActive(ctx: AppContext, input: ParsedInputOf<'network.setCollegeActive'>): { id: number } {
  return ctx.db().transaction((tx) => {
    const before = tx.select({ active: colleges.active }).from(colleges).where(eq(colleges.id, input.id)).get();
    if (!before) throw notFound('Hogeschool', input.id);
    if (before.active === input.active) return { id: input.id };
    const at = ctx.now().toISOString();
    tx.update(colleges).set({ active: input.active, updatedAt: at }).where(eq(colleges.id, input.id)).run();
    recordAudit(tx, ctx.actor, at, {
      entity: 'college',
      entityId: input.id,
      action: input.active ? 'reactivate' : 'deactivate',
      changes: { active: { from: before.active, to: input.active } },
    });
    return { id: input.id };
  });
}
