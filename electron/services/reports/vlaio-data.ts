import { sql } from 'drizzle-orm';
import type { AppContext } from '../context';
import { destinationGroupSql } from './kpis';
import { instantBounds, type Period } from './period';
import { chunked, chunkSize, fill, objects } from './sql-rows';
import {
  federationsByOrganisation,
  organisationOf,
  organisationsById,
  themesByNeed,
  type Lookup,
  type RowLookups,
  type VlaioLookups,
} from './vlaio-lookups';

export { chunkSize } from './sql-rows';

type Db = ReturnType<AppContext['db']>;

const needKeys = [
  'id',
  'createdAt',
  'organisationId',
  'contact',
  'title',
  'status',
  'source',
  'trajectStart',
  'trajectType',
] as const;
const intakeKeys = ['id', 'needId', 'date', 'held', 'organisationId'] as const;
const referralKeys = [
  'id',
  'needId',
  'sentAt',
  'destinationGroup',
  'destinationKind',
  'collegeId',
  'college',
  'groupId',
  'groupName',
  'partner',
  'status',
  'respondedAt',
  'organisationId',
] as const;

export type OrganisationRow = {
  id: number;
  name: string;
  province: string;
  sector: string;
  federations: string | null;
  needs: number;
  intakes: number;
  events: number;
};

export function reachedOrganisations(
  db: Db,
  period: Period,
  federations: Lookup = federationsByOrganisation(db),
): OrganisationRow[] {
  const { fromIso, toIso } = instantBounds(period);
  const { from, to } = period;
  const rows = db.all<OrganisationRow>(sql`
    WITH reached AS (
      SELECT organisation_id AS id, 1 AS needs, 0 AS intakes, 0 AS events FROM needs
        WHERE organisation_id IS NOT NULL AND created_at >= ${fromIso} AND created_at < ${toIso}
      UNION ALL SELECT n.organisation_id, 0, 1, 0 FROM intakes i JOIN needs n ON n.id = i.need_id
        WHERE i.held = 1 AND i.date BETWEEN ${from} AND ${to} AND n.organisation_id IS NOT NULL
      UNION ALL SELECT DISTINCT p.organisation_id, 0, 0, e.id FROM event_participants p JOIN events e ON e.id = p.event_id
        WHERE e.date BETWEEN ${from} AND ${to} AND e.status = 'gehouden' AND p.side = 'onderneming'
          AND p.status = 'ingeschreven' AND p.organisation_id IS NOT NULL)
    SELECT o.id, o.name, coalesce(pr.name, 'onbekend') AS province, coalesce(nullif(trim(o.sector), ''), 'onbekend') AS sector,
      sum(r.needs) AS needs, sum(r.intakes) AS intakes, count(DISTINCT nullif(r.events, 0)) AS events
    FROM reached r JOIN organisations o ON o.id = r.id LEFT JOIN provinces pr ON pr.code = o.province_code
    GROUP BY o.id ORDER BY o.id`);
  return fill(
    rows,
    federations,
    (r) => r.id,
    (r, v) => (r.federations = v),
  );
}

export type NeedRow = {
  id: number;
  createdAt: string;
  organisationId: number | null;
  organisation: string | null;
  contact: string | null;
  title: string;
  status: string;
  source: string;
  province: string;
  sector: string;
  themes: string | null;
  federations: string | null;
  firstIntake: string | null;
  trajectStart: string | null;
  trajectType: string | null;
};

/** `size`: rows per chunk (small in tests, to cross chunk boundaries). */
export function needRows(db: Db, period: Period, lookups: VlaioLookups, size = chunkSize): Generator<NeedRow[]> {
  const { fromIso, toIso } = instantBounds(period);
  return chunked<NeedRow>((last) => {
    const rows = objects<NeedRow>(
      db,
      needKeys,
      sql`
    SELECT n.id, n.created_at AS createdAt, n.organisation_id AS organisationId,
      trim(c.first_name || ' ' || c.last_name) AS contact, n.title, n.status, n.source,
      t.start_date AS trajectStart, t.type AS trajectType
    FROM needs n LEFT JOIN contacts c ON c.id = n.contact_id LEFT JOIN trajects t ON t.id = n.traject_id
    WHERE n.created_at >= ${fromIso} AND n.created_at < ${toIso} ${last ? sql`AND n.id > ${last.id}` : sql``}
    ORDER BY n.id LIMIT ${size}`,
    );
    for (const row of rows) {
      const organisation = organisationOf(lookups.organisations, row.organisationId);
      row.organisation = organisation.name;
      row.province = organisation.province;
      row.sector = organisation.sector;
      row.themes = lookups.themes.get(row.id) ?? null;
      row.federations = row.organisationId === null ? null : (lookups.federations.get(row.organisationId) ?? null);
      row.firstIntake = lookups.firstIntake.get(row.id) ?? null;
    }
    return rows;
  }, size);
}

export type IntakeRow = {
  id: number;
  needId: number;
  date: string;
  held: number;
  organisationId: number | null;
  organisation: string | null;
  province: string;
  themes: string | null;
};

export function intakeRows(db: Db, period: Period, lookups: RowLookups, size = chunkSize): Generator<IntakeRow[]> {
  return chunked<IntakeRow>((last) => {
    const rows = objects<IntakeRow>(
      db,
      intakeKeys,
      sql`
    SELECT i.id, i.need_id AS needId, i.date, i.held, n.organisation_id AS organisationId
    FROM intakes i JOIN needs n ON n.id = i.need_id
    WHERE i.date BETWEEN ${period.from} AND ${period.to}
      ${last ? sql`AND i.date >= ${last.date} AND (i.date > ${last.date} OR i.id > ${last.id})` : sql``}
    ORDER BY i.date, i.id LIMIT ${size}`,
    );
    for (const row of rows) {
      const organisation = organisationOf(lookups.organisations, row.organisationId);
      row.organisation = organisation.name;
      row.province = organisation.province;
      row.themes = lookups.themes.get(row.needId) ?? null;
    }
    return rows;
  }, size);
}

export type ReferralRow = {
  id: number;
  needId: number;
  sentAt: string;
  destinationGroup: string;
  destinationKind: string;
  collegeId: number | null;
  college: string | null;
  groupId: number | null;
  groupName: string | null;
  partner: string | null;
  status: string;
  respondedAt: string | null;
  organisationId: number | null;
  province: string;
  themes: string | null;
};

export function referralRows(
  db: Db,
  period: Period,
  lookups: RowLookups = { themes: themesByNeed(db), organisations: organisationsById(db) },
  size = chunkSize,
): Generator<ReferralRow[]> {
  const { fromIso, toIso } = instantBounds(period);
  return chunked<ReferralRow>((last) => {
    const rows = objects<ReferralRow>(
      db,
      referralKeys,
      sql`
    SELECT r.id, r.need_id AS needId, r.sent_at AS sentAt, ${destinationGroupSql} AS destinationGroup,
      r.destination_kind AS destinationKind, coalesce(r.college_id, g.college_id) AS collegeId, c.short_name AS college,
      r.expertise_group_id AS groupId, g.name AS groupName, pa.name AS partner, r.status, r.responded_at AS respondedAt,
      n.organisation_id AS organisationId
    FROM referrals r JOIN needs n ON n.id = r.need_id LEFT JOIN expertise_groups g ON g.id = r.expertise_group_id
      LEFT JOIN colleges c ON c.id = coalesce(r.college_id, g.college_id) LEFT JOIN partners pa ON pa.id = r.partner_id
    WHERE r.sent_at >= ${fromIso} AND r.sent_at < ${toIso}
      ${last ? sql`AND r.sent_at >= ${last.sentAt} AND (r.sent_at > ${last.sentAt} OR r.id > ${last.id})` : sql``}
    ORDER BY r.sent_at, r.id LIMIT ${size}`,
    );
    for (const row of rows) {
      row.province = organisationOf(lookups.organisations, row.organisationId).province;
      row.themes = lookups.themes.get(row.needId) ?? null;
    }
    return rows;
  }, size);
}

export type TrajectRow = {
  id: number;
  title: string;
  type: string;
  status: string;
  startDate: string;
  endDate: string | null;
  students: number;
  fundingCents: number | null;
  collegeIds: string | null;
  colleges: string | null;
  needs: number;
};

export function trajectRows(db: Db, period: Period): TrajectRow[] {
  return db.all<TrajectRow>(sql`
    SELECT t.id, t.title, t.type, t.status, t.start_date AS startDate, t.end_date AS endDate, t.students_involved AS students,
      t.follow_up_funding_cents AS fundingCents,
      tc.collegeIds, tc.colleges, coalesce(nc.needs, 0) AS needs
    FROM trajects t
      LEFT JOIN (SELECT tc.traject_id, group_concat(tc.college_id, ';' ORDER BY tc.college_id) AS collegeIds,
          group_concat(c.short_name, ';' ORDER BY tc.college_id) AS colleges
        FROM traject_colleges tc JOIN colleges c ON c.id = tc.college_id
          JOIN trajects tt ON tt.id = tc.traject_id AND tt.start_date BETWEEN ${period.from} AND ${period.to}
        GROUP BY tc.traject_id) tc ON tc.traject_id = t.id
      LEFT JOIN (SELECT n.traject_id, count(*) AS needs FROM needs n
          JOIN trajects tn ON tn.id = n.traject_id AND tn.start_date BETWEEN ${period.from} AND ${period.to}
        GROUP BY n.traject_id) nc ON nc.traject_id = t.id
    WHERE t.start_date BETWEEN ${period.from} AND ${period.to} ORDER BY t.start_date, t.id`);
}

export type EventRow = {
  id: number;
  name: string;
  date: string;
  status: string;
  enterprises: number;
  academics: number;
  held: number;
};

export function eventRows(db: Db, period: Period, eventId?: number): EventRow[] {
  return db.all<EventRow>(sql`
    SELECT e.id, e.name, e.date, e.status,
      (SELECT count(*) FROM event_participants p WHERE p.event_id = e.id AND p.side = 'onderneming' AND p.status = 'ingeschreven') AS enterprises,
      (SELECT count(*) FROM event_participants p WHERE p.event_id = e.id AND p.side = 'academicus' AND p.status = 'ingeschreven') AS academics,
      (SELECT count(*) FROM event_meetings m WHERE m.event_id = e.id AND m.status = 'gehouden') AS held
    FROM events e WHERE e.date BETWEEN ${period.from} AND ${period.to} ${eventId ? sql`AND e.id = ${eventId}` : sql``}
    ORDER BY e.date, e.id`);
}

export type MeetingRow = {
  id: number;
  eventId: number;
  event: string;
  date: string;
  status: string;
  priority: string;
  mutual: number;
  enterprise: string | null;
  academic: string | null;
  collegeId: number | null;
  college: string | null;
  rating: string | null;
  followUp: string | null;
};

export function meetingRows(db: Db, period: Period, eventId?: number): MeetingRow[] {
  // The academic side of a meeting is whichever of requester/target registered as academicus.
  return db.all<MeetingRow>(sql`
    SELECT m.id, e.id AS eventId, e.name AS event, e.date, m.status, m.priority, m.mutual,
      CASE WHEN a.side = 'onderneming' THEN a.display_name ELSE b.display_name END AS enterprise,
      CASE WHEN a.side = 'academicus' THEN a.display_name ELSE b.display_name END AS academic,
      CASE WHEN a.side = 'academicus' THEN a.college_id ELSE b.college_id END AS collegeId,
      c.short_name AS college, m.rating, m.follow_up AS followUp
    FROM event_meetings m JOIN events e ON e.id = m.event_id
      JOIN event_participants a ON a.id = m.requester_id JOIN event_participants b ON b.id = m.target_id
      LEFT JOIN colleges c ON c.id = (CASE WHEN a.side = 'academicus' THEN a.college_id ELSE b.college_id END)
    WHERE e.date BETWEEN ${period.from} AND ${period.to} ${eventId ? sql`AND e.id = ${eventId}` : sql``}
    ORDER BY e.date, e.id, m.id`);
}
