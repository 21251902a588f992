import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { experts } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import { diffChanges, recordAudit } from '../audit';
import type { AppContext } from '../context';
import { expertGroupIds, linkChange, setExpertGroups } from './links';
import { FieldIssues, checkCollege, checkGroups, notFound } from './validation';

type ExpertFields = Omit<ParsedInputOf<'network.createExpert'>, 'groupIds'>;

/** Notes about a person may be sensitive: the audit log only records that they changed. */
const confidential = ['notes'] as const;

const expertColumns = {
  firstName: experts.firstName,
  lastName: experts.lastName,
  role: experts.role,
  title: experts.title,
  email: experts.email,
  phone: experts.phone,
  collegeId: experts.collegeId,
  notes: experts.notes,
};

function validate(tx: Tx, input: ParsedInputOf<'network.createExpert'>, linkedGroups: number[] = []): void {
  const issues = new FieldIssues();
  checkCollege(tx, issues, 'collegeId', input.collegeId);
  checkGroups(tx, issues, input.groupIds, linkedGroups);
  issues.throwIfAny();
}

export function createExpert(ctx: AppContext, input: ParsedInputOf<'network.createExpert'>): { id: number } {
  return ctx.db().transaction((tx) => {
    validate(tx, input);
    const at = ctx.now().toISOString();
    const { groupIds, ...fields } = input;
    const row = tx
      .insert(experts)
      .values({ ...fields, createdAt: at, updatedAt: at })
      .returning({ id: experts.id })
      .get();
    setExpertGroups(tx, row.id, groupIds);
    const changes: Record<string, unknown> = diffChanges<ExpertFields>(null, fields, confidential);
    if (groupIds.length > 0) changes.groupIds = { from: [], to: [...groupIds].sort((a, b) => a - b) };
    recordAudit(tx, ctx.actor, at, { entity: 'expert', entityId: row.id, action: 'create', changes });
    return row;
  });
}

export function updateExpert(ctx: AppContext, input: ParsedInputOf<'network.updateExpert'>): { id: number } {
  return ctx.db().transaction((tx) => {
    const before = tx.select(expertColumns).from(experts).where(eq(experts.id, input.id)).get();
    if (!before) throw notFound('Expert', input.id);
    const { id, groupIds, ...fields } = input;
    validate(tx, input, expertGroupIds(tx, id));
    const changes: Record<string, unknown> = diffChanges<ExpertFields>(before, fields, confidential);
    const groupChange = linkChange(setExpertGroups(tx, id, groupIds), groupIds);
    if (groupChange) changes.groupIds = groupChange;
    if (Object.keys(changes).length === 0) return { id };
    const at = ctx.now().toISOString();
    tx.update(experts)
      .set({ ...fields, updatedAt: at })
      .where(eq(experts.id, id))
      .run();
    recordAudit(tx, ctx.actor, at, { entity: 'expert', entityId: id, action: 'update', changes });
    return { id };
  });
}

/** People who leave stay on record (they may be a group's contact or in a traject's history). */
export function setExpertActive(ctx: AppContext, input: ParsedInputOf<'network.setExpertActive'>): { id: number } {
  return ctx.db().transaction((tx) => {
    const before = tx.select({ active: experts.active }).from(experts).where(eq(experts.id, input.id)).get();
    if (!before) throw notFound('Expert', input.id);
    if (before.active === input.active) return { id: input.id };
    const at = ctx.now().toISOString();
    tx.update(experts).set({ active: input.active, updatedAt: at }).where(eq(experts.id, input.id)).run();
    recordAudit(tx, ctx.actor, at, {
      entity: 'expert',
      entityId: input.id,
      action: input.active ? 'reactivate' : 'deactivate',
      changes: { active: { from: before.active, to: input.active } },
    });
    return { id: input.id };
  });
}
