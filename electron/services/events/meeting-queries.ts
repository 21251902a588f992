import { and, asc, eq, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import {
  eventMeetings,
  eventParticipants,
  expertiseGroupThemes,
  expertiseGroups,
  needThemes,
  needs,
  themes,
} from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import type { Page } from '../../api/contract/common';
import type { MeetingRow, SuggestionRow } from '../../api/contract/event/meetings';
import type { AppContext } from '../context';

export function listMeetings(ctx: AppContext, input: ParsedInputOf<'events.listMeetings'>): Page<MeetingRow> {
  const db = ctx.db();
  const r = alias(eventParticipants, 'r');
  const t = alias(eventParticipants, 't');
  const m = eventMeetings;
  const conditions: SQL[] = [eq(m.eventId, input.eventId)];
  if (input.status) conditions.push(eq(m.status, input.status));
  if (input.participantId)
    conditions.push(or(eq(m.requesterId, input.participantId), eq(m.targetId, input.participantId)) ?? sql`1`);
  const where = and(...conditions);
  const rows = db
    .select({
      id: m.id,
      requesterId: m.requesterId,
      requesterName: r.displayName,
      requesterSide: r.side,
      targetId: m.targetId,
      targetName: t.displayName,
      priority: m.priority,
      mutual: m.mutual,
      source: m.source,
      status: m.status,
      declineReason: m.declineReason,
      slotIndex: m.slotIndex,
      tableNumber: m.tableNumber,
      locked: m.locked,
    })
    .from(m)
    .innerJoin(r, eq(r.id, m.requesterId))
    .innerJoin(t, eq(t.id, m.targetId))
    .where(where)
    // Open requests first (they need an answer), then by time in the schedule.
    .orderBy(
      sql`CASE ${m.status} WHEN 'gevraagd' THEN 0 WHEN 'aanvaard' THEN 1 WHEN 'ingepland' THEN 2 ELSE 3 END`,
      asc(m.slotIndex),
      asc(m.tableNumber),
      asc(m.id),
    )
    .limit(input.limit)
    .offset(input.offset)
    .all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(m)
      .where(where)
      .get()?.n ?? 0;
  return {
    total,
    rows: rows.map(({ requesterSide, ...row }) => ({
      ...row,
      enterpriseName: requesterSide === 'onderneming' ? row.requesterName : row.targetName,
      academicName: requesterSide === 'onderneming' ? row.targetName : row.requesterName,
    })),
  };
}

/**
 * Requests worth making: an enterprise whose need shares a theme with an academic's expertise
 * group, and no request between the two yet. Simple theme overlap; routing may rank later.
 */
export function suggestions(ctx: AppContext, input: ParsedInputOf<'events.suggestions'>): SuggestionRow[] {
  const db = ctx.db();
  const e = alias(eventParticipants, 'e');
  const a = alias(eventParticipants, 'a');
  const pairs = db
    .select({
      enterpriseId: e.id,
      enterpriseName: e.displayName,
      needTitle: needs.title,
      academicId: a.id,
      academicName: a.displayName,
      groupName: expertiseGroups.name,
      themeName: themes.nameNl,
    })
    .from(e)
    .innerJoin(needs, eq(needs.id, e.needId))
    .innerJoin(needThemes, eq(needThemes.needId, needs.id))
    .innerJoin(expertiseGroupThemes, eq(expertiseGroupThemes.themeId, needThemes.themeId))
    .innerJoin(a, and(eq(a.expertiseGroupId, expertiseGroupThemes.groupId), eq(a.eventId, e.eventId)))
    .innerJoin(expertiseGroups, eq(expertiseGroups.id, a.expertiseGroupId))
    .innerJoin(themes, eq(themes.id, needThemes.themeId))
    .where(
      and(
        eq(e.eventId, input.eventId),
        eq(e.side, 'onderneming'),
        eq(a.side, 'academicus'),
        eq(e.status, 'ingeschreven'),
        eq(a.status, 'ingeschreven'),
        sql`NOT EXISTS (SELECT 1 FROM ${eventMeetings} m WHERE (m.requester_id = ${e.id} AND m.target_id = ${a.id}) OR (m.requester_id = ${a.id} AND m.target_id = ${e.id}))`,
      ),
    )
    .orderBy(asc(e.displayName), asc(a.displayName))
    .all();
  const byPair = new Map<string, SuggestionRow>();
  for (const p of pairs) {
    const key = `${p.enterpriseId}:${p.academicId}`;
    const row = byPair.get(key);
    if (row) {
      if (!row.sharedThemes.includes(p.themeName)) row.sharedThemes.push(p.themeName);
    } else {
      const { themeName, ...rest } = p;
      byPair.set(key, { ...rest, sharedThemes: [themeName] });
    }
  }
  return [...byPair.values()].sort((x, y) => y.sharedThemes.length - x.sharedThemes.length).slice(0, input.limit);
}
