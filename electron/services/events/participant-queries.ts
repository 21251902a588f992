import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import {
  colleges,
  contacts,
  eventMeetings,
  eventParticipants,
  expertGroups,
  expertiseGroups,
  experts,
  needs,
  organisations,
} from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import type { Page } from '../../api/contract/common';
import type { CandidateRow, ParticipantRow } from '../../api/contract/event/participants';
import type { AppContext } from '../context';
import { contains } from '../query/sql';

const fullName = (first: string | null, last: string | null) => [first, last].filter(Boolean).join(' ');

export function listParticipants(ctx: AppContext, input: ParsedInputOf<'events.listParticipants'>): Page<ParticipantRow> {
  const db = ctx.db();
  const p = eventParticipants;
  const conditions: SQL[] = [eq(p.eventId, input.eventId)];
  if (input.side) conditions.push(eq(p.side, input.side));
  if (input.search) conditions.push(contains(p.displayName, input.search));
  const where = and(...conditions);
  const mine = sql`(m.requester_id = ${p.id} OR m.target_id = ${p.id})`;
  const rows = db
    .select({
      id: p.id,
      side: p.side,
      displayName: p.displayName,
      contactFirst: contacts.firstName,
      contactLast: contacts.lastName,
      groupName: expertiseGroups.name,
      collegeShort: colleges.shortName,
      needTitle: needs.title,
      availability: p.availability,
      maxMeetings: p.maxMeetings,
      status: p.status,
      notes: p.notes,
      importBatchId: p.importBatchId,
      requests: sql<number>`(SELECT count(*) FROM ${eventMeetings} m WHERE ${mine} AND m.status NOT IN ('geweigerd', 'geannuleerd'))`,
      scheduled: sql<number>`(SELECT count(*) FROM ${eventMeetings} m WHERE ${mine} AND m.status = 'ingepland')`,
    })
    .from(p)
    .leftJoin(contacts, eq(contacts.id, p.contactId))
    .leftJoin(expertiseGroups, eq(expertiseGroups.id, p.expertiseGroupId))
    .leftJoin(colleges, eq(colleges.id, p.collegeId))
    .leftJoin(needs, eq(needs.id, p.needId))
    .where(where)
    .orderBy(asc(p.side), asc(p.displayName), asc(p.id))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(p)
      .where(where)
      .get()?.n ?? 0;
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      side: r.side,
      displayName: r.displayName,
      detail:
        r.side === 'onderneming'
          ? fullName(r.contactFirst, r.contactLast)
          : [r.groupName, r.collegeShort].filter(Boolean).join(' · '),
      needTitle: r.needTitle,
      availability: r.availability,
      maxMeetings: r.maxMeetings,
      status: r.status,
      notes: r.notes,
      requests: r.requests,
      scheduled: r.scheduled,
      imported: r.importBatchId !== null,
    })),
  };
}

function enterpriseCandidates(ctx: AppContext, eventId: number, search: string): CandidateRow[] {
  const db = ctx.db();
  const orgs = db
    .select({ id: organisations.id, name: organisations.name, city: organisations.city })
    .from(organisations)
    .where(and(isNull(organisations.mergedIntoId), contains(organisations.name, search)))
    .orderBy(asc(organisations.normalizedName))
    .limit(15)
    .all();
  if (orgs.length === 0) return [];
  const ids = orgs.map((o) => o.id);
  const people = db
    .select({
      id: contacts.id,
      organisationId: contacts.organisationId,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
    })
    .from(contacts)
    .where(and(inArray(contacts.organisationId, ids), isNull(contacts.erasedAt)))
    .orderBy(asc(contacts.lastName))
    .all();
  const openNeeds = db
    .select({ id: needs.id, organisationId: needs.organisationId, title: needs.title })
    .from(needs)
    .where(and(inArray(needs.organisationId, ids), sql`${needs.status} NOT IN ('afgerond', 'gestopt')`))
    .all();
  const registered = new Set(
    db
      .select({ contactId: eventParticipants.contactId })
      .from(eventParticipants)
      .where(and(eq(eventParticipants.eventId, eventId), inArray(eventParticipants.organisationId, ids)))
      .all()
      .map((r) => r.contactId),
  );
  return orgs.map((o) => {
    const cs = people
      .filter((c) => c.organisationId === o.id)
      .map((c) => ({ id: c.id, label: fullName(c.firstName, c.lastName), registered: registered.has(c.id) }));
    return {
      id: o.id,
      label: o.name,
      detail: o.city,
      contacts: cs,
      needs: openNeeds.filter((n) => n.organisationId === o.id).map((n) => ({ id: n.id, label: n.title })),
      groups: [],
      college: null,
      registered: cs.length > 0 && cs.every((c) => c.registered),
    };
  });
}

function academicCandidates(ctx: AppContext, eventId: number, search: string): CandidateRow[] {
  const db = ctx.db();
  const name = sql`(${experts.firstName} || ' ' || ${experts.lastName})`;
  const rows = db
    .select({
      id: experts.id,
      firstName: experts.firstName,
      lastName: experts.lastName,
      collegeId: colleges.id,
      college: colleges.shortName,
      collegeName: colleges.name,
    })
    .from(experts)
    .leftJoin(colleges, eq(colleges.id, experts.collegeId))
    .where(and(eq(experts.active, true), or(contains(name, search), contains(experts.lastName, search))))
    .orderBy(asc(experts.lastName))
    .limit(15)
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const groups = db
    .select({ expertId: expertGroups.expertId, id: expertiseGroups.id, name: expertiseGroups.name })
    .from(expertGroups)
    .innerJoin(expertiseGroups, eq(expertiseGroups.id, expertGroups.groupId))
    .where(inArray(expertGroups.expertId, ids))
    .all();
  const registered = new Set(
    db
      .select({ expertId: eventParticipants.expertId })
      .from(eventParticipants)
      .where(and(eq(eventParticipants.eventId, eventId), inArray(eventParticipants.expertId, ids)))
      .all()
      .map((r) => r.expertId),
  );
  return rows.map((r) => ({
    id: r.id,
    label: fullName(r.firstName, r.lastName),
    detail: r.college ?? '',
    contacts: [],
    needs: [],
    groups: groups.filter((g) => g.expertId === r.id).map((g) => ({ id: g.id, label: g.name })),
    college: r.collegeId === null ? null : { id: r.collegeId, label: r.collegeName ?? '' },
    registered: registered.has(r.id),
  }));
}

/** Existing records to register, found by name; never creates anything. */
export function searchCandidates(ctx: AppContext, input: ParsedInputOf<'events.searchCandidates'>): CandidateRow[] {
  if (input.search.length === 0) return [];
  return input.side === 'onderneming'
    ? enterpriseCandidates(ctx, input.eventId, input.search)
    : academicCandidates(ctx, input.eventId, input.search);
}
