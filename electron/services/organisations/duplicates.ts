import { and, eq, inArray, isNull, ne, or, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { organisations } from '../../../db/schema';
import type { DuplicateCandidate, DuplicateReason, ParsedInputOf } from '../../api/contract';
import { normalizeEnterpriseNumber } from '../../api/contract/rules/enterprise-number';
import { emailDomain, normalizeOrganisationName, websiteDomain } from '../../api/contract/rules/names';
import type { AppContext } from '../context';
import { AppError } from '../errors';

type Reader = Db | Tx;

export type DuplicateQuery = {
  name: string;
  postcode?: string | null;
  enterpriseNumber?: string | null;
  website?: string | null;
  emails?: string[];
  excludeId?: number;
};

const MAX_CANDIDATES = 10;

/**
 * Organisations that look like the one being entered: the same enterprise number, the same
 * normalised name in the same postcode, or the same website/e-mail domain (free mail providers
 * excluded by emailDomain()). Merged organisations are gone and never match. Each branch uses an
 * index (unique enterprise number, (normalized_name, postcode), email_domain).
 */
export function findDuplicates(db: Reader, query: DuplicateQuery): DuplicateCandidate[] {
  const kbo = query.enterpriseNumber ? normalizeEnterpriseNumber(query.enterpriseNumber) : null;
  const enterpriseNumber = kbo?.ok ? kbo.value : null;
  const normalizedName = normalizeOrganisationName(query.name);
  const postcode = query.postcode?.trim() || null;
  const domains = new Set<string>();
  const site = query.website ? websiteDomain(query.website) : null;
  if (site) domains.add(site);
  for (const email of query.emails ?? []) {
    const domain = emailDomain(email);
    if (domain) domains.add(domain);
  }

  const branches: SQL[] = [];
  if (enterpriseNumber) branches.push(eq(organisations.enterpriseNumber, enterpriseNumber));
  if (normalizedName && postcode) {
    const sameName = and(eq(organisations.normalizedName, normalizedName), eq(organisations.postcode, postcode));
    if (sameName) branches.push(sameName);
  }
  if (domains.size > 0) branches.push(inArray(organisations.emailDomain, [...domains]));
  if (branches.length === 0) return [];

  const rows = db
    .select({
      id: organisations.id,
      name: organisations.name,
      normalizedName: organisations.normalizedName,
      postcode: organisations.postcode,
      city: organisations.city,
      enterpriseNumber: organisations.enterpriseNumber,
      emailDomain: organisations.emailDomain,
      active: organisations.active,
    })
    .from(organisations)
    .where(
      and(
        isNull(organisations.mergedIntoId),
        query.excludeId ? ne(organisations.id, query.excludeId) : undefined,
        or(...branches),
      ),
    )
    .limit(MAX_CANDIDATES * 3)
    .all();

  return rows
    .map((row) => {
      const reasons: DuplicateReason[] = [];
      if (enterpriseNumber && row.enterpriseNumber === enterpriseNumber) reasons.push('enterpriseNumber');
      if (postcode && row.normalizedName === normalizedName && row.postcode === postcode) reasons.push('name');
      if (row.emailDomain && domains.has(row.emailDomain)) reasons.push('domain');
      return {
        id: row.id,
        name: row.name,
        postcode: row.postcode,
        city: row.city,
        enterpriseNumber: row.enterpriseNumber,
        active: row.active,
        reasons,
      };
    })
    .sort((a, b) => b.reasons.length - a.reasons.length || a.name.localeCompare(b.name, 'nl'))
    .slice(0, MAX_CANDIDATES);
}

export function findDuplicatesForInput(
  ctx: AppContext,
  input: ParsedInputOf<'organisations.findDuplicates'>,
): DuplicateCandidate[] {
  return findDuplicates(ctx.db(), input);
}

/**
 * Refuses to save a look-alike unless the coordinator confirmed it. The same enterprise number is
 * not listed here: it is refused outright at the field (resolveOrganisationValues).
 */
export function guardDuplicates(db: Reader, query: DuplicateQuery, confirmed: boolean): void {
  if (confirmed) return;
  const candidates = findDuplicates(db, query).filter((c) => c.reasons.some((r) => r !== 'enterpriseNumber'));
  if (candidates.length === 0) return;
  const names = candidates.map((c) => c.name).join(', ');
  throw new AppError('CONFLICT', `Deze organisatie lijkt op ${names}. Bevestig dat het om een andere organisatie gaat.`, {
    duplicates: candidates,
  });
}
