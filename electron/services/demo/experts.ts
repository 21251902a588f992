import { websiteDomain } from '../../api/contract/rules/names';
import { compact, type DemoContext } from './demo-context';
import { expertTitles, firstNames, lastNames } from './people';

/**
 * Two to four experts in every seeded expertise group, and a kennisdiffusieadviseur per
 * hogeschool: the network is small, so this does not grow with --scale.
 */
export function insertExperts(ctx: DemoContext): void {
  const { rng, st } = ctx;
  const domains = new Map(ctx.lookup.colleges.map((c) => [c.id, websiteDomain(c.website) ?? `${compact(c.shortName)}.be`]));
  const add = (collegeId: number, role: string, title: string): number => {
    const first = rng.pick(firstNames);
    const last = rng.pick(lastNames);
    const at = ctx.instant(-rng.int(30, 700));
    const id = Number(
      st.expert.run(
        collegeId,
        first,
        last,
        role,
        title,
        `${compact(first)}.${compact(last)}@${domains.get(collegeId) ?? 'hogeschool.be'}`,
        rng.chance(0.7)
          ? `+32${rng.pick(['92', '32', '16', '11', '50', '56'])}${String(rng.int(0, 999_999)).padStart(6, '0')}`
          : null,
        at,
        at,
      ).lastInsertRowid,
    );
    ctx.counts.experts += 1;
    return id;
  };
  for (const college of ctx.lookup.colleges) add(college.id, 'kennisdiffusieadviseur', 'kennisdiffusieadviseur');
  for (const group of ctx.lookup.groups) {
    const n = rng.int(2, 4);
    for (let i = 0; i < n; i += 1) {
      const id = add(
        group.collegeId,
        i === 0 ? 'coordinator' : rng.pick(['onderzoeker', 'docent', 'onderzoeker']),
        rng.pick(expertTitles),
      );
      st.expertGroup.run(id, group.id);
    }
  }
}
