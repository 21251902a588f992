import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, eventAgendaPrints, eventMeetings } from '../../../db/schema';
import { eventWorld, type EventWorld } from './world';

let w: EventWorld;
beforeEach(() => {
  w = eventWorld();
});
afterEach(() => w.ctx.cleanup());

function setup() {
  const e1 = w.enterprise('Kringwinkel Gent', true).participantId;
  const e2 = w.participant('onderneming', '=HYPERLINK("http://x")');
  const a1 = w.participant('academicus', 'Prof. Peeters');
  const a2 = w.participant('academicus', 'Dr. Janssens');
  const m1 = w.meeting(e1, a1, { slot: 0, table: 1 });
  const m2 = w.meeting(a2, e1, { slot: 2, table: 3 });
  const m3 = w.meeting(e2, a1, { slot: 1, table: 1 });
  return { e1, e2, a1, a2, m1, m2, m3 };
}

describe('agendas', () => {
  it('gives per participant and per table the meetings with their times', async () => {
    const { e1, a1, m1, m2, m3 } = setup();
    w.meeting(w.participant('onderneming', 'Nog niet ingepland'), a1, { status: 'aanvaard', slot: null, table: null });
    const view = await w.ok('eventDay.agenda', { eventId: w.eventId });
    expect(view).toMatchObject({ eventName: 'Matchmaking Digitaal Gent', date: '2026-12-10', lastPrint: null });
    expect(view.slots.map((s) => s.start)).toEqual(['09:00', '09:15', '09:30', '09:45']);
    const kringwinkel = view.participants.find((p) => p.id === e1);
    expect(kringwinkel?.meetings.map((m) => [m.meetingId, m.start, m.end, m.tableNumber, m.otherName])).toEqual([
      [m1, '09:00', '09:12', 1, 'Prof. Peeters'],
      [m2, '09:30', '09:42', 3, 'Dr. Janssens'],
    ]);
    expect(view.participants.find((p) => p.id === a1)?.meetings.map((m) => m.meetingId)).toEqual([m1, m3]);
    expect(view.tables.map((t) => [t.tableNumber, t.meetings.map((m) => m.meetingId)])).toEqual([
      [1, [m1, m3]],
      [3, [m2]],
    ]);
    expect(view.tables[1]?.meetings[0]).toMatchObject({ enterpriseName: 'Kringwinkel Gent', academicName: 'Dr. Janssens' });
  });

  it('writes an xlsx with Brussels times as dd/mm/yyyy hh:mm and formula-like names as text', async () => {
    setup();
    const file = await w.ok('eventDay.agendaXlsx', { eventId: w.eventId });
    expect(file.fileName).toBe('agendas-Matchmaking-Digitaal-Gent-2026-12-10.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Agenda's per deelnemer", 'Per tafel']);
    const sheet = workbook.getWorksheet("Agenda's per deelnemer");
    const values = (n: number) => (sheet?.getRow(n).values as unknown[]).slice(1);
    let title = 0;
    sheet?.eachRow((row, n) => {
      if (row.getCell(1).value === 'Kringwinkel Gent') title = n;
    });
    expect(values(title + 1)).toEqual(['Onderneming · Matchmaking Digitaal Gent']);
    expect(values(title + 2)).toEqual(['Begin', 'Einde', 'Tafel', 'Gesprek met', 'Status']);
    const first = values(title + 3);
    expect(first.slice(1)).toEqual(['09:12', 1, 'Prof. Peeters', 'ingepland']);
    // 09:00 on the agenda is 09:00 in Excel: the wall-clock time, shown with a Belgian date format.
    expect((first[0] as Date).toISOString()).toBe('2026-12-10T09:00:00.000Z');
    expect(sheet?.getRow(title + 3).getCell(1).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(values(title + 4).slice(1)).toEqual(['09:42', 3, 'Dr. Janssens', 'ingepland']);
    // The formula-like name stays a plain string, never a formula.
    let formulaCell: ExcelJS.Cell | undefined;
    sheet?.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === '=HYPERLINK("http://x")') formulaCell = cell;
      }),
    );
    expect(formulaCell?.type).toBe(ExcelJS.ValueType.String);
    const tables = workbook.getWorksheet('Per tafel');
    expect((tables?.getRow(1).values as unknown[]).slice(1)).toEqual(['Tafel', 'Begin', 'Einde', 'Onderneming', 'Academicus']);
    expect((tables?.getRow(2).values as unknown[]).slice(3)).toEqual(['09:12', 'Kringwinkel Gent', 'Prof. Peeters']);
    expect(tables?.rowCount).toBe(4);
  });

  it('records a print snapshot and lists moved, cancelled and added meetings since, with who to notify', async () => {
    const { e1, e2, a1, a2, m1, m2, m3 } = setup();
    const none = await w.ok('eventDay.changesSincePrint', { eventId: w.eventId });
    expect(none).toEqual({ printedAt: null, changes: [], notify: [] });
    const printed = await w.ok('eventDay.markPrinted', { eventId: w.eventId });
    const snapshot = w.ctx.db().select().from(eventAgendaPrints).where(eq(eventAgendaPrints.id, printed.id)).get();
    expect(snapshot?.snapshot).toEqual({ [m1]: [0, 1], [m2]: [2, 3], [m3]: [1, 1] });
    expect(w.ctx.db().select().from(auditLog).where(eq(auditLog.action, 'agenda_printed')).all()).toHaveLength(1);
    expect((await w.ok('eventDay.changesSincePrint', { eventId: w.eventId })).changes).toEqual([]);

    const db = w.ctx.db();
    db.update(eventMeetings).set({ slotIndex: 3, tableNumber: 2 }).where(eq(eventMeetings.id, m1)).run();
    db.update(eventMeetings)
      .set({ status: 'geannuleerd', slotIndex: null, tableNumber: null })
      .where(eq(eventMeetings.id, m3))
      .run();
    const added = w.meeting(e2, a2, { slot: 0, table: 2 });
    void m2;

    const result = await w.ok('eventDay.changesSincePrint', { eventId: w.eventId });
    expect(result.printedAt).toBe(printed.printedAt);
    expect(result.changes).toEqual([
      {
        meetingId: added,
        kind: 'toegevoegd',
        before: null,
        after: { slotIndex: 0, tableNumber: 2, start: '09:00' },
        requesterName: '=HYPERLINK("http://x")',
        targetName: 'Dr. Janssens',
      },
      {
        meetingId: m3,
        kind: 'geannuleerd',
        before: { slotIndex: 1, tableNumber: 1, start: '09:15' },
        after: null,
        requesterName: '=HYPERLINK("http://x")',
        targetName: 'Prof. Peeters',
      },
      {
        meetingId: m1,
        kind: 'verplaatst',
        before: { slotIndex: 0, tableNumber: 1, start: '09:00' },
        after: { slotIndex: 3, tableNumber: 2, start: '09:45' },
        requesterName: 'Kringwinkel Gent',
        targetName: 'Prof. Peeters',
      },
    ]);
    const notify = Object.fromEntries(result.notify.map((n) => [n.participantId, n.changes]));
    expect(notify).toEqual({ [e1]: 1, [e2]: 2, [a1]: 2, [a2]: 1 });

    // A new print starts a fresh comparison.
    w.clock.advance(60_000);
    await w.ok('eventDay.markPrinted', { eventId: w.eventId });
    expect((await w.ok('eventDay.changesSincePrint', { eventId: w.eventId })).changes).toEqual([]);
    expect((await w.ok('eventDay.agenda', { eventId: w.eventId })).lastPrint?.printedAt).toBe(w.ctx.now().toISOString());
  });
});
