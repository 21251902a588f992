import { and, eq, inArray, notInArray } from 'drizzle-orm';
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
import type { SuggestionRow } from '../../api/contract/event/meetings';
import type { RoutingSuggestion } from '../../api/contract/routing';
import type { AppContext } from '../context';
import { suggest } from '../routing/suggest';

type Person = typeof eventParticipants.$inferSelect;

/** Enough destinations that every group with anything in common with the need gets its score. */
const ROUTING_TOP = 100;

/**
 * The routing's scores for one need, per expertise group; null when the need cannot be scored
 * (no text and no theme) or routing fails, so the caller falls back to theme overlap.
 */
function routedGroups(ctx: AppContext, needId: number): Map<number, RoutingSuggestion> | null {
  try {
    const ranked = suggest(ctx, { needId, text: '', themeCodes: [], provinceCode: null, knowledgeKind: null, top: ROUTING_TOP });
    return new Map(ranked.filter((s) => s.destinationKind === 'expertisegroep').map((s) => [s.destinationId, s]));
  } catch {
    return null;
  }
}

function namesByKey<K>(rows: { key: K; name: string }[]): Map<K, string[]> {
  const out = new Map<K, string[]>();
  for (const r of rows) {
    const list = out.get(r.key) ?? [];
    if (!list.includes(r.name)) list.push(r.name);
    out.set(r.key, list);
  }
  return out;
}

/**
 * Requests worth making between registered enterprises and academics who have no request yet:
 * ranked by the referral routing's score of the academic's expertise group for the enterprise's
 * need (issue 5's scorer, with its parts as the "why"). An enterprise registered without a need
 * falls back to the theme overlap between its organisation's open needs and the group.
 */
export function suggestions(ctx: AppContext, input: ParsedInputOf<'events.suggestions'>): SuggestionRow[] {
  const db = ctx.db();
  const people = db
    .select()
    .from(eventParticipants)
    .where(and(eq(eventParticipants.eventId, input.eventId), eq(eventParticipants.status, 'ingeschreven')))
    .all();
  const enterprises = people.filter((p) => p.side === 'onderneming');
  const academics = people.filter(
    (p): p is Person & { expertiseGroupId: number } => p.side === 'academicus' && p.expertiseGroupId !== null,
  );
  if (enterprises.length === 0 || academics.length === 0) return [];

  const asked = new Set(
    db
      .select({ a: eventMeetings.requesterId, b: eventMeetings.targetId })
      .from(eventMeetings)
      .where(eq(eventMeetings.eventId, input.eventId))
      .all()
      .flatMap((m) => [`${m.a}:${m.b}`, `${m.b}:${m.a}`]),
  );
  const groupIds = [...new Set(academics.map((a) => a.expertiseGroupId))];
  const groupNames = new Map(
    db
      .select({ id: expertiseGroups.id, name: expertiseGroups.name })
      .from(expertiseGroups)
      .where(inArray(expertiseGroups.id, groupIds))
      .all()
      .map((g) => [g.id, g.name]),
  );
  const groupThemes = namesByKey(
    db
      .select({ key: expertiseGroupThemes.groupId, name: themes.nameNl })
      .from(expertiseGroupThemes)
      .innerJoin(themes, eq(themes.id, expertiseGroupThemes.themeId))
      .where(inArray(expertiseGroupThemes.groupId, groupIds))
      .all(),
  );
  // The need's own themes, or (no need registered) those of the organisation's open needs.
  const needIds = enterprises.flatMap((e) => (e.needId === null ? [] : [e.needId]));
  const orgIds = enterprises.flatMap((e) => (e.needId === null && e.organisationId !== null ? [e.organisationId] : []));
  const needTitles = new Map(
    needIds.length === 0
      ? []
      : db
          .select({ id: needs.id, title: needs.title })
          .from(needs)
          .where(inArray(needs.id, needIds))
          .all()
          .map((n) => [n.id, n.title]),
  );
  const needThemeNames = namesByKey(
    needIds.length === 0
      ? []
      : db
          .select({ key: needThemes.needId, name: themes.nameNl })
          .from(needThemes)
          .innerJoin(themes, eq(themes.id, needThemes.themeId))
          .where(inArray(needThemes.needId, needIds))
          .all(),
  );
  const orgThemeNames = namesByKey(
    orgIds.length === 0
      ? []
      : db
          .select({ key: needs.organisationId, name: themes.nameNl })
          .from(needs)
          .innerJoin(needThemes, eq(needThemes.needId, needs.id))
          .innerJoin(themes, eq(themes.id, needThemes.themeId))
          .where(and(inArray(needs.organisationId, orgIds), notInArray(needs.status, ['afgerond', 'gestopt'])))
          .all(),
  );

  const routed: SuggestionRow[] = [];
  const overlap: SuggestionRow[] = [];
  for (const e of enterprises) {
    const candidates = academics.filter((a) => !asked.has(`${e.id}:${a.id}`));
    if (candidates.length === 0) continue;
    const wanted = e.needId === null ? (orgThemeNames.get(e.organisationId ?? -1) ?? []) : (needThemeNames.get(e.needId) ?? []);
    const scores = e.needId === null ? null : routedGroups(ctx, e.needId);
    for (const a of candidates) {
      const shared = (groupThemes.get(a.expertiseGroupId) ?? []).filter((name) => wanted.includes(name));
      const base = {
        enterpriseId: e.id,
        enterpriseName: e.displayName,
        needTitle: e.needId === null ? '' : (needTitles.get(e.needId) ?? ''),
        academicId: a.id,
        academicName: a.displayName,
        groupName: groupNames.get(a.expertiseGroupId) ?? '',
        sharedThemes: shared,
      };
      const scored = scores?.get(a.expertiseGroupId);
      if (scores && scored && scored.score > 0) {
        routed.push({ ...base, basis: 'routing', score: scored.score, parts: scored.parts });
      } else if (!scores && shared.length > 0) {
        overlap.push({ ...base, basis: 'themes', score: null, parts: [] });
      }
    }
  }
  const byName = (x: SuggestionRow, y: SuggestionRow) =>
    x.enterpriseName.localeCompare(y.enterpriseName, 'nl') || x.academicName.localeCompare(y.academicName, 'nl');
  routed.sort((x, y) => (y.score ?? 0) - (x.score ?? 0) || byName(x, y));
  overlap.sort((x, y) => y.sharedThemes.length - x.sharedThemes.length || byName(x, y));
  return [...routed, ...overlap].slice(0, input.limit);
}
