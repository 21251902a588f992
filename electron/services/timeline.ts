import type { Tx } from '../../db/client';
import { timelineEntries, type timelineKinds } from '../../db/schema';

export type TimelineKind = (typeof timelineKinds)[number];

export type TimelineInput = {
  kind: TimelineKind;
  needId?: number | null;
  organisationId?: number | null;
  contactId?: number | null;
  /** When it happened; defaults to now. */
  at?: string;
  summary: string;
  body?: string;
  confidential?: boolean;
  data?: Record<string, unknown>;
};

/** Adds one entry to a dossier's (or an organisation's) timeline, inside the caller's transaction. */
export function addTimelineEntry(tx: Tx, actor: string, now: string, entry: TimelineInput): number {
  const row = tx
    .insert(timelineEntries)
    .values({
      kind: entry.kind,
      needId: entry.needId ?? null,
      organisationId: entry.organisationId ?? null,
      contactId: entry.contactId ?? null,
      at: entry.at ?? now,
      actor,
      summary: entry.summary,
      body: entry.body ?? '',
      confidential: entry.confidential ?? false,
      data: entry.data ?? {},
      createdAt: now,
    })
    .returning({ id: timelineEntries.id })
    .get();
  return row.id;
}
