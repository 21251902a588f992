import { desc, eq } from 'drizzle-orm';
import { timelineEntries } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import type { TimelineEntryRow } from '../../api/contract/dossier/activity';
import { diffChanges, recordAudit } from '../audit';
import type { AppContext } from '../context';
import { brusselsDate } from '../time';
import { addTimelineEntry } from '../timeline';
import { nowIso, requireNeed } from './checks';

/**
 * Instants stay as given. A bare date of today means now; another day means that day (noon UTC
 * keeps it on the same Brussels calendar day).
 */
function toInstant(at: string | undefined, now: Date): { at: string; dateOnly: boolean } {
  if (!at || at === brusselsDate(now)) return { at: now.toISOString(), dateOnly: false };
  return /^\d{4}-\d{2}-\d{2}$/.test(at)
    ? { at: `${at}T12:00:00.000Z`, dateOnly: true }
    : { at: new Date(at).toISOString(), dateOnly: false };
}

/** A note, call, e-mail or meeting logged by hand. Confidential text never reaches the audit log. */
export function addManualEntry(ctx: AppContext, input: ParsedInputOf<'timeline.add'>): { id: number } {
  const now = nowIso(ctx.now);
  return ctx.db().transaction((tx) => {
    const need = requireNeed(tx, input.needId);
    const when = toInstant(input.at, ctx.now());
    const entry = {
      kind: input.kind,
      at: when.at,
      summary: input.summary,
      body: input.body,
      confidential: input.confidential,
    };
    const id = addTimelineEntry(tx, ctx.actor, now, {
      ...entry,
      needId: need.id,
      organisationId: need.organisationId,
      data: when.dateOnly ? { dateOnly: true } : {},
    });
    recordAudit(tx, ctx.actor, now, {
      entity: 'timeline_entry',
      entityId: id,
      action: 'create',
      changes: {
        needId: { from: null, to: need.id },
        ...diffChanges(null, entry, input.confidential ? ['summary', 'body'] : []),
      },
    });
    return { id };
  });
}

export function listTimeline(ctx: AppContext, input: ParsedInputOf<'timeline.list'>): TimelineEntryRow[] {
  return ctx
    .db()
    .select({
      id: timelineEntries.id,
      kind: timelineEntries.kind,
      at: timelineEntries.at,
      actor: timelineEntries.actor,
      summary: timelineEntries.summary,
      body: timelineEntries.body,
      confidential: timelineEntries.confidential,
      data: timelineEntries.data,
      createdAt: timelineEntries.createdAt,
    })
    .from(timelineEntries)
    .where(eq(timelineEntries.needId, input.needId))
    .orderBy(desc(timelineEntries.at), desc(timelineEntries.id))
    .limit(input.limit)
    .all()
    .map(({ data, ...row }) => ({ ...row, dateOnly: data.dateOnly === true }));
}
