import type { Sqlite } from '../../../db/client';
import type { DemoContext } from './demo-context';

const DAY_MS = 86_400_000;
const later = (iso: string, days: number, cap: string) => {
  const moved = new Date(Date.parse(iso) + days * DAY_MS).toISOString();
  return moved < cap ? moved : cap;
};

/**
 * Referrals for the needs that got that far, follow-up funding on part of the finished trajects,
 * and matchmaking events with participants and meetings (held and rated when in the past), so
 * the reports and their benchmark have every figure to count. Plain prepared statements, like
 * the rest of the generator, to keep 100k organisations under a minute.
 */
export function insertActivity(demo: DemoContext, sqlite: Sqlite, scale: number): void {
  const { rng, lookup } = demo;
  const now = demo.instant(0);
  sqlite
    .prepare(
      `UPDATE trajects SET follow_up_funding = 'VLAIO-subsidie', follow_up_funding_cents = ((id * 7919) % 40 + 5) * 100000
       WHERE status = 'afgerond' AND id % 4 = 0`,
    )
    .run();

  const referral =
    sqlite.prepare(`INSERT INTO referrals (need_id, destination_kind, expertise_group_id, college_id, partner_id, status,
    status_changed_at, sent_at, responded_at, decline_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const partners = {
    universiteit: sqlite.prepare(`SELECT id FROM partners WHERE kind = 'universiteit' ORDER BY id`).pluck().all() as number[],
    bedrijf: sqlite.prepare(`SELECT id FROM partners WHERE kind = 'bedrijf' ORDER BY id`).pluck().all() as number[],
  };
  const referred = sqlite
    .prepare(
      `SELECT id, created_at AS createdAt, status FROM needs WHERE status IN ('doorverwezen', 'in_traject', 'afgerond') ORDER BY id`,
    )
    .all() as { id: number; createdAt: string; status: string }[];
  let referrals = 0;
  for (const need of referred) {
    const kind = rng.weighted([
      ['expertisegroep', 70],
      ['hogeschool', 10],
      ['universiteit', partners.universiteit.length > 0 ? 12 : 0],
      ['bedrijf', partners.bedrijf.length > 0 ? 8 : 0],
    ] as const);
    const group = kind === 'expertisegroep' && lookup.groups.length > 0 ? rng.pick(lookup.groups) : null;
    const college = group
      ? group.collegeId
      : kind === 'hogeschool' && lookup.colleges.length > 0
        ? rng.pick(lookup.colleges).id
        : null;
    const partner = kind === 'universiteit' || kind === 'bedrijf' ? rng.pick(partners[kind]) : null;
    const sentAt = later(need.createdAt, rng.int(20, 70), now);
    const answered = need.status !== 'doorverwezen' || rng.chance(0.6);
    const declined = answered && need.status === 'doorverwezen' && rng.chance(0.35);
    const status = !answered
      ? 'verstuurd'
      : declined
        ? 'geweigerd'
        : need.status === 'afgerond'
          ? 'afgerond'
          : need.status === 'in_traject'
            ? 'lopend'
            : 'aanvaard';
    const respondedAt = answered ? later(sentAt, rng.int(1, 18), now) : null;
    referral.run(
      need.id,
      group ? 'expertisegroep' : kind === 'expertisegroep' ? 'hogeschool' : kind,
      group?.id ?? null,
      college,
      partner,
      status,
      respondedAt ?? sentAt,
      sentAt,
      respondedAt,
      declined ? rng.pick(['geen_capaciteit', 'buiten_expertise', 'timing']) : null,
      sentAt,
      respondedAt ?? sentAt,
    );
    referrals += 1;
  }
  demo.counts.referrals = referrals;
  insertEvents(demo, sqlite, scale);
}

function insertEvents(demo: DemoContext, sqlite: Sqlite, scale: number): void {
  const { rng } = demo;
  const event = sqlite.prepare(
    `INSERT INTO events (name, date, location, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const participant =
    sqlite.prepare(`INSERT INTO event_participants (event_id, side, organisation_id, contact_id, expert_id, college_id,
    display_name, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'ingeschreven', ?, ?)`);
  const meeting =
    sqlite.prepare(`INSERT INTO event_meetings (event_id, requester_id, target_id, priority, mutual, status, rating, follow_up,
    created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const enterprises = sqlite
    .prepare(
      `SELECT o.id, o.name, min(c.id) AS contactId FROM organisations o JOIN contacts c ON c.organisation_id = o.id GROUP BY o.id ORDER BY o.id`,
    )
    .all() as { id: number; name: string; contactId: number }[];
  const experts = sqlite
    .prepare(
      `SELECT id, college_id AS collegeId, trim(first_name || ' ' || last_name) AS name FROM experts WHERE college_id IS NOT NULL ORDER BY id`,
    )
    .all() as { id: number; collegeId: number; name: string }[];
  if (enterprises.length < 4 || experts.length < 3) return;
  const count = Math.min(40, Math.max(4, Math.round(scale / 2500)));
  const themes = ['Zorg en welzijn', 'Circulaire economie', 'Digitalisering', 'Inclusief ondernemen', 'Voeding', 'Bouw en wonen'];
  let meetings = 0;
  for (let e = 0; e < count; e += 1) {
    const offset = Math.round(-720 + (e * 800) / count) + rng.int(-10, 10);
    const date = demo.day(offset);
    const past = offset < 0;
    const createdAt = demo.instant(Math.min(offset - 60, 0));
    const eventId = Number(
      event.run(
        `Matchmaking ${rng.pick(themes)} ${date.slice(0, 4)}`,
        date,
        rng.pick(['Gent', 'Antwerpen', 'Brussel', 'Hasselt', 'Brugge']),
        past ? 'gehouden' : 'open',
        createdAt,
        createdAt,
      ).lastInsertRowid,
    );
    const firms = rng.sample(enterprises, Math.min(enterprises.length, rng.int(15, 40)));
    const academics = rng.sample(experts, Math.min(experts.length, rng.int(6, 15)));
    const firmIds = firms.map((f) =>
      Number(
        participant.run(eventId, 'onderneming', f.id, f.contactId, null, null, f.name, createdAt, createdAt).lastInsertRowid,
      ),
    );
    const academicIds = academics.map((a) =>
      Number(participant.run(eventId, 'academicus', null, null, a.id, a.collegeId, a.name, createdAt, createdAt).lastInsertRowid),
    );
    for (const firm of firmIds) {
      for (const academic of rng.sample(academicIds, Math.min(academicIds.length, rng.int(2, 4)))) {
        const status = past
          ? rng.weighted([
              ['gehouden', 80],
              ['niet_opgedaagd', 8],
              ['geweigerd', 12],
            ] as const)
          : rng.weighted([
              ['gevraagd', 50],
              ['aanvaard', 50],
            ] as const);
        const rating =
          status === 'gehouden'
            ? rng.weighted([
                ['samenwerking_mogelijk', 30],
                ['informatief', 50],
                ['geen_interesse', 20],
              ] as const)
            : null;
        const followUp =
          rating === 'samenwerking_mogelijk'
            ? rng.weighted([
                ['contact_gelegd', 50],
                ['intake_gepland', 30],
                ['traject_gestart', 20],
              ] as const)
            : null;
        meeting.run(
          eventId,
          firm,
          academic,
          rng.pick(['must', 'graag', 'mag']),
          rng.chance(0.3) ? 1 : 0,
          status,
          rating,
          followUp,
          createdAt,
          createdAt,
        );
        meetings += 1;
      }
    }
  }
  demo.counts.events = count;
  demo.counts.meetings = meetings;
}
