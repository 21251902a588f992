import { afterEach, describe, expect, it } from 'vitest';
import { tasks, timelineEntries } from '../../../db/schema';
import { createRouter } from '../../../electron/api/router';
import type { ActivityItem, DashboardOverdueTask, DashboardSummary, Page } from '../../../electron/api/contract';
import { recordAudit } from '../../../electron/services/audit';
import { fixedClock, testContext, type TestContext } from '../../helpers/db';
import { addNeed, addOrganisation } from './helpers';

let ctx: TestContext | undefined;
afterEach(() => {
  ctx?.cleanup();
  ctx = undefined;
});

async function call<T>(c: TestContext, method: string, input?: unknown): Promise<T> {
  const response = await createRouter(c).call(method, input);
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
  return response.result as T;
}

function addTask(c: TestContext, needId: number | null, title: string, dueDate: string, doneAt: string | null = null): void {
  const at = '2026-11-01T10:00:00.000Z';
  c.db().insert(tasks).values({ needId, title, dueDate, doneAt, createdAt: at, updatedAt: at }).run();
}

describe('dashboard', () => {
  it('counts open needs per status in lifecycle order, closed ones left out', async () => {
    ctx = testContext({ now: fixedClock().now });
    const org = addOrganisation(ctx, { name: 'Atelier De Vlier' });
    for (const status of ['nieuw', 'nieuw', 'verkenning', 'in_traject', 'afgerond', 'gestopt'] as const)
      addNeed(ctx, org, `Vraag ${status}`, status);
    const summary = await call<DashboardSummary>(ctx, 'dashboard.summary');
    expect(summary.openNeedsByStatus).toEqual([
      { status: 'nieuw', count: 2 },
      { status: 'verkenning', count: 1 },
      { status: 'intake_gepland', count: 0 },
      { status: 'intake_gehouden', count: 0 },
      { status: 'doorverwezen', count: 0 },
      { status: 'in_traject', count: 1 },
    ]);
    expect(summary.openNeeds).toBe(4);
  });

  it('measures overdue tasks against today in Brussels, not in UTC', async () => {
    // 23:30 UTC on 25 November is already 26 November in Brussels.
    const clock = fixedClock('2026-11-25T23:30:00.000Z');
    ctx = testContext({ now: clock.now });
    const org = addOrganisation(ctx, { name: 'Zorggroep Het Anker' });
    const need = addNeed(ctx, org, 'Back-upbeleid voor cliëntgegevens', 'verkenning');
    addTask(ctx, need, 'Gisteren te doen', '2026-11-25');
    addTask(ctx, need, 'Vorige week te doen', '2026-11-19');
    addTask(ctx, need, 'Vandaag te doen', '2026-11-26');
    addTask(ctx, need, 'Al gedaan', '2026-11-10', '2026-11-09T10:00:00.000Z');
    addTask(ctx, null, 'Los van een dossier', '2026-11-20');

    const summary = await call<DashboardSummary>(ctx, 'dashboard.summary');
    expect(summary.today).toBe('2026-11-26');
    expect(summary.overdueTasks).toBe(3);

    const page = await call<Page<DashboardOverdueTask>>(ctx, 'dashboard.overdueTasks', { limit: 2 });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => [r.title, r.daysOverdue])).toEqual([
      ['Vorige week te doen', 7],
      ['Los van een dossier', 6],
    ]);
    const rest = await call<Page<DashboardOverdueTask>>(ctx, 'dashboard.overdueTasks', { offset: 2, limit: 2 });
    expect(rest.rows[0]).toMatchObject({
      title: 'Gisteren te doen',
      daysOverdue: 1,
      needId: need,
      needTitle: 'Back-upbeleid voor cliëntgegevens',
      organisationName: 'Zorggroep Het Anker',
      href: `#/dossiers/${need}`,
    });

    // An hour earlier it was still 25 November in Brussels: yesterday's task was not late yet.
    clock.set('2026-11-25T22:30:00.000Z');
    expect((await call<DashboardSummary>(ctx, 'dashboard.summary')).overdueTasks).toBe(2);
  });

  it('lists recent timeline and audit entries, newest first, without repeating a timeline entry', async () => {
    ctx = testContext({ now: fixedClock().now });
    const org = addOrganisation(ctx, { name: 'Buurtwerk De Brug' });
    const need = addNeed(ctx, org, 'Digitaal onthaal', 'verkenning');
    const db = ctx.db();
    const log = (at: string, summary: string) =>
      db
        .insert(timelineEntries)
        .values({ needId: need, organisationId: org, kind: 'status', at, actor: 'An', summary, createdAt: at })
        .run();
    log('2026-11-20T09:00:00.000Z', 'Status: Nieuw → Verkenning');
    db.transaction((tx) => {
      recordAudit(tx, 'An', '2026-11-20T09:00:00.000Z', {
        entity: 'need',
        entityId: need,
        action: 'update',
        changes: { status: { from: 'nieuw', to: 'verkenning' } },
      });
      recordAudit(tx, 'An', '2026-11-21T09:00:00.000Z', {
        entity: 'organisation',
        entityId: org,
        action: 'update',
        changes: { city: { from: 'Gent', to: 'Aalst' } },
      });
    });
    const items = await call<ActivityItem[]>(ctx, 'dashboard.activity', { limit: 10 });
    const relevant = items.filter((i) => i.at >= '2026-11-20' && i.at < '2026-11-22');
    expect(relevant.map((i) => [i.source, i.kind, i.action, i.subject])).toEqual([
      ['audit', 'organisation', 'update', 'Buurtwerk De Brug'],
      ['timeline', 'status', '', 'Digitaal onthaal'],
    ]);
    expect(relevant[0]).toMatchObject({ fields: ['city'], href: `#/organisaties/${org}` });
    expect(relevant[1]).toMatchObject({ summary: 'Status: Nieuw → Verkenning', href: `#/dossiers/${need}` });
  });
});
