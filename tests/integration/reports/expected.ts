import type { AppContext } from '../../../electron/services/context';

// Q2 2026 in Brussels (summer time, +02:00), written out by hand rather than derived by the code under test.
export const q2 = { from: '2026-04-01', to: '2026-06-30' };
const fromIso = '2026-03-31T22:00:00.000Z';
const toIso = '2026-06-30T22:00:00.000Z';
const local = (column: string) => `date(datetime(${column}, '+2 hours'))`;

function quartile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((x, y) => x - y);
  const h = (s.length - 1) * (q / 4);
  const lo = Math.floor(h);
  return (s[lo] ?? 0) + ((s[Math.min(lo + 1, s.length - 1)] ?? 0) - (s[lo] ?? 0)) * (h - lo);
}

/** Every VLAIO KPI for Q2 2026, by separate SQL written for the test (summer period only). */
export function expectedQ2(ctx: AppContext): Record<string, number> {
  const db = ctx.sqlite();
  const n = (query: string, ...params: unknown[]) =>
    Number(
      (db
        .prepare(query)
        .pluck()
        .get(...params) as number | null) ?? 0,
    );
  const list = (query: string) => (db.prepare(query).pluck().all() as number[]).map(Number);
  const inNeeds = `created_at >= '${fromIso}' AND created_at < '${toIso}'`;
  const inSent = `sent_at >= '${fromIso}' AND sent_at < '${toIso}'`;
  const inDates = (col: string) => `${col} >= '2026-04-01' AND ${col} <= '2026-06-30'`;
  const firstIntake = `(SELECT min(date) FROM intakes i WHERE i.need_id = n.id AND i.held = 1)`;
  const lead = {
    intake: list(
      `SELECT julianday(${firstIntake}) - julianday(${local('n.created_at')}) FROM needs n WHERE ${inNeeds} AND ${firstIntake} IS NOT NULL`,
    ),
    traject: list(`SELECT julianday(t.start_date) - julianday(${firstIntake}) FROM needs n JOIN trajects t ON t.id = n.traject_id
      WHERE ${inNeeds.replaceAll('created_at', 'n.created_at')} AND ${firstIntake} IS NOT NULL AND t.start_date IS NOT NULL`),
    total:
      list(`SELECT julianday(t.start_date) - julianday(${local('n.created_at')}) FROM needs n JOIN trajects t ON t.id = n.traject_id
      WHERE ${inNeeds.replaceAll('created_at', 'n.created_at')} AND t.start_date IS NOT NULL`),
  };
  const response = list(
    `SELECT julianday(${local('responded_at')}) - julianday(${local('sent_at')}) FROM referrals WHERE ${inSent} AND responded_at IS NOT NULL`,
  );
  const accepted = n(`SELECT count(*) FROM referrals WHERE ${inSent} AND status IN ('aanvaard','lopend','afgerond')`);
  const declined = n(`SELECT count(*) FROM referrals WHERE ${inSent} AND status = 'geweigerd'`);
  const trajectCount = (type: string) => n(`SELECT count(*) FROM trajects WHERE ${inDates('start_date')} AND type = ?`, type);
  const spread = (prefix: string, values: number[]) => ({
    [`${prefix}Count`]: values.length,
    [`${prefix}DaysQ1`]: quartile(values, 1),
    [`${prefix}DaysMedian`]: quartile(values, 2),
    [`${prefix}DaysQ3`]: quartile(values, 3),
  });
  return {
    organisationsReached: n(`SELECT count(DISTINCT id) FROM (
      SELECT organisation_id AS id FROM needs WHERE ${inNeeds}
      UNION ALL SELECT n.organisation_id FROM intakes i JOIN needs n ON n.id = i.need_id WHERE i.held = 1 AND ${inDates('i.date')}
      UNION ALL SELECT p.organisation_id FROM event_participants p JOIN events e ON e.id = p.event_id
        WHERE e.status = 'gehouden' AND ${inDates('e.date')} AND p.side = 'onderneming' AND p.status = 'ingeschreven') WHERE id IS NOT NULL`),
    needsRegistered: n(`SELECT count(*) FROM needs WHERE ${inNeeds}`),
    eventsHeld: n(`SELECT count(*) FROM events WHERE status = 'gehouden' AND ${inDates('date')}`),
    meetingsHeld: n(
      `SELECT count(*) FROM event_meetings m JOIN events e ON e.id = m.event_id WHERE m.status = 'gehouden' AND ${inDates('e.date')}`,
    ),
    meetingsCollaborationPossible: n(`SELECT count(*) FROM event_meetings m JOIN events e ON e.id = m.event_id
      WHERE m.status = 'gehouden' AND m.rating = 'samenwerking_mogelijk' AND ${inDates('e.date')}`),
    intakesHeld: n(`SELECT count(*) FROM intakes WHERE held = 1 AND ${inDates('date')}`),
    referralsSent: n(`SELECT count(*) FROM referrals WHERE ${inSent}`),
    referralsToHogeschool: n(
      `SELECT count(*) FROM referrals WHERE ${inSent} AND destination_kind IN ('expertisegroep','hogeschool')`,
    ),
    referralsToUniversiteit: n(`SELECT count(*) FROM referrals WHERE ${inSent} AND destination_kind = 'universiteit'`),
    referralsToBedrijf: n(`SELECT count(*) FROM referrals WHERE ${inSent} AND destination_kind = 'bedrijf'`),
    referralsAccepted: accepted,
    referralsDeclined: declined,
    referralAcceptanceRate: accepted + declined === 0 ? 0 : accepted / (accepted + declined),
    referralsAnswered: response.length,
    referralResponseDaysMedian: quartile(response, 2),
    trajectsStarted: n(`SELECT count(*) FROM trajects WHERE ${inDates('start_date')}`),
    trajectsStudentenproject: trajectCount('studentenproject'),
    trajectsPraktijkgerichtOnderzoek: trajectCount('praktijkgericht_onderzoek'),
    trajectsDienstverlening: trajectCount('dienstverlening'),
    trajectsCollectief: trajectCount('collectief_traject'),
    trajectsDoorverwezen: trajectCount('doorverwezen'),
    studentsInvolved: n(`SELECT sum(students_involved) FROM trajects WHERE ${inDates('start_date')}`),
    followUpFundingTrajects: n(`SELECT count(*) FROM trajects WHERE ${inDates('start_date')} AND follow_up_funding_cents > 0`),
    followUpFundingEuro: n(`SELECT sum(follow_up_funding_cents) FROM trajects WHERE ${inDates('start_date')}`) / 100,
    ...spread('leadIntake', lead.intake),
    ...spread('leadTraject', lead.traject),
    ...spread('leadTotal', lead.total),
  };
}
