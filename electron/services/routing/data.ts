import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import {
  colleges,
  expertGroups,
  expertiseGroups,
  expertiseGroupThemes,
  experts,
  partners,
  partnerThemes,
  provinces,
} from '../../../db/schema';

/** Reads for the router; every list is bounded by the candidate ids, so cost follows the shortlist. */

export type TextHit = { profile: number; past: number };

/** bm25 per group (profile and past-needs document) and per partner; higher is better. */
export function textHits(db: Db, match: string): { groups: Map<number, TextHit>; partners: Map<number, number> } {
  const groups = new Map<number, TextHit>();
  const partnerHits = new Map<number, number>();
  if (!match) return { groups, partners: partnerHits };
  // Weights per column (kind, owner_id, name, body): a word in the group's name counts double.
  const rows = db.all<{ kind: string; ownerId: number; score: number }>(
    sql`SELECT kind, owner_id AS ownerId, -bm25(routing_index, 0, 0, 2.0, 1.0) AS score FROM routing_index WHERE routing_index MATCH ${match}`,
  );
  for (const r of rows) {
    if (r.kind === 'partner') {
      partnerHits.set(r.ownerId, r.score);
      continue;
    }
    const hit = groups.get(r.ownerId) ?? { profile: 0, past: 0 };
    if (r.kind === 'group') hit.profile = r.score;
    else hit.past = r.score;
    groups.set(r.ownerId, hit);
  }
  return { groups, partners: partnerHits };
}

/** Group id → the need's theme ids it covers. */
export function groupsWithThemes(db: Db, themeIds: number[]): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  if (themeIds.length === 0) return out;
  const rows = db
    .select({ groupId: expertiseGroupThemes.groupId, themeId: expertiseGroupThemes.themeId })
    .from(expertiseGroupThemes)
    .where(inArray(expertiseGroupThemes.themeId, themeIds))
    .all();
  for (const r of rows) out.set(r.groupId, (out.get(r.groupId) ?? new Set<number>()).add(r.themeId));
  return out;
}

export type GroupInfo = {
  id: number;
  name: string;
  active: boolean;
  capacity: 'open' | 'beperkt' | 'vol';
  contactExpertId: number | null;
  collegeId: number;
  collegeName: string;
  collegeShortName: string;
  collegeActive: boolean;
  city: string;
  provinceCode: string | null;
  provinceName: string | null;
  association: string;
};

export function groupInfo(db: Db, ids: number[]): Map<number, GroupInfo> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({
      id: expertiseGroups.id,
      name: expertiseGroups.name,
      active: expertiseGroups.active,
      capacity: expertiseGroups.capacity,
      contactExpertId: expertiseGroups.contactExpertId,
      collegeId: colleges.id,
      collegeName: colleges.name,
      collegeShortName: colleges.shortName,
      collegeActive: colleges.active,
      city: colleges.city,
      provinceCode: colleges.provinceCode,
      provinceName: provinces.name,
      association: colleges.association,
    })
    .from(expertiseGroups)
    .innerJoin(colleges, eq(colleges.id, expertiseGroups.collegeId))
    .leftJoin(provinces, eq(provinces.code, colleges.provinceCode))
    .where(inArray(expertiseGroups.id, ids))
    .all();
  return new Map(rows.map((r) => [r.id, r]));
}

export type ReferralStats = { open: number; accepted: number; declined: number; avgResponseDays: number | null };

/** Per group: referrals still waiting, accepted (taken on) and declined, mean answer time in days. */
export function referralStats(db: Db, groupIds: number[]): Map<number, ReferralStats> {
  if (groupIds.length === 0) return new Map();
  const rows = db.all<{ groupId: number; open: number; accepted: number; declined: number; avgDays: number | null }>(sql`
    SELECT expertise_group_id AS groupId,
      sum(status IN ('voorgesteld', 'verstuurd', 'aanvaard', 'lopend', 'verlopen')) AS open,
      sum(status IN ('aanvaard', 'lopend', 'afgerond')) AS accepted,
      sum(status = 'geweigerd') AS declined,
      avg(CASE WHEN sent_at IS NOT NULL AND responded_at IS NOT NULL THEN julianday(responded_at) - julianday(sent_at) END) AS avgDays
    FROM referrals
    WHERE expertise_group_id IN (${sql.join(
      groupIds.map((id) => sql`${id}`),
      sql`, `,
    )})
    GROUP BY expertise_group_id`);
  return new Map(
    rows.map((r) => [r.groupId, { open: r.open, accepted: r.accepted, declined: r.declined, avgResponseDays: r.avgDays }]),
  );
}

/** Index texts by rowid (owner id * 4 + kind), to find which words matched. */
export function indexTexts(db: Db, rowids: number[]): Map<number, string> {
  if (rowids.length === 0) return new Map();
  const rows = db.all<{ id: number; name: string; body: string }>(
    sql`SELECT rowid AS id, name, body FROM routing_index WHERE rowid IN (${sql.join(
      rowids.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  return new Map(rows.map((r) => [r.id, `${r.name} ${r.body}`]));
}

/** Active experts per group, the group's contact first. */
export function groupExperts(db: Db, groups: GroupInfo[]): Map<number, { id: number; name: string }[]> {
  const out = new Map<number, { id: number; name: string }[]>();
  if (groups.length === 0) return out;
  const rows = db
    .select({ groupId: expertGroups.groupId, id: experts.id, firstName: experts.firstName, lastName: experts.lastName })
    .from(expertGroups)
    .innerJoin(experts, eq(experts.id, expertGroups.expertId))
    .where(
      and(
        inArray(
          expertGroups.groupId,
          groups.map((g) => g.id),
        ),
        eq(experts.active, true),
      ),
    )
    .orderBy(experts.lastName, experts.firstName)
    .all();
  for (const r of rows) {
    const list = out.get(r.groupId) ?? [];
    list.push({ id: r.id, name: `${r.firstName} ${r.lastName}`.trim() });
    out.set(r.groupId, list);
  }
  for (const g of groups) {
    const list = out.get(g.id);
    const contact = list?.findIndex((e) => e.id === g.contactExpertId) ?? -1;
    if (list && contact > 0) list.unshift(...list.splice(contact, 1));
  }
  return out;
}

export type PartnerInfo = {
  id: number;
  kind: string;
  name: string;
  shortName: string;
  city: string;
  provinceCode: string | null;
  provinceName: string | null;
  active: boolean;
  themeIds: Set<number>;
};

/** Partners of one kind, restricted to ids (when given), with their themes. */
export function partnersOfKind(db: Db, kind: 'universiteit' | 'bedrijf', ids?: number[]): PartnerInfo[] {
  if (ids && ids.length === 0) return [];
  const rows = db
    .select({
      id: partners.id,
      kind: partners.kind,
      name: partners.name,
      shortName: partners.shortName,
      city: partners.city,
      provinceCode: partners.provinceCode,
      provinceName: provinces.name,
      active: partners.active,
    })
    .from(partners)
    .leftJoin(provinces, eq(provinces.code, partners.provinceCode))
    .where(ids ? and(eq(partners.kind, kind), inArray(partners.id, ids)) : eq(partners.kind, kind))
    .all();
  const themeRows =
    rows.length === 0
      ? []
      : db
          .select({ partnerId: partnerThemes.partnerId, themeId: partnerThemes.themeId })
          .from(partnerThemes)
          .where(
            inArray(
              partnerThemes.partnerId,
              rows.map((r) => r.id),
            ),
          )
          .all();
  return rows.map((r) => ({ ...r, themeIds: new Set(themeRows.filter((t) => t.partnerId === r.id).map((t) => t.themeId)) }));
}

/** Companies (kind bedrijf) that cover at least one of the themes. */
export function companyIdsWithThemes(db: Db, themeIds: number[]): number[] {
  if (themeIds.length === 0) return [];
  return db
    .selectDistinct({ id: partnerThemes.partnerId })
    .from(partnerThemes)
    .innerJoin(partners, eq(partners.id, partnerThemes.partnerId))
    .where(and(inArray(partnerThemes.themeId, themeIds), eq(partners.kind, 'bedrijf')))
    .all()
    .map((r) => r.id);
}

/** Groups the coordinator gave no theme at all (the seeded ones, until someone does). */
export function groupsWithoutThemes(db: Db): Set<number> {
  return new Set(
    db
      .all<{ id: number }>(
        sql`SELECT g.id AS id FROM expertise_groups g WHERE NOT EXISTS (SELECT 1 FROM expertise_group_themes t WHERE t.group_id = g.id)`,
      )
      .map((r) => r.id),
  );
}

/** Groups whose profile (name, description, keywords) matches an FTS5 expression. */
export function profileMatches(db: Db, match: string): number[] {
  if (!match) return [];
  return db
    .all<{ ownerId: number }>(
      sql`SELECT owner_id AS ownerId FROM routing_index WHERE routing_index MATCH ${match} AND kind = 'group'`,
    )
    .map((r) => r.ownerId);
}
