import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import {
  colleges,
  expertiseGroups,
  expertiseGroupThemes,
  needs,
  partners,
  partnerThemes,
  referrals,
  themes,
} from '../../db/schema';
import type { AppContext } from '../../electron/services/context';
import { findRepoRoot } from '../../electron/services/locations';

/** The routing fixtures (tests/fixtures/routing): demo groups, companies, past needs, evaluation set. */
const dir = path.join(findRepoRoot(import.meta.dirname), 'tests', 'fixtures', 'routing');

type DemoGroup = {
  key: string;
  college: string;
  name: string;
  description: string;
  keywords: string[];
  themes: string[];
  capacity?: 'open' | 'beperkt' | 'vol';
  active?: boolean;
};
type DemoCompany = { key: string; name: string; city: string; province: string; sector: string; notes: string; themes: string[] };
type PastNeed = { group: string; title: string; question: string };
export type EvaluationNeed = {
  id: string;
  text: string;
  themes: string[];
  province: string;
  kind: 'toegepast' | 'fundamenteel' | 'marktoplossing';
  expected: string[];
};

export function readEvaluation(): EvaluationNeed[] {
  return (JSON.parse(fs.readFileSync(path.join(dir, 'evaluation.json'), 'utf8')) as { needs: EvaluationNeed[] }).needs;
}

/**
 * Adds the demo groups, companies and past (accepted, closed) referrals to a seeded database, in
 * one transaction. Demo rows carry their fixture key as refKey, so results map back to keys.
 */
export function loadDemoNetwork(ctx: AppContext): void {
  const data = JSON.parse(fs.readFileSync(path.join(dir, 'demo-groups.json'), 'utf8')) as {
    groups: DemoGroup[];
    companies: DemoCompany[];
    pastNeeds: PastNeed[];
  };
  const at = ctx.now().toISOString();
  ctx.db().transaction((tx) => {
    const themeId = new Map(
      tx
        .select({ id: themes.id, code: themes.code })
        .from(themes)
        .all()
        .map((t) => [t.code, t.id]),
    );
    const collegeId = new Map(
      tx
        .select({ id: colleges.id, s: colleges.shortName })
        .from(colleges)
        .all()
        .map((c) => [c.s, c.id]),
    );
    for (const g of data.groups) {
      const college = collegeId.get(g.college);
      if (college === undefined) throw new Error(`Onbekende hogeschool in demo-groups.json: ${g.college}`);
      const row = tx
        .insert(expertiseGroups)
        .values({
          refKey: g.key,
          collegeId: college,
          name: g.name,
          description: g.description,
          keywords: g.keywords,
          capacity: g.capacity ?? 'open',
          active: g.active ?? true,
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: expertiseGroups.id })
        .get();
      for (const code of g.themes)
        tx.insert(expertiseGroupThemes)
          .values({ groupId: row.id, themeId: themeId.get(code)! })
          .run();
    }
    for (const c of data.companies) {
      const row = tx
        .insert(partners)
        .values({
          refKey: c.key,
          kind: 'bedrijf',
          name: c.name,
          city: c.city,
          provinceCode: c.province.toLowerCase().replace(/[^a-z]+/g, '-'),
          sector: c.sector,
          notes: c.notes,
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: partners.id })
        .get();
      for (const code of c.themes)
        tx.insert(partnerThemes)
          .values({ partnerId: row.id, themeId: themeId.get(code)! })
          .run();
    }
    for (const p of data.pastNeeds) {
      const group = tx
        .select({ id: expertiseGroups.id, collegeId: expertiseGroups.collegeId })
        .from(expertiseGroups)
        .where(eq(expertiseGroups.refKey, p.group))
        .get();
      if (!group) throw new Error(`Onbekende groep in pastNeeds: ${p.group}`);
      const need = tx
        .insert(needs)
        .values({ title: p.title, question: p.question, status: 'afgerond', statusChangedAt: at, createdAt: at, updatedAt: at })
        .returning({ id: needs.id })
        .get();
      tx.insert(referrals)
        .values({
          needId: need.id,
          destinationKind: 'expertisegroep',
          expertiseGroupId: group.id,
          collegeId: group.collegeId,
          status: 'afgerond',
          outcome: 'traject_gestart',
          statusChangedAt: at,
          sentAt: '2026-03-02T09:00:00.000Z',
          respondedAt: '2026-03-06T09:00:00.000Z',
          closedAt: at,
          createdAt: at,
          updatedAt: at,
        })
        .run();
    }
  });
}
