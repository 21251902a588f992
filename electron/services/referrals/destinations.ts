import { and, asc, eq, or } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { colleges, expertiseGroups, experts, partners, settings } from '../../../db/schema';
import type { FieldIssue } from '../../api/contract/errors';
import { defaultResponseWorkingDays, type ReferralDestinationKind } from '../../api/contract/referral/lifecycle';
import type { DestinationOption } from '../../api/contract/referral/types';
import { contains } from '../query/sql';

type Reader = Db | Tx;

export type Destination = {
  kind: ReferralDestinationKind;
  id: number;
  name: string;
  collegeId: number | null;
  collegeName: string | null;
  active: boolean;
  capacity: 'open' | 'beperkt' | 'vol' | null;
  responseDays: number;
  /** Where the response days were set (the group, its college or the partner); null = the default. */
  responseDaysSetBy: string | null;
  /** Where the letter goes, when the directory knows an address. */
  email: string | null;
  contactName: string | null;
};

/** The app-wide default (settings key `referralResponseDays`), else 10 working days. */
export function defaultResponseDays(db: Reader): number {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, 'referralResponseDays')).get();
  const n = Number(row?.value);
  return Number.isInteger(n) && n > 0 && n <= 120 ? n : defaultResponseWorkingDays;
}

/** Reads one destination; null when it does not exist (or is a partner of another kind). */
export function findDestination(db: Reader, kind: ReferralDestinationKind, id: number): Destination | null {
  const fallback = defaultResponseDays(db);
  if (kind === 'expertisegroep') {
    const row = db
      .select({
        group: expertiseGroups,
        college: colleges,
        expertName: experts.lastName,
        expertFirst: experts.firstName,
        expertEmail: experts.email,
      })
      .from(expertiseGroups)
      .innerJoin(colleges, eq(colleges.id, expertiseGroups.collegeId))
      .leftJoin(experts, eq(experts.id, expertiseGroups.contactExpertId))
      .where(eq(expertiseGroups.id, id))
      .get();
    if (!row) return null;
    return {
      kind,
      id,
      name: row.group.name,
      collegeId: row.college.id,
      collegeName: row.college.shortName || row.college.name,
      active: row.group.active && row.college.active,
      capacity: row.group.capacity,
      responseDays: row.group.responseDays ?? row.college.responseDays ?? fallback,
      responseDaysSetBy:
        row.group.responseDays !== null
          ? row.group.name
          : row.college.responseDays !== null
            ? row.college.shortName || row.college.name
            : null,
      email: row.expertEmail ?? null,
      contactName: row.expertName ? `${row.expertFirst ?? ''} ${row.expertName}`.trim() : null,
    };
  }
  if (kind === 'hogeschool') {
    const college = db.select().from(colleges).where(eq(colleges.id, id)).get();
    if (!college) return null;
    return {
      kind,
      id,
      name: college.name,
      collegeId: college.id,
      collegeName: college.shortName || college.name,
      active: college.active,
      capacity: null,
      responseDays: college.responseDays ?? fallback,
      responseDaysSetBy: college.responseDays !== null ? college.shortName || college.name : null,
      email: null,
      contactName: null,
    };
  }
  const partner = db
    .select()
    .from(partners)
    .where(and(eq(partners.id, id), eq(partners.kind, kind)))
    .get();
  if (!partner) return null;
  return {
    kind,
    id,
    name: partner.name,
    collegeId: null,
    collegeName: null,
    active: partner.active,
    capacity: null,
    responseDays: partner.responseDays ?? fallback,
    responseDaysSetBy: partner.responseDays !== null ? partner.name : null,
    email: partner.email,
    contactName: partner.contactName || null,
  };
}

/** The destination must exist and be active: a referral to a closed door is refused at the field. */
export function checkDestination(db: Reader, kind: ReferralDestinationKind, id: number): Destination | FieldIssue {
  const destination = findDestination(db, kind, id);
  if (!destination) return { path: 'destinationId', message: 'Deze bestemming bestaat niet (meer).' };
  if (!destination.active)
    return { path: 'destinationId', message: `‘${destination.name}’ is niet actief; kies een actieve bestemming.` };
  return destination;
}

/** The destinations the coordinator can pick by hand, inactive ones included but flagged. */
export function destinationOptions(db: Reader, kind: ReferralDestinationKind, search: string): DestinationOption[] {
  const fallback = defaultResponseDays(db);
  if (kind === 'expertisegroep') {
    return db
      .select({ group: expertiseGroups, college: colleges })
      .from(expertiseGroups)
      .innerJoin(colleges, eq(colleges.id, expertiseGroups.collegeId))
      .where(search ? or(contains(expertiseGroups.name, search), contains(colleges.shortName, search)) : undefined)
      .orderBy(asc(colleges.shortName), asc(expertiseGroups.name))
      .limit(300)
      .all()
      .map(({ group, college }) => ({
        kind,
        id: group.id,
        name: group.name,
        collegeName: college.shortName || college.name,
        active: group.active && college.active,
        capacity: group.capacity,
        responseDays: group.responseDays ?? college.responseDays ?? fallback,
      }));
  }
  if (kind === 'hogeschool') {
    return db
      .select()
      .from(colleges)
      .where(search ? or(contains(colleges.name, search), contains(colleges.shortName, search)) : undefined)
      .orderBy(asc(colleges.name))
      .all()
      .map((c) => ({
        kind,
        id: c.id,
        name: c.name,
        collegeName: c.shortName,
        active: c.active,
        capacity: null,
        responseDays: c.responseDays ?? fallback,
      }));
  }
  return db
    .select()
    .from(partners)
    .where(and(eq(partners.kind, kind), search ? contains(partners.name, search) : undefined))
    .orderBy(asc(partners.name))
    .limit(300)
    .all()
    .map((p) => ({
      kind,
      id: p.id,
      name: p.name,
      collegeName: null,
      active: p.active,
      capacity: null,
      responseDays: p.responseDays ?? fallback,
    }));
}
