import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { expertiseGroups } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import { diffChanges, recordAudit } from '../audit';
import type { AppContext } from '../context';
import { groupThemeIds, linkChange, setGroupThemes } from './links';
import { FieldIssues, checkCollege, checkExpert, checkThemes, notFound } from './validation';

type GroupFields = Omit<ParsedInputOf<'network.createGroup'>, 'themeIds'>;

const groupColumns = {
  collegeId: expertiseGroups.collegeId,
  name: expertiseGroups.name,
  description: expertiseGroups.description,
  keywords: expertiseGroups.keywords,
  contactExpertId: expertiseGroups.contactExpertId,
  capacity: expertiseGroups.capacity,
  capacityNote: expertiseGroups.capacityNote,
  sourceUrl: expertiseGroups.sourceUrl,
  responseDays: expertiseGroups.responseDays,
};

function validate(tx: Tx, input: ParsedInputOf<'network.createGroup'>, linkedThemes: number[] = []): void {
  const issues = new FieldIssues();
  if (input.collegeId) checkCollege(tx, issues, 'collegeId', input.collegeId);
  checkThemes(tx, issues, input.themeIds, linkedThemes);
  checkExpert(tx, issues, 'contactExpertId', input.contactExpertId);
  issues.throwIfAny();
}

export function createGroup(ctx: AppContext, input: ParsedInputOf<'network.createGroup'>): { id: number } {
  return ctx.db().transaction((tx) => {
    validate(tx, input);
    const at = ctx.now().toISOString();
    const { themeIds, ...fields } = input;
    const row = tx
      .insert(expertiseGroups)
      .values({ ...fields, createdAt: at, updatedAt: at })
      .returning({ id: expertiseGroups.id })
      .get();
    setGroupThemes(tx, row.id, themeIds);
    const changes: Record<string, unknown> = diffChanges<GroupFields>(null, fields);
    if (themeIds.length > 0) changes.themeIds = { from: [], to: [...themeIds].sort((a, b) => a - b) };
    recordAudit(tx, ctx.actor, at, { entity: 'expertise_group', entityId: row.id, action: 'create', changes });
    return row;
  });
}

export function updateGroup(ctx: AppContext, input: ParsedInputOf<'network.updateGroup'>): { id: number } {
  return ctx.db().transaction((tx) => {
    const before = tx.select(groupColumns).from(expertiseGroups).where(eq(expertiseGroups.id, input.id)).get();
    if (!before) throw notFound('Expertisegroep', input.id);
    const { id, themeIds, responseDays, ...rest } = input;
    // Left out = unchanged: callers that do not know the field never wipe it.
    const fields = { ...rest, responseDays: responseDays === undefined ? before.responseDays : responseDays };
    validate(tx, input, groupThemeIds(tx, id));
    const changes: Record<string, unknown> = diffChanges<GroupFields>(before, fields);
    const themeChange = linkChange(setGroupThemes(tx, id, themeIds), themeIds);
    if (themeChange) changes.themeIds = themeChange;
    if (Object.keys(changes).length === 0) return { id };
    const at = ctx.now().toISOString();
    tx.update(expertiseGroups)
      .set({ ...fields, updatedAt: at })
      .where(eq(expertiseGroups.id, id))
      .run();
    recordAudit(tx, ctx.actor, at, { entity: 'expertise_group', entityId: id, action: 'update', changes });
    return { id };
  });
}

/** Groups are never deleted: experts, trajects and (later) referrals keep pointing at them. */
export function setGroupActive(ctx: AppContext, input: ParsedInputOf<'network.setGroupActive'>): { id: number } {
  return ctx.db().transaction((tx) => {
    const before = tx
      .select({ active: expertiseGroups.active })
      .from(expertiseGroups)
      .where(eq(expertiseGroups.id, input.id))
      .get();
    if (!before) throw notFound('Expertisegroep', input.id);
    if (before.active === input.active) return { id: input.id };
    const at = ctx.now().toISOString();
    tx.update(expertiseGroups).set({ active: input.active, updatedAt: at }).where(eq(expertiseGroups.id, input.id)).run();
    recordAudit(tx, ctx.actor, at, {
      entity: 'expertise_group',
      entityId: input.id,
      action: input.active ? 'reactivate' : 'deactivate',
      changes: { active: { from: before.active, to: input.active } },
    });
    return { id: input.id };
  });
}
