import { performance } from 'node:perf_hooks';
import type { AppContext } from '../../electron/services/context';
import { suggest } from '../../electron/services/routing/suggest';
import type { RoutingSuggestInput } from '../../electron/api/contract/routing';
import { readEvaluation } from './routing-fixture';

/** Deterministic PRNG (mulberry32), so every bench run builds the same network. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Words the generated profiles and needs are made of, drawn with a Zipf distribution as in real
 * Dutch text: the 60 most frequent ranks are function words (de, het, een, …, dropped by the
 * normaliser as in real questions), then the evaluation's own vocabulary mixed into some 4,500
 * made-up Dutch-sounding words. A uniform draw from a few hundred words would make every document
 * match every question, which no real corpus does.
 */
function vocabulary(random: () => number): { draw: () => string; words: string[] } {
  const functionWords =
    'de het een en van in op te voor met aan bij door om tot uit over als dat die dit deze wat wie hoe waar wij we ons onze zij ze hun ' +
    'er is zijn was wordt worden kan kunnen moet moeten willen zou heeft hebben niet geen ook nog wel maar of dan dus zo veel meer';
  const words = new Set<string>();
  for (const n of readEvaluation()) for (const w of n.text.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []) words.add(w);
  const syllables =
    'ver be ge ont zorg werk leer data plan dienst hulp stad raad kring licht sterk vorm bouw sociaal net lijn punt wijk team'.split(
      ' ',
    );
  const endings = ['ing', 'en', 'heid', 'er', 'baar', 'lijk', 'te', 'aar', 'ie', 'isme'];
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  // 24 × 24 × 10 combinations: the loop stops well before running out of new words.
  while (words.size < 5000) words.add(`${pick(syllables)}${pick(syllables)}${pick(endings)}`);
  const content = [...words];
  // Shuffle, so the evaluation's words land at random ranks of the distribution.
  for (let i = content.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [content[i], content[j]] = [content[j]!, content[i]!];
  }
  const list = [...functionWords.split(' '), ...content];
  // Zipf (s = 1): cumulative weights 1/rank, sampled by binary search.
  const cumulative: number[] = [];
  let sum = 0;
  for (let r = 1; r <= list.length; r += 1) cumulative.push((sum += 1 / r));
  return {
    words: content,
    draw: () => {
      const x = random() * sum;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      return list[lo]!;
    },
  };
}

export type GeneratedNetwork = { groups: number; pastNeeds: number; ms: number; needIds: number[] };

/**
 * 5,000 expertise groups over the 13 colleges and 50,000 past needs, each taken on by a group
 * (afgerond / lopend / aanvaard, some declined and open ones for the load and track parts), written
 * with prepared statements in one transaction; the FTS5 triggers keep routing_index in step.
 */
export function generateNetwork(ctx: AppContext, groups = 5000, pastNeeds = 50000): GeneratedNetwork {
  const start = performance.now();
  const random = rng(42);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const words = vocabulary(random);
  // Real groups are topical: their profile and the needs they took on share a vocabulary. Each
  // group gets one of 250 topics of 40 words; its texts draw 70% from the topic, 30% from the
  // language at large.
  const topics = Array.from({ length: 250 }, () => Array.from({ length: 40 }, () => pick(words.words)));
  const sentence = (n: number, topic?: string[]) =>
    Array.from({ length: n }, () => (topic && random() < 0.7 ? pick(topic) : words.draw())).join(' ');
  const sqlite = ctx.sqlite();
  const at = ctx.now().toISOString();
  const collegeIds = (sqlite.prepare('SELECT id FROM colleges').all() as { id: number }[]).map((r) => r.id);
  const themeIds = (sqlite.prepare('SELECT id FROM themes').all() as { id: number }[]).map((r) => r.id);
  const insertGroup = sqlite.prepare(
    `INSERT INTO expertise_groups (college_id, name, description, keywords, capacity, active, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertGroupTheme = sqlite.prepare('INSERT OR IGNORE INTO expertise_group_themes (group_id, theme_id) VALUES (?, ?)');
  const insertNeed = sqlite.prepare(
    `INSERT INTO needs (title, question, smart, status, status_changed_at, created_at, updated_at) VALUES (?, ?, ?, 'afgerond', ?, ?, ?)`,
  );
  const insertReferral = sqlite.prepare(
    `INSERT INTO referrals (need_id, destination_kind, expertise_group_id, college_id, status, status_changed_at, sent_at, responded_at, created_at, updated_at)
     VALUES (?, 'expertisegroep', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const needIds: number[] = [];
  const statuses = ['afgerond', 'afgerond', 'afgerond', 'lopend', 'aanvaard', 'geweigerd', 'verstuurd'];
  sqlite.transaction(() => {
    const groupRows: { id: number; collegeId: number; topic: string[] }[] = [];
    for (let i = 0; i < groups; i += 1) {
      const collegeId = pick(collegeIds);
      const capacity = random() < 0.8 ? 'open' : random() < 0.5 ? 'beperkt' : 'vol';
      const topic = pick(topics);
      const r = insertGroup.run(
        collegeId,
        `Onderzoeksgroep ${sentence(2, topic)} ${i}`,
        sentence(25, topic),
        JSON.stringify(Array.from({ length: 5 }, () => pick(topic))),
        capacity,
        random() < 0.97 ? 1 : 0,
        at,
        at,
      );
      const id = Number(r.lastInsertRowid);
      groupRows.push({ id, collegeId, topic });
      for (let t = 0; t < 1 + Math.floor(random() * 3); t += 1) insertGroupTheme.run(id, pick(themeIds));
    }
    for (let i = 0; i < pastNeeds; i += 1) {
      const g = pick(groupRows);
      const need = insertNeed.run(`Vraag ${sentence(3, g.topic)}`, sentence(30, g.topic), sentence(20, g.topic), at, at, at);
      const needId = Number(need.lastInsertRowid);
      if (i % 250 === 0) needIds.push(needId);
      const day = 1 + Math.floor(random() * 27);
      const answered = 1 + Math.floor(random() * 20);
      const status = pick(statuses);
      insertReferral.run(
        needId,
        g.id,
        g.collegeId,
        status,
        at,
        `2026-01-${String(day).padStart(2, '0')}T09:00:00.000Z`,
        status === 'verstuurd' ? null : `2026-02-${String(Math.min(28, answered)).padStart(2, '0')}T09:00:00.000Z`,
        at,
        at,
      );
    }
  })();
  return { groups, pastNeeds, ms: performance.now() - start, needIds };
}

/** Varied questions: the evaluation texts with their themes, province and kind, and stored needs by id. */
export function benchQueries(needIds: number[]): RoutingSuggestInput[] {
  const evalQueries = readEvaluation().map((n): RoutingSuggestInput => ({
    text: n.text,
    themeCodes: n.themes,
    provinceCode: n.province,
    knowledgeKind: n.kind,
    top: 10,
  }));
  const needQueries = needIds.map((needId): RoutingSuggestInput => ({
    needId,
    text: '',
    themeCodes: [],
    provinceCode: null,
    knowledgeKind: null,
    top: 10,
  }));
  return [...evalQueries, ...needQueries];
}

export function timeSuggest(ctx: AppContext, queries: RoutingSuggestInput[], rounds = 2): number[] {
  for (const q of queries.slice(0, 10)) suggest(ctx, q); // warm the page cache and statement cache
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const q of queries) {
      const start = performance.now();
      suggest(ctx, q);
      times.push(performance.now() - start);
    }
  }
  return times;
}
