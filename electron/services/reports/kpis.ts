import { sql } from 'drizzle-orm';
import type { Kpis } from '../../api/contract/reports';
import type { AppContext } from '../context';
import { checkPeriod, dayOf, daysFrom, instantBounds, quartileInc, quartileOfSorted, type Period } from './period';

type Db = ReturnType<AppContext['db']>;

/** Statuses that mean the destination said yes (DOMAIN.md: aanvaard, then possibly lopend/afgerond). */
export const acceptedReferralStatuses = ['aanvaard', 'lopend', 'afgerond'] as const;
/** VLAIO counts destinations in three kinds; an expertise group belongs to its hogeschool. */
export const destinationGroupSql = sql`CASE r.destination_kind WHEN 'universiteit' THEN 'universiteit' WHEN 'bedrijf' THEN 'bedrijf' ELSE 'hogeschool' END`;

function one(db: Db, query: ReturnType<typeof sql>): number {
  const row = db.get<{ n: number | null }>(query);
  return row?.n ?? 0;
}

type LeadRow = { createdAt: string; firstIntake: string | null; trajectStart: string | null };

/**
 * Per need registered in the period: its registration instant, first held intake and traject start.
 * The first intakes are one grouped join (a subquery per need cost seconds at 200k needs); the
 * order of the rows does not matter, only the quartiles of the days are used.
 */
export function leadTimeRows(db: Db, period: Period): LeadRow[] {
  const { fromIso, toIso } = instantBounds(period);
  return db.all<LeadRow>(sql`
    SELECT n.created_at AS createdAt, fi.firstIntake, t.start_date AS trajectStart
    FROM needs n LEFT JOIN trajects t ON t.id = n.traject_id
      LEFT JOIN (SELECT i.need_id, min(i.date) AS firstIntake FROM intakes i JOIN needs ni ON ni.id = i.need_id
          WHERE i.held = 1 AND ni.created_at >= ${fromIso} AND ni.created_at < ${toIso} GROUP BY i.need_id) fi
        ON fi.need_id = n.id
    WHERE n.created_at >= ${fromIso} AND n.created_at < ${toIso}`);
}

export type LeadDays = { intake: number[]; traject: number[]; total: number[] };

/** Gathers the lead times need by need: from leadTimeRows, or from the needs sheet's rows as they are written. */
export function leadCollector() {
  const days: LeadDays = { intake: [], traject: [], total: [] };
  return {
    observe(row: LeadRow): void {
      const registered = dayOf(row.createdAt) ?? '';
      if (row.firstIntake) days.intake.push(daysFrom(registered, row.firstIntake));
      if (row.firstIntake && row.trajectStart) days.traject.push(daysFrom(row.firstIntake, row.trajectStart));
      if (row.trajectStart) days.total.push(daysFrom(registered, row.trajectStart));
    },
    days,
  };
}

export function leadDays(rows: readonly LeadRow[]): LeadDays {
  const collector = leadCollector();
  for (const row of rows) collector.observe(row);
  return collector.days;
}

function spread(values: number[]) {
  // A typed array sorts numbers natively; over 200k lead times that is most of the cost.
  const sorted = Float64Array.from(values).sort();
  const q = (quart: 1 | 2 | 3) => quartileOfSorted(sorted, quart);
  return { count: values.length, q1: q(1), median: q(2), q3: q(3) };
}

type LeadKey = `lead${'Intake' | 'Traject' | 'Total'}${'Count' | 'DaysMedian' | 'DaysQ1' | 'DaysQ3'}`;
export type BaseKpis = Omit<Kpis, LeadKey>;

/**
 * The funder's figures for a period, each computed with SQL on the data alone (no other service),
 * so the same data always gives the same numbers. The VLAIO workbook writes these as the cached
 * results of its formulas; the Dashboard shows them.
 */
export function computeKpis(ctx: AppContext, period: Period): Kpis {
  checkPeriod(period);
  const db = ctx.db();
  return { ...baseKpis(db, period), ...leadKpis(leadDays(leadTimeRows(db, period))) };
}

/**
 * All figures but the lead times, which need each need's first intake: the VLAIO report takes
 * those from the rows of its needs sheet (leadKpis) instead of reading them a second time.
 */
export function baseKpis(db: Db, period: Period): BaseKpis {
  const { fromIso, toIso } = instantBounds(period);
  const { from, to } = period;

  const organisationsReached = one(
    db,
    sql`SELECT count(*) AS n FROM (
      SELECT organisation_id AS id FROM needs WHERE organisation_id IS NOT NULL AND created_at >= ${fromIso} AND created_at < ${toIso}
      UNION SELECT n.organisation_id FROM intakes i JOIN needs n ON n.id = i.need_id
        WHERE i.held = 1 AND i.date BETWEEN ${from} AND ${to} AND n.organisation_id IS NOT NULL
      UNION SELECT p.organisation_id FROM event_participants p JOIN events e ON e.id = p.event_id
        WHERE e.date BETWEEN ${from} AND ${to} AND e.status = 'gehouden' AND p.side = 'onderneming'
          AND p.status = 'ingeschreven' AND p.organisation_id IS NOT NULL)`,
  );
  const needsRegistered = one(db, sql`SELECT count(*) AS n FROM needs WHERE created_at >= ${fromIso} AND created_at < ${toIso}`);
  const eventsHeld = one(db, sql`SELECT count(*) AS n FROM events WHERE date BETWEEN ${from} AND ${to} AND status = 'gehouden'`);
  const meetings = db.get<{ held: number | null; collaboration: number | null }>(sql`
    SELECT sum(m.status = 'gehouden') AS held,
      sum(m.status = 'gehouden' AND m.rating = 'samenwerking_mogelijk') AS collaboration
    FROM event_meetings m JOIN events e ON e.id = m.event_id WHERE e.date BETWEEN ${from} AND ${to}`);
  const intakesHeld = one(db, sql`SELECT count(*) AS n FROM intakes WHERE held = 1 AND date BETWEEN ${from} AND ${to}`);

  const referrals = db.get<Record<string, number | null>>(sql`
    SELECT count(*) AS sent,
      sum(${destinationGroupSql} = 'hogeschool') AS hogeschool,
      sum(${destinationGroupSql} = 'universiteit') AS universiteit,
      sum(${destinationGroupSql} = 'bedrijf') AS bedrijf,
      sum(r.status IN ('aanvaard', 'lopend', 'afgerond')) AS accepted,
      sum(r.status = 'geweigerd') AS declined
    FROM referrals r WHERE r.sent_at >= ${fromIso} AND r.sent_at < ${toIso}`);
  const responses = db
    .all<{ sentAt: string; respondedAt: string }>(
      sql`SELECT sent_at AS sentAt, responded_at AS respondedAt FROM referrals
        WHERE sent_at >= ${fromIso} AND sent_at < ${toIso} AND responded_at IS NOT NULL`,
    )
    .map((r) => daysFrom(dayOf(r.sentAt) ?? '', dayOf(r.respondedAt) ?? ''));
  const accepted = referrals?.accepted ?? 0;
  const declined = referrals?.declined ?? 0;

  const trajects = db.get<Record<string, number | null>>(sql`
    SELECT count(*) AS started,
      sum(type = 'studentenproject') AS studentenproject,
      sum(type = 'praktijkgericht_onderzoek') AS praktijk,
      sum(type = 'dienstverlening') AS dienstverlening,
      sum(type = 'collectief_traject') AS collectief,
      sum(type = 'doorverwezen') AS doorverwezen,
      sum(students_involved) AS students,
      sum(coalesce(follow_up_funding_cents, 0) > 0) AS fundingTrajects,
      sum(coalesce(follow_up_funding_cents, 0)) AS fundingCents
    FROM trajects WHERE start_date BETWEEN ${from} AND ${to}`);

  return {
    organisationsReached,
    needsRegistered,
    eventsHeld,
    meetingsHeld: meetings?.held ?? 0,
    meetingsCollaborationPossible: meetings?.collaboration ?? 0,
    intakesHeld,
    referralsSent: referrals?.sent ?? 0,
    referralsToHogeschool: referrals?.hogeschool ?? 0,
    referralsToUniversiteit: referrals?.universiteit ?? 0,
    referralsToBedrijf: referrals?.bedrijf ?? 0,
    referralsAccepted: accepted,
    referralsDeclined: declined,
    referralAcceptanceRate: accepted + declined === 0 ? 0 : accepted / (accepted + declined),
    referralsAnswered: responses.length,
    referralResponseDaysMedian: quartileInc(responses, 2),
    trajectsStarted: trajects?.started ?? 0,
    trajectsStudentenproject: trajects?.studentenproject ?? 0,
    trajectsPraktijkgerichtOnderzoek: trajects?.praktijk ?? 0,
    trajectsDienstverlening: trajects?.dienstverlening ?? 0,
    trajectsCollectief: trajects?.collectief ?? 0,
    trajectsDoorverwezen: trajects?.doorverwezen ?? 0,
    studentsInvolved: trajects?.students ?? 0,
    followUpFundingTrajects: trajects?.fundingTrajects ?? 0,
    followUpFundingEuro: (trajects?.fundingCents ?? 0) / 100,
  };
}

export function leadKpis(lead: LeadDays): Pick<Kpis, LeadKey> {
  const intake = spread(lead.intake);
  const traject = spread(lead.traject);
  const total = spread(lead.total);
  return {
    leadIntakeCount: intake.count,
    leadIntakeDaysMedian: intake.median,
    leadIntakeDaysQ1: intake.q1,
    leadIntakeDaysQ3: intake.q3,
    leadTrajectCount: traject.count,
    leadTrajectDaysMedian: traject.median,
    leadTrajectDaysQ1: traject.q1,
    leadTrajectDaysQ3: traject.q3,
    leadTotalCount: total.count,
    leadTotalDaysMedian: total.median,
    leadTotalDaysQ1: total.q1,
    leadTotalDaysQ3: total.q3,
  };
}
