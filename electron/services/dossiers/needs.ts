import { asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { contacts, needs, needThemes, organisations, themes, trajects } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import { needTransitions, type NeedStatus } from '../../api/contract/dossier/lifecycle';
import type { NeedDetail, NeedThemeRef } from '../../api/contract/dossier/needs';
import { diffChanges, recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { addTimelineEntry } from '../timeline';
import { checkNeedLinks, nowIso, requireNeed } from './checks';
import { moveNeedStatus } from './status';

type Reader = Db | Tx;

export function themesOf(db: Reader, needIds: number[]): Map<number, NeedThemeRef[]> {
  const byNeed = new Map<number, NeedThemeRef[]>();
  if (needIds.length === 0) return byNeed;
  const rows = db
    .select({ needId: needThemes.needId, id: themes.id, nameNl: themes.nameNl, nameEn: themes.nameEn })
    .from(needThemes)
    .innerJoin(themes, eq(themes.id, needThemes.themeId))
    .where(inArray(needThemes.needId, needIds))
    .orderBy(asc(themes.sortOrder), asc(themes.nameNl))
    .all();
  for (const { needId, ...theme } of rows) {
    const list = byNeed.get(needId) ?? [];
    list.push(theme);
    byNeed.set(needId, list);
  }
  return byNeed;
}

function setThemes(tx: Tx, needId: number, themeIds: number[]): void {
  tx.delete(needThemes).where(eq(needThemes.needId, needId)).run();
  const unique = [...new Set(themeIds)];
  if (unique.length > 0)
    tx.insert(needThemes)
      .values(unique.map((themeId) => ({ needId, themeId })))
      .run();
}

function editableFields(input: ParsedInputOf<'needs.update'> | ParsedInputOf<'needs.create'>) {
  return {
    organisationId: input.organisationId,
    contactId: input.contactId,
    title: input.title,
    question: input.question,
    smart: input.smart,
    knowledgeKind: input.knowledgeKind,
    urgency: input.urgency,
    budgetIndication: input.budgetIndication,
    source: input.source,
    owner: input.owner,
  };
}

export function createNeed(ctx: AppContext, input: ParsedInputOf<'needs.create'>): { id: number } {
  const now = nowIso(ctx.now);
  return ctx.db().transaction((tx) => {
    checkNeedLinks(tx, input);
    const fields = editableFields(input);
    // A need made inside a collective traject is part of it from the start.
    const status: NeedStatus = input.trajectId === null ? 'nieuw' : 'in_traject';
    const row = tx
      .insert(needs)
      .values({ ...fields, trajectId: input.trajectId, status, statusChangedAt: now, createdAt: now, updatedAt: now })
      .returning({ id: needs.id })
      .get();
    setThemes(tx, row.id, input.themeIds);
    recordAudit(tx, ctx.actor, now, {
      entity: 'need',
      entityId: row.id,
      action: 'create',
      changes: {
        ...diffChanges(null, { ...fields, trajectId: input.trajectId, status }),
        themeIds: { from: [], to: [...new Set(input.themeIds)] },
      },
    });
    addTimelineEntry(tx, ctx.actor, now, {
      kind: 'wijziging',
      needId: row.id,
      organisationId: input.organisationId,
      summary: input.trajectId === null ? 'Hulpvraag geregistreerd' : 'Hulpvraag geregistreerd binnen een collectief traject',
      data: { status, trajectId: input.trajectId },
    });
    return row;
  });
}

export function updateNeed(ctx: AppContext, input: ParsedInputOf<'needs.update'>): { id: number } {
  const now = nowIso(ctx.now);
  return ctx.db().transaction((tx) => {
    const before = requireNeed(tx, input.id);
    checkNeedLinks(tx, { ...input, trajectId: before.trajectId });
    const fields = editableFields(input);
    const beforeThemes = (themesOf(tx, [input.id]).get(input.id) ?? []).map((t) => t.id).sort((a, b) => a - b);
    const afterThemes = [...new Set(input.themeIds)].sort((a, b) => a - b);
    const changes: Record<string, unknown> = diffChanges(before, fields);
    if (JSON.stringify(beforeThemes) !== JSON.stringify(afterThemes)) changes.themeIds = { from: beforeThemes, to: afterThemes };
    if (Object.keys(changes).length === 0) return { id: input.id };
    tx.update(needs)
      .set({ ...fields, updatedAt: now })
      .where(eq(needs.id, input.id))
      .run();
    setThemes(tx, input.id, input.themeIds);
    recordAudit(tx, ctx.actor, now, { entity: 'need', entityId: input.id, action: 'update', changes });
    return { id: input.id };
  });
}

export function getNeed(ctx: AppContext, id: number): NeedDetail {
  const db = ctx.db();
  const row = db
    .select({
      need: needs,
      organisationName: organisations.name,
      contactFirst: contacts.firstName,
      contactLast: contacts.lastName,
      trajectTitle: trajects.title,
    })
    .from(needs)
    .leftJoin(organisations, eq(organisations.id, needs.organisationId))
    .leftJoin(contacts, eq(contacts.id, needs.contactId))
    .leftJoin(trajects, eq(trajects.id, needs.trajectId))
    .where(eq(needs.id, id))
    .get();
  if (!row) throw new AppError('NOT_FOUND', `Hulpvraag ${id} bestaat niet.`);
  const { need } = row;
  const contactName = row.contactLast === null ? null : [row.contactFirst, row.contactLast].filter(Boolean).join(' ');
  return {
    id: need.id,
    organisationId: need.organisationId,
    organisationName: row.organisationName,
    contactId: need.contactId,
    contactName,
    trajectId: need.trajectId,
    trajectTitle: row.trajectTitle,
    title: need.title,
    question: need.question,
    smart: need.smart,
    themes: themesOf(db, [id]).get(id) ?? [],
    knowledgeKind: need.knowledgeKind,
    urgency: need.urgency,
    budgetIndication: need.budgetIndication,
    source: need.source,
    owner: need.owner,
    status: need.status,
    stopReason: need.stopReason,
    statusChangedAt: need.statusChangedAt,
    closedAt: need.closedAt,
    createdAt: need.createdAt,
    updatedAt: need.updatedAt,
    allowedNext: [...needTransitions[need.status]],
  };
}

export function changeNeedStatus(ctx: AppContext, input: ParsedInputOf<'needs.changeStatus'>): NeedDetail {
  const now = nowIso(ctx.now);
  ctx.db().transaction((tx) => {
    const need = requireNeed(tx, input.id);
    moveNeedStatus(tx, ctx.actor, now, need, { to: input.to, reason: input.reason });
  });
  return getNeed(ctx, input.id);
}
