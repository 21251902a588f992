import { eq } from 'drizzle-orm';
import {
  colleges,
  expertiseGroups,
  expertiseGroupThemes,
  needs,
  needThemes,
  organisations,
  partners,
  partnerThemes,
  referrals,
  themes,
} from '../../../db/schema';
import type { ReferralStatus } from '../../../electron/api/contract/referral/lifecycle';
import type { TestContext } from '../../helpers/db';

/** Hand-made network rows for the routing tests (straight into the tables: other areas own the forms). */

export const themeId = (ctx: TestContext, code: string): number =>
  ctx.db().select({ id: themes.id }).from(themes).where(eq(themes.code, code)).get()!.id;

export const collegeId = (ctx: TestContext, shortName: string): number =>
  ctx.db().select({ id: colleges.id }).from(colleges).where(eq(colleges.shortName, shortName)).get()!.id;

export function addGroup(
  ctx: TestContext,
  v: {
    college: string;
    name: string;
    description?: string;
    keywords?: string[];
    themes?: string[];
    capacity?: 'open' | 'beperkt' | 'vol';
    active?: boolean;
  },
): number {
  const at = ctx.now().toISOString();
  const id = ctx
    .db()
    .insert(expertiseGroups)
    .values({
      collegeId: collegeId(ctx, v.college),
      name: v.name,
      description: v.description ?? '',
      keywords: v.keywords ?? [],
      capacity: v.capacity ?? 'open',
      active: v.active ?? true,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: expertiseGroups.id })
    .get().id;
  for (const code of v.themes ?? [])
    ctx
      .db()
      .insert(expertiseGroupThemes)
      .values({ groupId: id, themeId: themeId(ctx, code) })
      .run();
  return id;
}

export function addNeed(
  ctx: TestContext,
  v: {
    title: string;
    question?: string;
    smart?: string;
    themes?: string[];
    organisationId?: number | null;
    kind?: 'toegepast' | 'fundamenteel' | 'marktoplossing' | null;
  },
): number {
  const at = ctx.now().toISOString();
  const id = ctx
    .db()
    .insert(needs)
    .values({
      title: v.title,
      question: v.question ?? '',
      smart: v.smart ?? '',
      knowledgeKind: v.kind ?? null,
      organisationId: v.organisationId ?? null,
      statusChangedAt: at,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: needs.id })
    .get().id;
  for (const code of v.themes ?? [])
    ctx
      .db()
      .insert(needThemes)
      .values({ needId: id, themeId: themeId(ctx, code) })
      .run();
  return id;
}

export function addOrganisation(ctx: TestContext, name: string, city: string, provinceCode: string): number {
  const at = ctx.now().toISOString();
  return ctx
    .db()
    .insert(organisations)
    .values({ name, normalizedName: name.toLowerCase(), city, provinceCode, createdAt: at, updatedAt: at })
    .returning({ id: organisations.id })
    .get().id;
}

export function addReferral(
  ctx: TestContext,
  v: { needId: number; groupId: number; status: ReferralStatus; sentAt?: string; respondedAt?: string | null },
): number {
  const at = ctx.now().toISOString();
  const group = ctx
    .db()
    .select({ collegeId: expertiseGroups.collegeId })
    .from(expertiseGroups)
    .where(eq(expertiseGroups.id, v.groupId))
    .get()!;
  return ctx
    .db()
    .insert(referrals)
    .values({
      needId: v.needId,
      destinationKind: 'expertisegroep',
      expertiseGroupId: v.groupId,
      collegeId: group.collegeId,
      status: v.status,
      statusChangedAt: at,
      sentAt: v.sentAt ?? '2026-10-01T09:00:00.000Z',
      respondedAt: v.respondedAt === undefined ? '2026-10-05T09:00:00.000Z' : v.respondedAt,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: referrals.id })
    .get().id;
}

export function addCompany(
  ctx: TestContext,
  v: { name: string; city: string; provinceCode: string; notes?: string; themes: string[]; active?: boolean },
): number {
  const at = ctx.now().toISOString();
  const id = ctx
    .db()
    .insert(partners)
    .values({
      kind: 'bedrijf',
      name: v.name,
      city: v.city,
      provinceCode: v.provinceCode,
      notes: v.notes ?? '',
      active: v.active ?? true,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: partners.id })
    .get().id;
  for (const code of v.themes)
    ctx
      .db()
      .insert(partnerThemes)
      .values({ partnerId: id, themeId: themeId(ctx, code) })
      .run();
  return id;
}
