import { and, asc, count, eq, inArray, isNull, lt, notInArray, sql } from 'drizzle-orm';
import { needs, needStatuses, organisations, tasks } from '../../../db/schema';
import type { Page } from '../../api/contract/common';
import type { ParsedInputOf } from '../../api/contract';
import type { DashboardSummary, DashboardOverdueTask } from '../../api/contract/workspace';
import type { AppContext } from '../context';
import { brusselsDate } from '../time';

const closedStatuses = ['afgerond', 'gestopt'] as const;
export const openStatuses = needStatuses.filter((s) => !(closedStatuses as readonly string[]).includes(s));

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD); time zones play no part. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A task is overdue when it is not done and its due date lies before today in Brussels. */
function overdueCondition(today: string) {
  return and(isNull(tasks.doneAt), lt(tasks.dueDate, today));
}

export function dashboardSummary(ctx: AppContext): DashboardSummary {
  const db = ctx.db();
  const today = brusselsDate(ctx.now());
  const counts = db
    .select({ status: needs.status, n: count() })
    .from(needs)
    .where(notInArray(needs.status, [...closedStatuses]))
    .groupBy(needs.status)
    .all();
  const byStatus = new Map(counts.map((c) => [c.status, c.n]));
  const openNeedsByStatus = openStatuses.map((status) => ({ status, count: byStatus.get(status) ?? 0 }));
  const overdue = db.select({ n: count() }).from(tasks).where(overdueCondition(today)).get()?.n ?? 0;
  return {
    openNeedsByStatus,
    openNeeds: openNeedsByStatus.reduce((sum, s) => sum + s.count, 0),
    overdueTasks: overdue,
    today,
  };
}

/** Overdue tasks, the longest overdue first, with their dossier and organisation. */
export function overdueTasks(ctx: AppContext, input: ParsedInputOf<'dashboard.overdueTasks'>): Page<DashboardOverdueTask> {
  const db = ctx.db();
  const today = brusselsDate(ctx.now());
  const where = overdueCondition(today);
  const total = db.select({ n: count() }).from(tasks).where(where).get()?.n ?? 0;
  const organisationOf = sql<number | null>`coalesce(${tasks.organisationId}, ${needs.organisationId})`;
  const rows = db
    .select({
      id: tasks.id,
      title: tasks.title,
      dueDate: tasks.dueDate,
      assignee: tasks.assignee,
      needId: tasks.needId,
      needTitle: needs.title,
      organisationId: organisationOf,
    })
    .from(tasks)
    .leftJoin(needs, eq(needs.id, tasks.needId))
    .where(where)
    .orderBy(asc(tasks.dueDate), asc(tasks.id))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  const orgIds = [...new Set(rows.map((r) => r.organisationId).filter((id): id is number => id !== null))];
  const names = new Map(
    orgIds.length === 0
      ? []
      : db
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(inArray(organisations.id, orgIds))
          .all()
          .map((o) => [o.id, o.name] as const),
  );
  return {
    total,
    rows: rows.map((r) => ({
      ...r,
      organisationName: r.organisationId === null ? null : (names.get(r.organisationId) ?? null),
      daysOverdue: daysBetween(r.dueDate, today),
      href:
        r.needId !== null ? `#/dossiers/${r.needId}` : r.organisationId !== null ? `#/organisaties/${r.organisationId}` : null,
    })),
  };
}
