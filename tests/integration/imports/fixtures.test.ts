import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineResult } from '../../../electron/services/imports';
import { repoRoot, testContext, type TestContext } from '../../helpers/db';

// A copy of ../shared/fixtures, kept in the repo so the tests run from any clone.
const FIXTURES = path.join(repoRoot, 'tests', 'fixtures', 'registrations');
const TRUTH_CODES = ['kbo_checksum', 'email_invalid', 'no_consent', 'formula_text', 'org_missing'] as const;

type Truth = {
  rows: number;
  organisations: number;
  experts: number;
  issues: Record<(typeof TRUTH_CODES)[number], number>;
  perRow: { row: number; org: number | null; issues: string[]; expert?: string }[];
};

let ctx: TestContext;
beforeAll(() => {
  ctx = testContext();
});
afterAll(() => ctx.cleanup());

/** Rows with the same truth organisation must share a group, and rows of different ones must not. */
function partition(result: PipelineResult, truth: Truth): { split: number[]; merged: number[] } {
  const groupsOfOrg = new Map<number, Set<number>>();
  const orgsOfGroup = new Map<number, Set<number>>();
  for (const match of result.matches) {
    if (match.kind !== 'enterprise') continue;
    const org = truth.perRow[match.index]?.org ?? -1;
    groupsOfOrg.set(org, (groupsOfOrg.get(org) ?? new Set()).add(match.group));
    orgsOfGroup.set(match.group, (orgsOfGroup.get(match.group) ?? new Set()).add(org));
  }
  return {
    split: [...groupsOfOrg].filter(([, g]) => g.size > 1).map(([o]) => o),
    merged: [...orgsOfGroup].filter(([, o]) => o.size > 1).map(([g]) => g),
  };
}

describe.each(['registrations-forms-1.xlsx', 'registrations-google-3.csv', 'registrations-excelbe-4.csv'])(
  'fixture %s',
  (file) => {
    let result: PipelineResult;
    let truth: Truth;
    beforeAll(async () => {
      result = await runPipeline(ctx.db(), new Uint8Array(fs.readFileSync(path.join(FIXTURES, file))), file);
      truth = JSON.parse(fs.readFileSync(path.join(FIXTURES, file.replace(/\.(csv|xlsx)$/, '.truth.json')), 'utf8')) as Truth;
    });

    it('reads every data row', () => {
      expect(result.rows).toHaveLength(truth.rows);
    });

    it('finds exactly the distinct organisations of the truth, grouped the same way', () => {
      const groups = new Set(result.matches.flatMap((m) => (m.kind === 'enterprise' ? [m.group] : [])));
      expect(groups.size).toBe(truth.organisations);
      expect(partition(result, truth)).toEqual({ split: [], merged: [] });
      // Against an empty database every organisation is new; later rows point at the first one.
      for (const match of result.matches) {
        if (match.kind !== 'enterprise') continue;
        expect(match.outcome).toBe(match.group === match.index ? 'new' : 'same_as_row');
        if (match.sameAsRow !== null) expect(match.reasons.length).toBeGreaterThan(0);
      }
    });

    it('flags exactly the defects of the truth, row by row', () => {
      for (const row of result.rows) {
        const mine = [...new Set(row.issues.map((i) => i.code))].filter((c) => (TRUTH_CODES as readonly string[]).includes(c));
        expect({ row: row.index, codes: mine.sort() }).toEqual({
          row: row.index,
          codes: [...(truth.perRow[row.index]?.issues ?? [])].sort(),
        });
      }
      for (const code of TRUTH_CODES) {
        expect(result.rows.filter((r) => r.issues.some((i) => i.code === code)).length, code).toBe(truth.issues[code]);
      }
    });

    it('raises no other errors: every phone, postcode and theme of these files is understood', () => {
      const others = result.rows.flatMap((r) =>
        r.issues.filter((i) => !(TRUTH_CODES as readonly string[]).includes(i.code) && i.code !== 'outside_flanders'),
      );
      expect(others).toEqual([]);
    });

    it('detects the academics and their college', () => {
      const experts = result.matches.filter((m) => m.kind === 'expert');
      expect(experts).toHaveLength(truth.experts);
      for (const match of experts) {
        expect(match.college?.shortName).toBe(truth.perRow[match.index]?.expert);
        expect(match.outcome).toBe('new_expert');
      }
    });

    it('keeps formula-like text as text', () => {
      for (const row of result.rows.filter((r) => truth.perRow[r.index]?.issues.includes('formula_text'))) {
        expect(row.values.need.question).toBe('=HYPERLINK("http://example.invalid","klik")');
      }
    });

    it('normalises what it keeps: enterprise numbers, e-mail, phones, themes', () => {
      for (const row of result.rows) {
        const { organisation, contact, need } = row.values;
        if (organisation.enterpriseNumber) expect(organisation.enterpriseNumber).toMatch(/^[01]\d{9}$/);
        if (contact.email) expect(contact.email).toBe(contact.email.trim().toLowerCase());
        if (contact.phone) expect(contact.phone).toMatch(/^\+32\d{8,9}$/);
        expect(need.themeCodes.length).toBeGreaterThan(0);
      }
    });
  },
);
