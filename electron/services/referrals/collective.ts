import { and, eq, inArray, isNotNull, isNull, notInArray } from 'drizzle-orm';
import { needThemes, needs, organisations, themes, trajects } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import { closedNeedStatuses } from '../../api/contract/dossier/lifecycle';
import type { CollectiveCandidate, CollectiveNeed } from '../../api/contract/referral/types';
import { diffChanges, recordAudit } from '../audit';
import type { AppContext } from '../context';
import { moveNeedStatusIfAllowed } from '../dossiers/status';
import { AppError } from '../errors';
import { addTimelineEntry } from '../timeline';
import { fieldErrors } from './records';

const stopwords = new Set(
  'aan alle als andere bij voor door een over onze ook hoe wat wie welke waar want naar niet meer heel geen zijn hebben worden wordt werd kunnen moeten willen onze deze dit dat die met van voor zoals omdat zodat tussen binnen buiten tegen graag eigen ander nieuwe nieuw onze hun hen ons jullie zich zelf eerste tweede enkele veel weinig beter goed goede hulp vraag vragen willen organisatie organisaties'.split(
    ' ',
  ),
);

/** Words that carry meaning: accents and case folded, short and common words dropped, plural -en/-s cut. */
export function contentWords(text: string): Set<string> {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4 && !stopwords.has(w))
    .map((w) => (w.length > 6 && w.endsWith('en') ? w.slice(0, -2) : w.length > 5 && w.endsWith('s') ? w.slice(0, -1) : w));
  return new Set(words);
}

/**
 * Weighted Jaccard: each word counts by its rarity within the theme (an idf capped at 1), so the
 * boilerplate every need of a theme carries weighs little and the specific words decide.
 */
function similarity(a: Set<string>, b: Set<string>, weight: (w: string) => number): number {
  let shared = 0;
  let union = 0;
  for (const w of a) {
    const x = weight(w);
    union += x;
    if (b.has(w)) shared += x;
  }
  for (const w of b) if (!a.has(w)) union += weight(w);
  return union === 0 ? 0 : shared / union;
}

type OpenNeed = CollectiveNeed & { words: Set<string>; themeIds: number[] };

/**
 * Open needs of different organisations that share a theme and are worded alike (Jaccard overlap
 * of their content words): each proposal is a seed need with its look-alikes within one theme.
 * Needs already in a traject are left out; a need lands in at most one proposal (the strongest).
 */
export function collectiveCandidates(
  ctx: AppContext,
  input: ParsedInputOf<'referrals.collectiveCandidates'>,
): CollectiveCandidate[] {
  const db = ctx.db();
  const rows = db
    .select({
      id: needs.id,
      title: needs.title,
      question: needs.question,
      smart: needs.smart,
      status: needs.status,
      organisationId: needs.organisationId,
      organisationName: organisations.name,
      provinceCode: organisations.provinceCode,
    })
    .from(needs)
    .innerJoin(organisations, eq(organisations.id, needs.organisationId))
    .where(and(notInArray(needs.status, [...closedNeedStatuses]), isNull(needs.trajectId), isNotNull(needs.organisationId)))
    .all();
  const byId = new Map<number, OpenNeed>();
  for (const r of rows)
    byId.set(r.id, {
      id: r.id,
      title: r.title,
      status: r.status,
      organisationId: r.organisationId ?? 0,
      organisationName: r.organisationName,
      provinceCode: r.provinceCode,
      words: contentWords(`${r.title} ${r.question} ${r.smart}`),
      themeIds: [],
    });
  const themeRows = db.select({ id: themes.id, name: themes.nameNl }).from(themes).all();
  const themeName = new Map(themeRows.map((t) => [t.id, t.name]));
  const byTheme = new Map<number, OpenNeed[]>();
  for (const link of db.select().from(needThemes).all()) {
    const need = byId.get(link.needId);
    if (!need) continue;
    const list = byTheme.get(link.themeId) ?? [];
    list.push(need);
    byTheme.set(link.themeId, list);
  }

  const proposals: CollectiveCandidate[] = [];
  for (const [themeId, members] of byTheme) {
    // Pairs are found through shared words (an inverted index), not by comparing every pair.
    const index = new Map<string, OpenNeed[]>();
    for (const n of members) for (const w of n.words) index.set(w, [...(index.get(w) ?? []), n]);
    // A word two needs share counts fully; the more needs of the theme use it, the less it says.
    const full = Math.log(1 + members.length / 2);
    const weight = (w: string) => {
      const df = index.get(w)?.length ?? 1;
      return df <= 2 ? 1 : Math.log(1 + members.length / df) / full;
    };
    const neighbours = new Map<number, Map<number, number>>();
    const seen = new Set<string>();
    for (const list of index.values()) {
      if (list.length > 200) continue; // a word every need uses says nothing
      for (let i = 0; i < list.length; i += 1)
        for (let j = i + 1; j < list.length; j += 1) {
          const a = list[i];
          const b = list[j];
          if (!a || !b || a.organisationId === b.organisationId) continue;
          const key = a.id < b.id ? `${a.id}-${b.id}` : `${b.id}-${a.id}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const score = similarity(a.words, b.words, weight);
          if (score < input.minSimilarity) continue;
          neighbours.set(a.id, (neighbours.get(a.id) ?? new Map<number, number>()).set(b.id, score));
          neighbours.set(b.id, (neighbours.get(b.id) ?? new Map<number, number>()).set(a.id, score));
        }
    }
    // Star groups around the need with most look-alikes: every member resembles that seed, so a
    // chain of "a bit alike" needs never snowballs into one unrelated heap.
    const byId = new Map(members.map((n) => [n.id, n]));
    const taken = new Set<number>();
    const seeds = [...neighbours.keys()].sort((x, y) => (neighbours.get(y)?.size ?? 0) - (neighbours.get(x)?.size ?? 0) || x - y);
    for (const seedId of seeds) {
      if (taken.has(seedId)) continue;
      const seed = byId.get(seedId);
      const near = [...(neighbours.get(seedId) ?? new Map<number, number>())].filter(([id]) => !taken.has(id));
      if (!seed || near.length === 0) continue;
      const group = [seed, ...near.map(([id]) => byId.get(id)).filter((n): n is OpenNeed => n !== undefined)];
      if (new Set(group.map((n) => n.organisationId)).size < 2) continue;
      group.forEach((n) => taken.add(n.id));
      const shared = [...seed.words].filter((w) => group.every((n) => n.words.has(w)));
      const similarity = near.reduce((sum, [, score]) => sum + score, 0) / near.length;
      proposals.push({
        key: `${themeId}:${group
          .map((n) => n.id)
          .sort((x, y) => x - y)
          .join(',')}`,
        themeId,
        themeName: themeName.get(themeId) ?? '',
        similarity: Math.round(similarity * 100) / 100,
        sharedWords: shared.sort().slice(0, 8),
        needs: group.map(({ words: _w, themeIds: _t, ...n }) => n),
      });
    }
  }
  proposals.sort((a, b) => b.needs.length * b.similarity - a.needs.length * a.similarity || a.key.localeCompare(b.key));
  const used = new Set<number>();
  const result: CollectiveCandidate[] = [];
  for (const p of proposals) {
    if (p.needs.some((n) => used.has(n.id))) continue;
    p.needs.forEach((n) => used.add(n.id));
    result.push(p);
    if (result.length >= input.limit) break;
  }
  return result;
}

/** The coordinator confirms: one collective traject, the needs linked to it, all in one transaction. */
export function formCollective(ctx: AppContext, input: ParsedInputOf<'referrals.formCollective'>): { trajectId: number } {
  const now = ctx.now().toISOString();
  return ctx.db().transaction((tx) => {
    const ids = [...new Set(input.needIds)];
    const found = tx.select().from(needs).where(inArray(needs.id, ids)).all();
    if (found.length !== ids.length) throw new AppError('NOT_FOUND', 'Eén van de gekozen hulpvragen bestaat niet.');
    const taken = found.find((n) => n.trajectId !== null);
    if (taken) throw fieldErrors([{ path: 'needIds', message: `‘${taken.title}’ hoort al bij een traject.` }]);
    const closed = found.find((n) => closedNeedStatuses.includes(n.status));
    if (closed)
      throw fieldErrors([{ path: 'needIds', message: `‘${closed.title}’ is afgesloten en kan niet meer in een traject.` }]);
    if (new Set(found.map((n) => n.organisationId)).size < 2)
      throw fieldErrors([
        { path: 'needIds', message: 'Een collectief traject bundelt hulpvragen van minstens twee organisaties.' },
      ]);
    const fields = {
      title: input.title,
      type: 'collectief_traject' as const,
      status: 'gepland' as const,
      description: input.description,
    };
    const traject = tx
      .insert(trajects)
      .values({ ...fields, createdAt: now, updatedAt: now })
      .returning({ id: trajects.id })
      .get();
    recordAudit(tx, ctx.actor, now, {
      entity: 'traject',
      entityId: traject.id,
      action: 'create',
      changes: { ...diffChanges(null, fields), needIds: ids },
    });
    for (const need of found) {
      tx.update(needs).set({ trajectId: traject.id, updatedAt: now }).where(eq(needs.id, need.id)).run();
      addTimelineEntry(tx, ctx.actor, now, {
        kind: 'traject',
        needId: need.id,
        organisationId: need.organisationId,
        summary: `Gebundeld in collectief traject ‘${input.title}’ (${found.length} hulpvragen)`,
        data: { trajectId: traject.id, needIds: ids },
      });
      recordAudit(tx, ctx.actor, now, {
        entity: 'need',
        entityId: need.id,
        action: 'link-traject',
        changes: { trajectId: { from: null, to: traject.id } },
      });
      // Only a need whose lifecycle allows it moves on; a new one keeps its status until its intake.
      moveNeedStatusIfAllowed(tx, ctx.actor, now, need, {
        to: 'in_traject',
        reason: '',
        cause: `collectief traject ‘${input.title}’`,
      });
    }
    return { trajectId: traject.id };
  });
}
