import { emailDomain, normalizeOrganisationName, websiteDomain } from '../../api/contract/rules/names';
import type { ValidatedRow } from './validate';

export type MatchReason = 'enterpriseNumber' | 'name' | 'domain';

/** What identifies a row's organisation: its valid enterprise number, name+postcode, and domain. */
export type RowKeys = { kbo: string | null; name: string; namePostcode: string | null; domain: string | null };

export function rowKeys(row: ValidatedRow): RowKeys {
  const org = row.values.organisation;
  const name = normalizeOrganisationName(org.name);
  const domain =
    (org.website ? websiteDomain(org.website) : null) ??
    (row.values.contact.email ? emailDomain(row.values.contact.email) : null);
  return { kbo: org.enterpriseNumber, name, namePostcode: name && org.postcode ? `${name}|${org.postcode}` : null, domain };
}

/** Two names that can be one organisation: equal, or one contains the other (`Spoor` / `Dagcentrum Spoor`). */
export function namesCompatible(a: Iterable<string>, b: Iterable<string>): boolean {
  const left = [...a];
  const right = [...b];
  if (left.length === 0 || right.length === 0) return true;
  return left.some((x) => right.some((y) => x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `)));
}

type Group = { rows: number[]; kbos: Set<string>; names: Set<string> };

/**
 * Groups the enterprise rows of one file into organisations (union-find). Links are tried
 * strongest first: the same enterprise number, then the same normalised name in the same
 * postcode, then the same e-mail/website domain. A link is refused when it would put two
 * different valid enterprise numbers in one group, and a domain link also needs compatible names
 * (or a side without a name), so a shared domain alone never merges two named organisations.
 * Returns, per row index, the first row index of its group.
 */
export function groupRows(rows: ValidatedRow[], keys: Map<number, RowKeys>): Map<number, number> {
  const parent = new Map<number, number>();
  const groups = new Map<number, Group>();
  for (const row of rows) {
    const k = keys.get(row.index);
    parent.set(row.index, row.index);
    groups.set(row.index, { rows: [row.index], kbos: new Set(k?.kbo ? [k.kbo] : []), names: new Set(k?.name ? [k.name] : []) });
  }
  const find = (i: number): number => {
    let root = i;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(i, root);
    return root;
  };
  const union = (a: number, b: number, via: MatchReason) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const ga = groups.get(ra);
    const gb = groups.get(rb);
    if (!ga || !gb) return;
    if (ga.kbos.size > 0 && gb.kbos.size > 0 && ![...ga.kbos].some((x) => gb.kbos.has(x))) return;
    if (via === 'domain' && !namesCompatible(ga.names, gb.names)) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    const kept = groups.get(keep) as Group;
    const dropped = groups.get(drop) as Group;
    kept.rows.push(...dropped.rows);
    dropped.kbos.forEach((x) => kept.kbos.add(x));
    dropped.names.forEach((x) => kept.names.add(x));
    groups.delete(drop);
    parent.set(drop, keep);
  };
  const linkBy = (pick: (k: RowKeys) => string | null, via: MatchReason) => {
    const first = new Map<string, number>();
    for (const row of rows) {
      const key = pick(keys.get(row.index) as RowKeys);
      if (!key) continue;
      const seen = first.get(key);
      if (seen === undefined) first.set(key, row.index);
      else union(seen, row.index, via);
    }
  };
  linkBy((k) => k.kbo, 'enterpriseNumber');
  linkBy((k) => k.namePostcode, 'name');
  linkBy((k) => k.domain, 'domain');

  const firstOf = new Map<number, number>();
  for (const row of rows) {
    const group = groups.get(find(row.index));
    firstOf.set(row.index, group ? Math.min(...group.rows) : row.index);
  }
  return firstOf;
}

/** Why two rows are one organisation, for the coordinator to check. */
export function sharedReasons(a: RowKeys, b: RowKeys): MatchReason[] {
  const reasons: MatchReason[] = [];
  if (a.kbo && a.kbo === b.kbo) reasons.push('enterpriseNumber');
  if (a.namePostcode && a.namePostcode === b.namePostcode) reasons.push('name');
  if (a.domain && a.domain === b.domain) reasons.push('domain');
  return reasons;
}
