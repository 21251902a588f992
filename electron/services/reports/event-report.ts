import { sql } from 'drizzle-orm';
import type { AppContext } from '../context';
import { dataAsOf } from './context-data';
import { checkPeriod, type Period } from './period';
import { periodText, writeCover } from './xlsx/cover';
import { sheetRef, writeDataSheet, type SheetRef } from './xlsx/data-sheet';
import { writeSummarySheet, type SummaryColumn } from './xlsx/summary-sheet';
import { writeWorkbookAtomically } from './write-file';
import { label, meetingColumns, publicColumns, type ReportColumn } from './vlaio-columns';
import { eventRows, meetingRows, type EventRow, type MeetingRow } from './vlaio-data';
import type { ReportOptions, ReportOutcome } from './vlaio-report';

type Db = ReturnType<AppContext['db']>;
type ParticipantRow = {
  id: number;
  eventId: number;
  side: string;
  name: string;
  organisationId: number | null;
  college: string | null;
  status: string;
};

function participantRows(db: Db, period: Period, eventId?: number): ParticipantRow[] {
  const scope = eventId ? sql`p.event_id = ${eventId}` : sql`e.date BETWEEN ${period.from} AND ${period.to}`;
  return db.all<ParticipantRow>(sql`
    SELECT p.id, p.event_id AS eventId, p.side, p.display_name AS name, p.organisation_id AS organisationId,
      c.short_name AS college, p.status
    FROM event_participants p JOIN events e ON e.id = p.event_id LEFT JOIN colleges c ON c.id = p.college_id
    WHERE ${scope} ORDER BY e.date, e.id, p.side DESC, p.id`);
}

const participantColumns: ReportColumn<ParticipantRow>[] = [
  { key: 'id', header: 'Deelnemer-ID', kind: 'int', value: (r) => r.id },
  { key: 'eventId', header: 'Evenement-ID', kind: 'int', value: (r) => r.eventId },
  { key: 'side', header: 'Kant', kind: 'text', value: (r) => r.side },
  { key: 'name', header: 'Naam', kind: 'text', value: (r) => r.name, personal: true },
  { key: 'organisationId', header: 'Organisatie-ID', kind: 'int', value: (r) => r.organisationId },
  { key: 'college', header: 'Hogeschool', kind: 'text', value: (r) => r.college },
  { key: 'status', header: 'Status', kind: 'text', value: (r) => r.status },
];

type Figure = {
  header: string;
  width?: number;
  criteria: [key: string, value: string][];
  sheet: 'p' | 'm';
  test: (row: ParticipantRow & MeetingRow) => boolean;
};

// Each figure: COUNTIFS on the event id in column A plus its own criteria, and the same test in code.
const figures: Figure[] = [
  {
    header: 'Ondernemingen',
    sheet: 'p',
    criteria: [
      ['side', 'onderneming'],
      ['status', 'ingeschreven'],
    ],
    test: (r) => r.side === 'onderneming' && r.status === 'ingeschreven',
  },
  {
    header: 'Academici',
    sheet: 'p',
    criteria: [
      ['side', 'academicus'],
      ['status', 'ingeschreven'],
    ],
    test: (r) => r.side === 'academicus' && r.status === 'ingeschreven',
  },
  { header: 'Gesprekken gevraagd', width: 20, sheet: 'm', criteria: [], test: () => true },
  { header: 'Wederzijds', sheet: 'm', criteria: [['mutual', 'ja']], test: (r) => Boolean(r.mutual) },
  { header: 'Ingepland', sheet: 'm', criteria: [['status', 'ingepland']], test: (r) => r.status === 'ingepland' },
  { header: 'Gehouden', sheet: 'm', criteria: [['status', 'gehouden']], test: (r) => r.status === 'gehouden' },
  {
    header: 'Niet opgedaagd',
    width: 15,
    sheet: 'm',
    criteria: [['status', 'niet opgedaagd']],
    test: (r) => r.status === 'niet_opgedaagd',
  },
  { header: 'Geweigerd', sheet: 'm', criteria: [['status', 'geweigerd']], test: (r) => r.status === 'geweigerd' },
  {
    header: 'Samenwerking mogelijk',
    width: 22,
    sheet: 'm',
    criteria: [['rating', 'samenwerking mogelijk']],
    test: (r) => r.rating === 'samenwerking_mogelijk',
  },
  { header: 'Informatief', sheet: 'm', criteria: [['rating', 'informatief']], test: (r) => r.rating === 'informatief' },
  {
    header: 'Geen interesse',
    width: 15,
    sheet: 'm',
    criteria: [['rating', 'geen interesse']],
    test: (r) => r.rating === 'geen_interesse',
  },
  {
    header: 'Intake gepland',
    width: 15,
    sheet: 'm',
    criteria: [['followUp', 'intake gepland']],
    test: (r) => r.followUp === 'intake_gepland',
  },
  {
    header: 'Traject gestart',
    width: 15,
    sheet: 'm',
    criteria: [['followUp', 'traject gestart']],
    test: (r) => r.followUp === 'traject_gestart',
  },
];

function figureColumn(
  f: Figure,
  refs: { p: SheetRef; m: SheetRef },
  rows: { p: ParticipantRow[]; m: MeetingRow[] },
): SummaryColumn<EventRow> {
  const ref = refs[f.sheet];
  const list = rows[f.sheet] as (ParticipantRow & MeetingRow)[];
  return {
    header: f.header,
    width: f.width ?? Math.max(12, f.header.length + 2),
    kind: 'int',
    cell: (event, row) => ({
      formula: `COUNTIFS(${ref.range('eventId')},$A${row}${f.criteria.map(([k, v]) => `,${ref.range(k)},"${v}"`).join('')})`,
      result: list.filter((r) => r.eventId === event.id && f.test(r)).length,
    }),
  };
}

/** Eventrapport: per event the registrations, meetings, ratings and follow-up, over its own data sheets. */
export async function writeEventReport(ctx: AppContext, options: ReportOptions, target: string): Promise<ReportOutcome> {
  checkPeriod(options);
  const db = ctx.db();
  // One chosen event is reported whatever its date; otherwise every event in the period.
  const events = options.eventId
    ? db.all<EventRow>(
        sql`SELECT id, name, date, status, 0 AS enterprises, 0 AS academics, 0 AS held FROM events WHERE id = ${options.eventId}`,
      )
    : eventRows(db, options);
  const everPeriod = { from: '0000-01-01', to: '9999-12-31' };
  const meetings = options.eventId ? meetingRows(db, everPeriod, options.eventId) : meetingRows(db, options);
  const participants = participantRows(db, options, options.eventId);
  const pColumns = publicColumns(participantColumns, options.pseudonymised);
  const mColumns = publicColumns(meetingColumns, options.pseudonymised);
  const refs = { p: sheetRef('Deelnemers', pColumns, participants.length), m: sheetRef('Gesprekken', mColumns, meetings.length) };
  const rows = { p: participants, m: meetings };
  const held = meetings.filter((m) => m.status === 'gehouden').length;
  const result = {
    events: events.length,
    participants: participants.filter((p) => p.status === 'ingeschreven').length,
    meetingsRequested: meetings.length,
    meetingsHeld: held,
    meetingsCollaborationPossible: meetings.filter((m) => m.rating === 'samenwerking_mogelijk').length,
  };
  const empty = events.length === 0;
  await writeWorkbookAtomically(target, async (workbook) => {
    workbook.created = ctx.now();
    writeCover(workbook, {
      title: 'Eventrapport Blikopener',
      subtitle: options.eventId && events[0] ? `Matchmakingevenement ${events[0].name}` : 'Matchmakingevenementen in de periode.',
      period: options,
      generatedAt: ctx.now(),
      dataAsOf: dataAsOf(db),
      actor: ctx.actor,
      pseudonymised: options.pseudonymised,
      empty,
      contents: [
        ['Per evenement', 'Inschrijvingen, gesprekken, beoordelingen en opvolging (formules)'],
        ['Deelnemers', 'De inschrijvingen'],
        ['Gesprekken', 'De gevraagde gesprekken met hun status, beoordeling en opvolging'],
      ],
    });
    writeSummarySheet(
      workbook,
      'Per evenement',
      'Per evenement',
      periodText(options),
      [
        { header: 'ID', width: 6, kind: 'int', cell: (e) => e.id },
        { header: 'Evenement', width: 34, kind: 'text', cell: (e) => e.name },
        { header: 'Datum', width: 12, kind: 'date', cell: (e) => e.date },
        { header: 'Status', width: 12, kind: 'text', cell: (e) => label(e.status) },
        ...figures.map((f) => figureColumn(f, refs, rows)),
      ],
      events,
    );
    await writeDataSheet(workbook, 'Deelnemers', pColumns, [participants]);
    await writeDataSheet(workbook, 'Gesprekken', mColumns, [meetings]);
  });
  return { figures: result, empty };
}
