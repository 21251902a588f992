import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { colleges, needs, trajectColleges, trajects } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import { canTransition, needStatusLabelsNl } from '../../api/contract/dossier/lifecycle';
import type { TrajectDetail } from '../../api/contract/dossier/trajects';
import { diffChanges, recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { addTimelineEntry } from '../timeline';
import { fieldErrors, nowIso, requireNeed, requireTraject } from './checks';
import { moveNeedStatus } from './status';
import { getTraject } from './traject-read';

type NeedRecord = typeof needs.$inferSelect;
type TrajectRecord = typeof trajects.$inferSelect;

function trajectFields(input: ParsedInputOf<'trajects.create'> | ParsedInputOf<'trajects.update'>) {
  return {
    title: input.title,
    type: input.type,
    status: input.status,
    description: input.description,
    studentsInvolved: input.studentsInvolved,
    fundingSource: input.fundingSource,
    fundingAmountCents: input.fundingAmountCents,
    followUpFunding: input.followUpFunding,
    followUpFundingCents: input.followUpFundingCents,
    startDate: input.startDate,
    endDate: input.endDate,
    outcome: input.outcome,
  };
}

function setColleges(tx: Tx, trajectId: number, collegeIds: number[]): number[] {
  const unique = [...new Set(collegeIds)].sort((a, b) => a - b);
  if (unique.length > 0) {
    const found = tx.select({ id: colleges.id }).from(colleges).where(inArray(colleges.id, unique)).all();
    if (found.length !== unique.length)
      throw fieldErrors([{ path: 'collegeIds', message: 'Eén van de gekozen hogescholen bestaat niet.' }]);
  }
  tx.delete(trajectColleges).where(eq(trajectColleges.trajectId, trajectId)).run();
  if (unique.length > 0)
    tx.insert(trajectColleges)
      .values(unique.map((collegeId) => ({ trajectId, collegeId })))
      .run();
  return unique;
}

/** Puts a need in a traject; the need moves to "in traject", so only a need that may do so. */
function linkNeed(tx: Tx, actor: string, now: string, need: NeedRecord, traject: TrajectRecord): void {
  if (need.trajectId === traject.id) return;
  if (need.status !== 'in_traject' && !canTransition(need.status, 'in_traject')) {
    throw new AppError(
      'CONFLICT',
      `‘${need.title}’ heeft status ‘${needStatusLabelsNl[need.status]}’ en kan niet naar ‘in traject’. Houd eerst een intake (of heropen de hulpvraag).`,
      { from: need.status, to: 'in_traject' },
    );
  }
  tx.update(needs).set({ trajectId: traject.id, updatedAt: now }).where(eq(needs.id, need.id)).run();
  addTimelineEntry(tx, actor, now, {
    kind: 'traject',
    needId: need.id,
    organisationId: need.organisationId,
    summary: `Gekoppeld aan traject ‘${traject.title}’`,
    data: { trajectId: traject.id },
  });
  recordAudit(tx, actor, now, {
    entity: 'need',
    entityId: need.id,
    action: 'link-traject',
    changes: { trajectId: { from: need.trajectId, to: traject.id } },
  });
  if (need.status !== 'in_traject') {
    moveNeedStatus(tx, actor, now, need, { to: 'in_traject', reason: '', cause: `traject ‘${traject.title}’` });
  }
}

export function createTraject(ctx: AppContext, input: ParsedInputOf<'trajects.create'>): { id: number } {
  const now = nowIso(ctx.now);
  return ctx.db().transaction((tx) => {
    const need = input.needId === null ? null : requireNeed(tx, input.needId);
    const fields = trajectFields(input);
    const traject = tx
      .insert(trajects)
      .values({ ...fields, createdAt: now, updatedAt: now })
      .returning()
      .get();
    const collegeIds = setColleges(tx, traject.id, input.collegeIds);
    recordAudit(tx, ctx.actor, now, {
      entity: 'traject',
      entityId: traject.id,
      action: 'create',
      changes: { ...diffChanges(null, fields), collegeIds: { from: [], to: collegeIds } },
    });
    if (need) linkNeed(tx, ctx.actor, now, need, traject);
    return { id: traject.id };
  });
}

export function updateTraject(ctx: AppContext, input: ParsedInputOf<'trajects.update'>): { id: number } {
  const now = nowIso(ctx.now);
  return ctx.db().transaction((tx) => {
    const before = requireTraject(tx, input.id);
    const beforeColleges = tx
      .select({ id: trajectColleges.collegeId })
      .from(trajectColleges)
      .where(eq(trajectColleges.trajectId, input.id))
      .all()
      .map((r) => r.id)
      .sort((a, b) => a - b);
    const fields = trajectFields(input);
    const changes: Record<string, unknown> = diffChanges(before, fields);
    tx.update(trajects)
      .set({ ...fields, updatedAt: now })
      .where(eq(trajects.id, input.id))
      .run();
    const collegeIds = setColleges(tx, input.id, input.collegeIds);
    if (JSON.stringify(beforeColleges) !== JSON.stringify(collegeIds))
      changes.collegeIds = { from: beforeColleges, to: collegeIds };
    if (Object.keys(changes).length > 0)
      recordAudit(tx, ctx.actor, now, { entity: 'traject', entityId: input.id, action: 'update', changes });
    return { id: input.id };
  });
}

export function addNeedToTraject(ctx: AppContext, input: ParsedInputOf<'trajects.addNeed'>): TrajectDetail {
  const now = nowIso(ctx.now);
  ctx.db().transaction((tx) => {
    const traject = requireTraject(tx, input.trajectId);
    const need = requireNeed(tx, input.needId);
    if (need.trajectId !== null && need.trajectId !== traject.id) {
      throw new AppError('CONFLICT', `‘${need.title}’ zit al in een ander traject. Haal ze daar eerst uit.`);
    }
    linkNeed(tx, ctx.actor, now, need, traject);
  });
  return getTraject(ctx, input.trajectId);
}

/** Takes a need out of a traject; its status stays, the coordinator decides what comes next. */
export function removeNeedFromTraject(ctx: AppContext, input: ParsedInputOf<'trajects.removeNeed'>): TrajectDetail {
  const now = nowIso(ctx.now);
  ctx.db().transaction((tx) => {
    const traject = requireTraject(tx, input.trajectId);
    const need = requireNeed(tx, input.needId);
    if (need.trajectId !== traject.id) throw new AppError('NOT_FOUND', `‘${need.title}’ zit niet in dit traject.`);
    if (need.organisationId === null) {
      throw new AppError(
        'CONFLICT',
        `‘${need.title}’ hoort bij geen organisatie en kan niet los van dit collectief traject bestaan.`,
      );
    }
    tx.update(needs).set({ trajectId: null, updatedAt: now }).where(eq(needs.id, need.id)).run();
    addTimelineEntry(tx, ctx.actor, now, {
      kind: 'traject',
      needId: need.id,
      organisationId: need.organisationId,
      summary: `Losgekoppeld van traject ‘${traject.title}’`,
      data: { trajectId: traject.id },
    });
    recordAudit(tx, ctx.actor, now, {
      entity: 'need',
      entityId: need.id,
      action: 'unlink-traject',
      changes: { trajectId: { from: traject.id, to: null } },
    });
  });
  return getTraject(ctx, input.trajectId);
}
