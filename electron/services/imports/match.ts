import type { Db, Tx } from '../../../db/client';
import { emailDomain } from '../../api/contract/rules/names';
import { existingExperts, existingOrganisations, type ExistingOrganisation } from './match-db';
import { groupRows, namesCompatible, rowKeys, sharedReasons, type MatchReason, type RowKeys } from './match-groups';
import type { CollegeRef, Reference } from './reference';
import { normalizeKey } from './text';
import type { ValidatedRow } from './validate';
import { collegeForDomain, matchCollege } from './values';

export type { MatchReason } from './match-groups';

export type OrganisationMatch = {
  index: number;
  kind: 'enterprise';
  /** `existing`: an organisation in the database; `same_as_row`: a new organisation first seen in row `sameAsRow`. */
  outcome: 'new' | 'existing' | 'same_as_row';
  /** Index of the first row of the same organisation in this file (itself for the first). */
  group: number;
  sameAsRow: number | null;
  /** What this row shares with the earlier rows of its group. */
  reasons: MatchReason[];
  existing: { id: number; name: string; reasons: MatchReason[] } | null;
};

export type ExpertMatch = {
  index: number;
  kind: 'expert';
  outcome: 'existing_expert' | 'new_expert' | 'college_unknown';
  college: CollegeRef | null;
  expert: { id: number; name: string; reason: 'email' | 'name' } | null;
};

export type RowMatch = OrganisationMatch | ExpertMatch;

/** Matches every row against the database and the other rows; reads only. */
export function matchRows(db: Db | Tx, rows: ValidatedRow[], reference: Reference): RowMatch[] {
  const enterprise = rows.filter((r) => r.kind === 'enterprise');
  const keys = new Map<number, RowKeys>(enterprise.map((r) => [r.index, rowKeys(r)]));
  const firstOf = groupRows(enterprise, keys);
  const all = [...keys.values()];
  const existing = existingOrganisations(
    db,
    all.flatMap((k) => (k.kbo ? [k.kbo] : [])),
    all.flatMap((k) => (k.name ? [k.name] : [])),
    all.flatMap((k) => (k.domain ? [k.domain] : [])),
  );
  const members = new Map<number, number[]>();
  for (const row of enterprise) {
    const group = firstOf.get(row.index) ?? row.index;
    const list = members.get(group);
    if (list) list.push(row.index);
    else members.set(group, [row.index]);
  }
  const groupExisting = new Map<number, OrganisationMatch['existing']>();
  for (const [first, indexes] of members) {
    groupExisting.set(
      first,
      bestExisting(
        indexes.map((i) => keys.get(i) as RowKeys),
        existing,
      ),
    );
  }
  const experts = matchExperts(
    db,
    rows.filter((r) => r.kind === 'expert'),
    reference,
  );

  return rows.map((row): RowMatch => {
    if (row.kind === 'expert') return experts.get(row.index) as ExpertMatch;
    const group = firstOf.get(row.index) ?? row.index;
    const found = groupExisting.get(group) ?? null;
    const own = keys.get(row.index) as RowKeys;
    const earlier = (members.get(group) ?? []).filter((i) => i < row.index);
    const reasons = [...new Set(earlier.flatMap((i) => sharedReasons(own, keys.get(i) as RowKeys)))];
    return {
      index: row.index,
      kind: 'enterprise',
      outcome: found ? 'existing' : group === row.index ? 'new' : 'same_as_row',
      group,
      sameAsRow: group === row.index ? null : group,
      reasons,
      existing: found,
    };
  });
}

/**
 * The database organisation a group of rows is: by enterprise number first; then by name and
 * postcode unless both sides have different numbers; then by domain when the names fit.
 */
function bestExisting(members: RowKeys[], candidates: ExistingOrganisation[]): OrganisationMatch['existing'] {
  const kbos = new Set(members.flatMap((m) => (m.kbo ? [m.kbo] : [])));
  const names = new Set(members.flatMap((m) => (m.name ? [m.name] : [])));
  const namePostcodes = new Set(members.flatMap((m) => (m.namePostcode ? [m.namePostcode] : [])));
  const domains = new Set(members.flatMap((m) => (m.domain ? [m.domain] : [])));
  let best: { org: ExistingOrganisation; reasons: MatchReason[]; score: number } | null = null;
  for (const org of candidates) {
    const reasons: MatchReason[] = [];
    if (org.enterpriseNumber && kbos.has(org.enterpriseNumber)) reasons.push('enterpriseNumber');
    const numbersClash = org.enterpriseNumber && kbos.size > 0 && !kbos.has(org.enterpriseNumber);
    if (!numbersClash && namePostcodes.has(`${org.normalizedName}|${org.postcode ?? ''}`)) reasons.push('name');
    if (!numbersClash && org.emailDomain && domains.has(org.emailDomain) && namesCompatible(names, [org.normalizedName]))
      reasons.push('domain');
    if (reasons.length === 0) continue;
    const score =
      (reasons.includes('enterpriseNumber') ? 4 : 0) + (reasons.includes('name') ? 2 : 0) + (reasons.includes('domain') ? 1 : 0);
    if (!best || score > best.score || (score === best.score && org.id < best.org.id)) best = { org, reasons, score };
  }
  return best ? { id: best.org.id, name: best.org.name, reasons: best.reasons } : null;
}

function matchExperts(db: Db | Tx, rows: ValidatedRow[], reference: Reference): Map<number, ExpertMatch> {
  const result = new Map<number, ExpertMatch>();
  if (rows.length === 0) return result;
  const known = existingExperts(
    db,
    rows.flatMap((r) => (r.values.contact.email ? [r.values.contact.email] : [])),
    rows.map((r) => r.values.contact.lastName).filter(Boolean),
  );
  for (const row of rows) {
    const { contact, expert } = row.values;
    const college =
      matchCollege(expert.college, reference.colleges) ??
      collegeForDomain(contact.email ? emailDomain(contact.email) : null, reference.colleges);
    const byEmail = contact.email ? known.find((e) => e.email?.toLowerCase() === contact.email) : undefined;
    const byName = known.find(
      (e) =>
        college &&
        e.collegeId === college.id &&
        normalizeKey(e.lastName) === normalizeKey(contact.lastName) &&
        normalizeKey(e.firstName) === normalizeKey(contact.firstName),
    );
    const hit = byEmail ? { e: byEmail, reason: 'email' as const } : byName ? { e: byName, reason: 'name' as const } : null;
    result.set(row.index, {
      index: row.index,
      kind: 'expert',
      outcome: hit ? 'existing_expert' : college ? 'new_expert' : 'college_unknown',
      college,
      expert: hit ? { id: hit.e.id, name: `${hit.e.firstName} ${hit.e.lastName}`.trim(), reason: hit.reason } : null,
    });
  }
  return result;
}
