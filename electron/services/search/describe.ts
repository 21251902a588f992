import { and, eq, inArray, isNull } from 'drizzle-orm';
import { colleges, contacts, experts, needs, organisations } from '../../../db/schema';
import { formatEnterpriseNumber } from '../../api/contract/rules/enterprise-number';
import type { SearchHit, SearchKind } from '../../api/contract/workspace';
import type { AppContext } from '../context';

export type RawHit = { kind: SearchKind; id: number; title: string };

const join = (...parts: (string | null | undefined)[]) => parts.filter((p) => p && p.trim()).join(' · ');

/**
 * Adds a subtitle and the route to each hit, reading the current rows (not the index text), and
 * leaves out what must not be found any more: merged organisations and erased contacts.
 */
export function describeHits(ctx: AppContext, hits: RawHit[]): SearchHit[] {
  const db = ctx.db();
  const ids = (kind: SearchKind) => hits.filter((h) => h.kind === kind).map((h) => h.id);
  const described = new Map<string, SearchHit>();
  const put = (kind: SearchKind, id: number, title: string, subtitle: string, href: string, status: string | null = null) =>
    described.set(`${kind}:${id}`, { kind, id, title, subtitle, href, status });

  const orgIds = ids('organisation');
  if (orgIds.length > 0) {
    const rows = db
      .select({
        id: organisations.id,
        name: organisations.name,
        enterpriseNumber: organisations.enterpriseNumber,
        postcode: organisations.postcode,
        city: organisations.city,
      })
      .from(organisations)
      .where(and(inArray(organisations.id, orgIds), isNull(organisations.mergedIntoId)))
      .all();
    for (const o of rows) {
      const place = [o.postcode, o.city].filter((p) => p?.trim()).join(' ');
      put(
        'organisation',
        o.id,
        o.name,
        join(o.enterpriseNumber ? formatEnterpriseNumber(o.enterpriseNumber) : null, place),
        `#/organisaties/${o.id}`,
      );
    }
  }

  const contactIds = ids('contact');
  if (contactIds.length > 0) {
    const rows = db
      .select({
        id: contacts.id,
        firstName: contacts.firstName,
        lastName: contacts.lastName,
        role: contacts.role,
        email: contacts.email,
        organisationId: contacts.organisationId,
        organisationName: organisations.name,
      })
      .from(contacts)
      .innerJoin(organisations, eq(organisations.id, contacts.organisationId))
      .where(and(inArray(contacts.id, contactIds), isNull(contacts.erasedAt)))
      .all();
    for (const c of rows) {
      const name = `${c.firstName} ${c.lastName}`.trim();
      put('contact', c.id, name, join(c.organisationName, c.role, c.email), `#/organisaties/${c.organisationId}`);
    }
  }

  const needIds = ids('need');
  if (needIds.length > 0) {
    const rows = db
      .select({ id: needs.id, title: needs.title, status: needs.status, organisationName: organisations.name })
      .from(needs)
      .leftJoin(organisations, eq(organisations.id, needs.organisationId))
      .where(inArray(needs.id, needIds))
      .all();
    for (const n of rows) put('need', n.id, n.title, n.organisationName ?? '', `#/dossiers/${n.id}`, n.status);
  }

  const expertIds = ids('expert');
  if (expertIds.length > 0) {
    const rows = db
      .select({
        id: experts.id,
        firstName: experts.firstName,
        lastName: experts.lastName,
        title: experts.title,
        collegeId: experts.collegeId,
        collegeShortName: colleges.shortName,
      })
      .from(experts)
      .leftJoin(colleges, eq(colleges.id, experts.collegeId))
      .where(inArray(experts.id, expertIds))
      .all();
    for (const e of rows) {
      // Experts are shown on their hogeschool's page in Netwerk.
      const href = e.collegeId === null ? '#/netwerk' : `#/netwerk/${e.collegeId}`;
      put('expert', e.id, `${e.firstName} ${e.lastName}`.trim(), join(e.collegeShortName, e.title), href);
    }
  }

  return hits.flatMap((hit) => {
    const found = described.get(`${hit.kind}:${hit.id}`);
    return found ? [found] : [];
  });
}
