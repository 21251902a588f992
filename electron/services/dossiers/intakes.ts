import { and, asc, eq } from 'drizzle-orm';
import { intakes } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import type { IntakeRow } from '../../api/contract/dossier/activity';
import { diffChanges, recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { addTimelineEntry } from '../timeline';
import { nowIso, requireNeed } from './checks';
import { moveNeedStatusIfAllowed } from './status';

function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** Plans an intakegesprek; the need moves to "intake gepland" when its lifecycle allows it. */
export function planIntake(ctx: AppContext, input: ParsedInputOf<'intakes.plan'>): { id: number } {
  const now = nowIso(ctx.now);
  return ctx.db().transaction((tx) => {
    const need = requireNeed(tx, input.needId);
    const fields = { needId: need.id, date: input.date, participants: input.participants, held: false };
    const row = tx
      .insert(intakes)
      .values({ ...fields, createdAt: now, updatedAt: now })
      .returning({ id: intakes.id })
      .get();
    addTimelineEntry(tx, ctx.actor, now, {
      kind: 'intake',
      needId: need.id,
      organisationId: need.organisationId,
      summary: `Intakegesprek gepland op ${formatDate(input.date)}`,
      body: input.participants,
      data: { intakeId: row.id, held: false },
    });
    recordAudit(tx, ctx.actor, now, { entity: 'intake', entityId: row.id, action: 'plan', changes: diffChanges(null, fields) });
    moveNeedStatusIfAllowed(tx, ctx.actor, now, need, { to: 'intake_gepland', reason: '', cause: 'intakegesprek' });
    return row;
  });
}

/**
 * Records a held intake (the planned one, or a new one). The need moves to "intake gehouden",
 * passing "intake gepland" first when the intake was never planned.
 */
export function recordIntake(ctx: AppContext, input: ParsedInputOf<'intakes.record'>): { id: number } {
  const now = nowIso(ctx.now);
  return ctx.db().transaction((tx) => {
    const need = requireNeed(tx, input.needId);
    const { needId: _needId, intakeId, ...rest } = input;
    const fields = { ...rest, held: true };
    let id: number;
    let before: Record<string, unknown> | null = null;
    if (intakeId !== undefined) {
      const planned = tx
        .select()
        .from(intakes)
        .where(and(eq(intakes.id, intakeId), eq(intakes.needId, need.id)))
        .get();
      if (!planned) throw new AppError('NOT_FOUND', `Intake ${intakeId} hoort niet bij deze hulpvraag.`);
      before = planned;
      tx.update(intakes)
        .set({ ...fields, updatedAt: now })
        .where(eq(intakes.id, intakeId))
        .run();
      id = intakeId;
    } else {
      id = tx
        .insert(intakes)
        .values({ ...fields, needId: need.id, createdAt: now, updatedAt: now })
        .returning({ id: intakes.id })
        .get().id;
    }
    addTimelineEntry(tx, ctx.actor, now, {
      kind: 'intake',
      needId: need.id,
      organisationId: need.organisationId,
      at: `${input.date}T12:00:00.000Z`,
      summary: `Intakegesprek gehouden op ${formatDate(input.date)}`,
      body: [input.decision && `Beslissing: ${input.decision}`, input.nextSteps && `Volgende stappen: ${input.nextSteps}`]
        .filter(Boolean)
        .join('\n'),
      data: { intakeId: id, held: true, dateOnly: true },
    });
    recordAudit(tx, ctx.actor, now, { entity: 'intake', entityId: id, action: 'record', changes: diffChanges(before, fields) });
    let status = need.status;
    if (moveNeedStatusIfAllowed(tx, ctx.actor, now, need, { to: 'intake_gepland', reason: '', cause: 'intakegesprek' })) {
      status = 'intake_gepland';
    }
    moveNeedStatusIfAllowed(
      tx,
      ctx.actor,
      now,
      { ...need, status },
      { to: 'intake_gehouden', reason: '', cause: 'intakegesprek' },
    );
    return { id };
  });
}

export function listIntakes(ctx: AppContext, input: ParsedInputOf<'intakes.list'>): IntakeRow[] {
  return ctx
    .db()
    .select({
      id: intakes.id,
      date: intakes.date,
      held: intakes.held,
      participants: intakes.participants,
      needSummary: intakes.needSummary,
      planning: intakes.planning,
      budget: intakes.budget,
      collaborationForms: intakes.collaborationForms,
      projectShape: intakes.projectShape,
      decision: intakes.decision,
      nextSteps: intakes.nextSteps,
    })
    .from(intakes)
    .where(eq(intakes.needId, input.needId))
    .orderBy(asc(intakes.date), asc(intakes.id))
    .all()
    .map((row) => ({ ...row, collaborationForms: row.collaborationForms as IntakeRow['collaborationForms'] }));
}
