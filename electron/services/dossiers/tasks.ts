import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import { needs, organisations, tasks } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import type { OverdueTask, TaskRow } from '../../api/contract/dossier/activity';
import { diffChanges, recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { brusselsDate } from '../time';
import { addTimelineEntry } from '../timeline';
import { nowIso, requireNeed } from './checks';

const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function toRow(task: typeof tasks.$inferSelect, today: string): TaskRow {
  return {
    id: task.id,
    title: task.title,
    dueDate: task.dueDate,
    assignee: task.assignee,
    doneAt: task.doneAt,
    overdue: task.doneAt === null && task.dueDate < today,
  };
}

export function addTask(ctx: AppContext, input: ParsedInputOf<'tasks.add'>): { id: number } {
  const now = nowIso(ctx.now);
  return ctx.db().transaction((tx) => {
    const need = requireNeed(tx, input.needId);
    const fields = {
      needId: need.id,
      organisationId: need.organisationId,
      title: input.title,
      dueDate: input.dueDate,
      assignee: input.assignee,
    };
    const row = tx
      .insert(tasks)
      .values({ ...fields, createdAt: now, updatedAt: now })
      .returning({ id: tasks.id })
      .get();
    addTimelineEntry(tx, ctx.actor, now, {
      kind: 'taak',
      needId: need.id,
      organisationId: need.organisationId,
      summary: `Taak toegevoegd: ${input.title}`,
      data: { taskId: row.id, dueDate: input.dueDate },
    });
    recordAudit(tx, ctx.actor, now, { entity: 'task', entityId: row.id, action: 'create', changes: diffChanges(null, fields) });
    return row;
  });
}

function setDone(ctx: AppContext, id: number, done: boolean): TaskRow {
  const now = nowIso(ctx.now);
  const today = brusselsDate(ctx.now());
  return ctx.db().transaction((tx) => {
    const task = tx.select().from(tasks).where(eq(tasks.id, id)).get();
    if (!task) throw new AppError('NOT_FOUND', `Taak ${id} bestaat niet.`);
    if ((task.doneAt !== null) === done) return toRow(task, today);
    const doneAt = done ? now : null;
    tx.update(tasks).set({ doneAt, updatedAt: now }).where(eq(tasks.id, id)).run();
    addTimelineEntry(tx, ctx.actor, now, {
      kind: 'taak',
      needId: task.needId,
      organisationId: task.organisationId,
      summary: done ? `Taak afgewerkt: ${task.title}` : `Taak heropend: ${task.title}`,
      data: { taskId: id },
    });
    recordAudit(tx, ctx.actor, now, {
      entity: 'task',
      entityId: id,
      action: done ? 'complete' : 'reopen',
      changes: { doneAt: { from: task.doneAt, to: doneAt } },
    });
    return toRow({ ...task, doneAt }, today);
  });
}

export const completeTask = (ctx: AppContext, id: number) => setDone(ctx, id, true);
export const reopenTask = (ctx: AppContext, id: number) => setDone(ctx, id, false);

export function listTasks(ctx: AppContext, input: ParsedInputOf<'tasks.list'>): TaskRow[] {
  const today = brusselsDate(ctx.now());
  return (
    ctx
      .db()
      .select()
      .from(tasks)
      .where(eq(tasks.needId, input.needId))
      // Open tasks first, soonest due first; finished ones after.
      .orderBy(sql`${tasks.doneAt} IS NOT NULL`, asc(tasks.dueDate), asc(tasks.id))
      .all()
      .map((task) => toRow(task, today))
  );
}

/** Open tasks due before today (the Brussels calendar date), oldest first. */
export function overdueTasks(ctx: AppContext, input: ParsedInputOf<'tasks.overdue'>): OverdueTask[] {
  const today = brusselsDate(ctx.now());
  return ctx
    .db()
    .select({
      id: tasks.id,
      title: tasks.title,
      dueDate: tasks.dueDate,
      needId: tasks.needId,
      needTitle: needs.title,
      organisationName: organisations.name,
    })
    .from(tasks)
    .leftJoin(needs, eq(needs.id, tasks.needId))
    .leftJoin(organisations, eq(organisations.id, sql`coalesce(${tasks.organisationId}, ${needs.organisationId})`))
    .where(and(isNull(tasks.doneAt), lt(tasks.dueDate, today)))
    .orderBy(asc(tasks.dueDate), asc(tasks.id))
    .limit(input?.limit ?? 200)
    .all()
    .map((row) => ({ ...row, daysOverdue: daysBetween(row.dueDate, today) }));
}
