import { eq } from 'drizzle-orm';
import {
  contacts,
  eventMeetings,
  eventParticipants,
  events,
  intakes,
  needThemes,
  needs,
  organisationFederations,
  organisations,
  referrals,
  trajectColleges,
  trajects,
} from '../../../db/schema';
import type { AppContext } from '../../../electron/services/context';

/** User text that a careless writer would turn into a formula or a number. */
export const trickyTexts = ['=HYPERLINK("http://evil.example","klik")', '+32 475 12 34 56', '-5', '@x', '=1+1'];

const stamp = '2026-01-10T10:00:00.000Z';
const times = { createdAt: stamp, updatedAt: stamp };

/**
 * A small world for Q2 2026 (Brussels: 2026-03-31T22:00Z .. 2026-06-30T22:00Z) with edges on the
 * period bounds, formula-like names, referrals of every destination kind, an event held and one not.
 */
export function seedReportWorld(ctx: AppContext) {
  const db = ctx.db();
  const org = (name: string, province: string | null, sector: string) =>
    db
      .insert(organisations)
      .values({ name, normalizedName: name.toLowerCase(), provinceCode: province, sector, ...times })
      .returning()
      .get().id;
  const a = org(trickyTexts[0] ?? '', 'antwerpen', trickyTexts[1] ?? '');
  const b = org(trickyTexts[2] ?? '', 'limburg', trickyTexts[3] ?? '');
  const c = org('Normaal vzw', null, 'Horeca');
  const d = org('Alleen op het event cv', 'antwerpen', 'Horeca');
  const e = org('Buiten de periode bv', 'limburg', 'Bouw');
  db.insert(organisationFederations).values({ organisationId: a, partnerId: 6 }).run();
  const contact = db
    .insert(contacts)
    .values({ organisationId: a, firstName: '=1+1', lastName: 'Peeters', email: 'an@example.be', ...times })
    .returning()
    .get().id;

  const need = (organisationId: number, createdAt: string, title: string, themeIds: number[]) => {
    const id = db
      .insert(needs)
      .values({
        organisationId,
        contactId: organisationId === a ? contact : null,
        title,
        statusChangedAt: createdAt,
        createdAt,
        updatedAt: createdAt,
      })
      .returning()
      .get().id;
    for (const themeId of themeIds) db.insert(needThemes).values({ needId: id, themeId }).run();
    return id;
  };
  // 00:30 in Brussels on 1 April: inside Q2 although its UTC date is 31 March.
  const n1 = need(a, '2026-03-31T22:30:00.000Z', '=HYPERLINK("x")', [1, 3]);
  const n2 = need(b, '2026-05-10T08:00:00.000Z', 'Gewone vraag', [3]);
  // 23:30 on 31 March in Brussels: outside.
  const n3 = need(c, '2026-03-31T21:30:00.000Z', 'Vroeg', [1]);
  // 23:59 on 30 June in Brussels: inside.
  const n4 = need(c, '2026-06-30T21:59:00.000Z', 'Laat', []);
  const n5 = need(e, '2026-08-01T10:00:00.000Z', 'Later', [2]);

  const intake = (needId: number, date: string, held: boolean) =>
    db
      .insert(intakes)
      .values({ needId, date, held, ...times })
      .run();
  intake(n1, '2026-04-15', true);
  intake(n2, '2026-05-20', true);
  intake(n2, '2026-06-01', false);
  intake(n3, '2026-04-02', true);
  intake(n5, '2026-08-05', true);

  const traject = (
    title: string,
    type: 'studentenproject' | 'collectief_traject' | 'dienstverlening',
    startDate: string,
    students: number,
    cents: number | null,
    collegeIds: number[],
  ) => {
    const id = db
      .insert(trajects)
      .values({ title, type, startDate, studentsInvolved: students, followUpFundingCents: cents, ...times })
      .returning()
      .get().id;
    for (const collegeId of collegeIds) db.insert(trajectColleges).values({ trajectId: id, collegeId }).run();
    return id;
  };
  const t1 = traject('-5 trajecten', 'studentenproject', '2026-06-01', 4, 150_050, [1, 2]);
  const t2 = traject('Samen', 'collectief_traject', '2026-06-10', 0, null, [1]);
  traject('Later', 'dienstverlening', '2026-07-01', 3, 1000, [2]);
  db.update(needs).set({ trajectId: t1 }).where(eqId(n1)).run();
  db.update(needs).set({ trajectId: t2 }).where(eqId(n2)).run();

  const referral = (
    needId: number,
    kind: 'expertisegroep' | 'hogeschool' | 'universiteit' | 'bedrijf',
    target: { expertiseGroupId?: number; collegeId?: number; partnerId?: number },
    status: 'aanvaard' | 'geweigerd' | 'verstuurd' | 'lopend',
    sentAt: string,
    respondedAt: string | null,
  ) =>
    db
      .insert(referrals)
      .values({ needId, destinationKind: kind, ...target, status, statusChangedAt: sentAt, sentAt, respondedAt, ...times })
      .run();
  referral(
    n1,
    'expertisegroep',
    { expertiseGroupId: 1, collegeId: 1 },
    'aanvaard',
    '2026-04-20T10:00:00.000Z',
    '2026-04-25T10:00:00.000Z',
  );
  referral(n2, 'universiteit', { partnerId: 1 }, 'geweigerd', '2026-05-01T10:00:00.000Z', '2026-05-03T21:30:00.000Z');
  referral(n2, 'bedrijf', { partnerId: 1 }, 'verstuurd', '2026-05-02T10:00:00.000Z', null);
  referral(n4, 'hogeschool', { collegeId: 2 }, 'lopend', '2026-06-30T21:00:00.000Z', '2026-06-30T21:30:00.000Z');
  referral(n1, 'hogeschool', { collegeId: 1 }, 'verstuurd', '2026-07-05T10:00:00.000Z', null);

  const event = (name: string, date: string, status: 'gehouden' | 'open') =>
    db
      .insert(events)
      .values({ name, date, status, ...times })
      .returning()
      .get().id;
  const e1 = event('=Matchmaking Zorg', '2026-05-15', 'gehouden');
  const e2 = event('Nog open', '2026-06-20', 'open');
  const participant = (
    eventId: number,
    side: 'onderneming' | 'academicus',
    displayName: string,
    organisationId: number | null,
    collegeId: number | null,
  ) =>
    db
      .insert(eventParticipants)
      .values({ eventId, side, displayName, organisationId, collegeId, ...times })
      .returning()
      .get().id;
  const pd = participant(e1, 'onderneming', '=1+1', d, null);
  const pb = participant(e1, 'onderneming', 'B', b, null);
  const pk = participant(e1, 'academicus', 'Prof. X', null, 1);
  const p2 = participant(e2, 'onderneming', 'D2', d, null);
  const pk2 = participant(e2, 'academicus', 'Prof. Y', null, 2);
  const meeting = (
    eventId: number,
    requesterId: number,
    targetId: number,
    status: 'gehouden' | 'niet_opgedaagd' | 'gevraagd',
    rating: 'samenwerking_mogelijk' | 'informatief' | null,
  ) =>
    db
      .insert(eventMeetings)
      .values({ eventId, requesterId, targetId, status, rating, ...times })
      .run();
  meeting(e1, pd, pk, 'gehouden', 'samenwerking_mogelijk');
  meeting(e1, pk, pb, 'gehouden', 'informatief');
  meeting(e1, pb, pk, 'niet_opgedaagd', null);
  meeting(e2, p2, pk2, 'gevraagd', null);
  return { events: { e1, e2 }, needs: { n1, n2, n3, n4, n5 } };
}

function eqId(id: number) {
  return eq(needs.id, id);
}
