import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { expertGroups, expertiseGroupThemes, partnerColleges, partnerThemes } from '../../../db/schema';

/**
 * The many-to-many links of the network. Each `set*` replaces the whole set inside the caller's
 * transaction and returns the previous ids, so the audit row can show from -> to.
 */
export function groupThemeIds(tx: Tx, groupId: number): number[] {
  return tx
    .select({ id: expertiseGroupThemes.themeId })
    .from(expertiseGroupThemes)
    .where(eq(expertiseGroupThemes.groupId, groupId))
    .orderBy(asc(expertiseGroupThemes.themeId))
    .all()
    .map((r) => r.id);
}

export function setGroupThemes(tx: Tx, groupId: number, themeIds: number[]): number[] {
  const before = groupThemeIds(tx, groupId);
  tx.delete(expertiseGroupThemes).where(eq(expertiseGroupThemes.groupId, groupId)).run();
  if (themeIds.length > 0)
    tx.insert(expertiseGroupThemes)
      .values(themeIds.map((themeId) => ({ groupId, themeId })))
      .run();
  return before;
}

export function expertGroupIds(tx: Tx, expertId: number): number[] {
  return tx
    .select({ id: expertGroups.groupId })
    .from(expertGroups)
    .where(eq(expertGroups.expertId, expertId))
    .orderBy(asc(expertGroups.groupId))
    .all()
    .map((r) => r.id);
}

export function setExpertGroups(tx: Tx, expertId: number, groupIds: number[]): number[] {
  const before = expertGroupIds(tx, expertId);
  tx.delete(expertGroups).where(eq(expertGroups.expertId, expertId)).run();
  if (groupIds.length > 0)
    tx.insert(expertGroups)
      .values(groupIds.map((groupId) => ({ expertId, groupId })))
      .run();
  return before;
}

export function partnerThemeIds(tx: Tx, partnerId: number): number[] {
  return tx
    .select({ id: partnerThemes.themeId })
    .from(partnerThemes)
    .where(eq(partnerThemes.partnerId, partnerId))
    .orderBy(asc(partnerThemes.themeId))
    .all()
    .map((r) => r.id);
}

export function setPartnerThemes(tx: Tx, partnerId: number, themeIds: number[]): number[] {
  const before = partnerThemeIds(tx, partnerId);
  tx.delete(partnerThemes).where(eq(partnerThemes.partnerId, partnerId)).run();
  if (themeIds.length > 0)
    tx.insert(partnerThemes)
      .values(themeIds.map((themeId) => ({ partnerId, themeId })))
      .run();
  return before;
}

export function partnerCollegeIds(tx: Tx, partnerId: number): number[] {
  return tx
    .select({ id: partnerColleges.collegeId })
    .from(partnerColleges)
    .where(eq(partnerColleges.partnerId, partnerId))
    .orderBy(asc(partnerColleges.collegeId))
    .all()
    .map((r) => r.id);
}

export function setPartnerColleges(tx: Tx, partnerId: number, collegeIds: number[]): number[] {
  const before = partnerCollegeIds(tx, partnerId);
  tx.delete(partnerColleges).where(eq(partnerColleges.partnerId, partnerId)).run();
  if (collegeIds.length > 0)
    tx.insert(partnerColleges)
      .values(collegeIds.map((collegeId) => ({ partnerId, collegeId })))
      .run();
  return before;
}

/** `{ from, to }` for a link set, or nothing when it did not change (ids compared sorted). */
export function linkChange(before: number[], after: number[]): { from: number[]; to: number[] } | undefined {
  const a = [...before].sort((x, y) => x - y);
  const b = [...after].sort((x, y) => x - y);
  return JSON.stringify(a) === JSON.stringify(b) ? undefined : { from: a, to: b };
}
