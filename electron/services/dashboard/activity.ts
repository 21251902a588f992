import { desc, inArray } from 'drizzle-orm';
import { auditLog, colleges, contacts, experts, needs, organisations, timelineEntries } from '../../../db/schema';
import type { ActivityItem } from '../../api/contract/workspace';
import type { AppContext } from '../context';

type Subject = { name: string | null; href: string | null };

/**
 * The latest entries of the dossier timelines and of the audit log, newest first. Timeline rows
 * are read by id (the order they were logged: no scan of the whole table); an audit row that only
 * repeats a timeline entry written in the same transaction is left out.
 */
export function recentActivity(ctx: AppContext, limit: number): ActivityItem[] {
  const db = ctx.db();
  const timeline = db
    .select({
      id: timelineEntries.id,
      needId: timelineEntries.needId,
      organisationId: timelineEntries.organisationId,
      kind: timelineEntries.kind,
      actor: timelineEntries.actor,
      summary: timelineEntries.summary,
      createdAt: timelineEntries.createdAt,
    })
    .from(timelineEntries)
    .orderBy(desc(timelineEntries.id))
    .limit(limit)
    .all();
  const audits = db
    .select()
    .from(auditLog)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit * 2)
    .all();

  const covered = new Set<string>();
  for (const t of timeline) {
    if (t.needId !== null) covered.add(`need:${t.needId}:${t.createdAt}`);
    if (t.organisationId !== null) covered.add(`organisation:${t.organisationId}:${t.createdAt}`);
  }
  const shownAudits = audits.filter((a) => a.entity !== 'timeline_entry' && !covered.has(`${a.entity}:${a.entityId}:${a.at}`));

  const subjects = loadSubjects(ctx, [
    ...timeline.map((t) => (t.needId !== null ? `need:${t.needId}` : `organisation:${t.organisationId ?? 0}`)),
    ...shownAudits.map((a) => `${a.entity}:${a.entityId}`),
  ]);

  const items: ActivityItem[] = [
    ...timeline.map((t) => {
      const subject = subjects.get(t.needId !== null ? `need:${t.needId}` : `organisation:${t.organisationId ?? 0}`);
      return {
        key: `t${t.id}`,
        source: 'timeline' as const,
        at: t.createdAt,
        actor: t.actor,
        kind: t.kind,
        action: '',
        summary: t.summary,
        fields: [],
        subject: subject?.name ?? null,
        href: subject?.href ?? null,
      };
    }),
    ...shownAudits.map((a) => {
      const subject = subjects.get(`${a.entity}:${a.entityId}`);
      return {
        key: `a${a.id}`,
        source: 'audit' as const,
        at: a.at,
        actor: a.actor,
        kind: a.entity,
        action: a.action,
        summary: '',
        fields: a.action === 'update' ? Object.keys(a.changes).slice(0, 6) : [],
        subject: subject?.name ?? null,
        href: subject?.href ?? null,
      };
    }),
  ];
  return items.sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : y.key.localeCompare(x.key))).slice(0, limit);
}

/** Names and routes for `entity:id` keys, a handful of queries whatever the number of keys. */
function loadSubjects(ctx: AppContext, keys: string[]): Map<string, Subject> {
  const db = ctx.db();
  const idsOf = (entity: string) =>
    [...new Set(keys.filter((k) => k.startsWith(`${entity}:`)).map((k) => Number(k.slice(entity.length + 1))))].filter(
      (id) => Number.isInteger(id) && id > 0,
    );
  const out = new Map<string, Subject>();
  const orgIds = idsOf('organisation');
  if (orgIds.length > 0)
    for (const o of db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(inArray(organisations.id, orgIds))
      .all())
      out.set(`organisation:${o.id}`, { name: o.name, href: `#/organisaties/${o.id}` });
  const needIds = idsOf('need');
  if (needIds.length > 0)
    for (const n of db.select({ id: needs.id, title: needs.title }).from(needs).where(inArray(needs.id, needIds)).all())
      out.set(`need:${n.id}`, { name: n.title, href: `#/dossiers/${n.id}` });
  const contactIds = idsOf('contact');
  if (contactIds.length > 0)
    for (const c of db
      .select({
        id: contacts.id,
        first: contacts.firstName,
        last: contacts.lastName,
        org: contacts.organisationId,
        erasedAt: contacts.erasedAt,
      })
      .from(contacts)
      .where(inArray(contacts.id, contactIds))
      .all())
      // An erased person is not named again, not even in the activity list.
      out.set(`contact:${c.id}`, { name: c.erasedAt ? null : `${c.first} ${c.last}`.trim(), href: `#/organisaties/${c.org}` });
  const expertIds = idsOf('expert');
  if (expertIds.length > 0)
    for (const e of db
      .select({ id: experts.id, first: experts.firstName, last: experts.lastName, college: experts.collegeId })
      .from(experts)
      .where(inArray(experts.id, expertIds))
      .all())
      out.set(`expert:${e.id}`, {
        name: `${e.first} ${e.last}`.trim(),
        href: e.college ? `#/netwerk/${e.college}` : '#/netwerk',
      });
  const collegeIds = idsOf('college');
  if (collegeIds.length > 0)
    for (const c of db
      .select({ id: colleges.id, name: colleges.name })
      .from(colleges)
      .where(inArray(colleges.id, collegeIds))
      .all())
      out.set(`college:${c.id}`, { name: c.name, href: `#/netwerk/${c.id}` });
  return out;
}
