import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildReportFile } from '../../../electron/services/reports/runs';
import { fixedClock, tempDir, testContext, type TestContext } from '../../helpers/db';
import { allStrings, checkFormulasRecalculate, readWorkbook } from './check';
import { q2 } from './expected';
import { hasSoffice } from './libreoffice';
import { seedReportWorld } from './seed';

const soffice = hasSoffice();

/** The row (1-based) on a summary sheet whose column A holds `id`. */
function rowOf(workbook: Awaited<ReturnType<typeof readWorkbook>>, sheet: string, id: number): number {
  let found = -1;
  workbook.getWorksheet(sheet)!.eachRow((row, n) => {
    if (n > 4 && row.getCell(1).value === id) found = n;
  });
  return found;
}

describe('network and event reports', () => {
  let ctx: TestContext;
  let out: string;
  let world: ReturnType<typeof seedReportWorld>;
  beforeEach(() => {
    ctx = testContext({ now: fixedClock().now });
    world = seedReportWorld(ctx);
    out = tempDir('reports-out-');
  });
  afterEach(() => {
    ctx.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it.runIf(soffice)('network: per hogeschool the referral and traject figures LibreOffice recalculates match SQL', async () => {
    const file = path.join(out, 'netwerk.xlsx');
    const { run } = await buildReportFile(ctx, { kind: 'network', ...q2, pseudonymised: false }, file);
    const { recalc, values } = await checkFormulasRecalculate(file);
    const db = ctx.sqlite();
    const inSent = `r.sent_at >= '2026-03-31T22:00:00.000Z' AND r.sent_at < '2026-06-30T22:00:00.000Z'`;
    for (const collegeId of [1, 2]) {
      const row = rowOf(recalc, 'Per hogeschool', collegeId);
      const sent = db
        .prepare(
          `SELECT count(*) FROM referrals r LEFT JOIN expertise_groups g ON g.id = r.expertise_group_id WHERE ${inSent} AND coalesce(r.college_id, g.college_id) = ?`,
        )
        .pluck()
        .get(collegeId);
      const trajects = db
        .prepare(
          `SELECT count(*) FROM trajects t JOIN traject_colleges tc ON tc.traject_id = t.id WHERE tc.college_id = ? AND t.start_date BETWEEN '2026-04-01' AND '2026-06-30'`,
        )
        .pluck()
        .get(collegeId);
      expect(values.get(`Per hogeschool!C${row}`), `college ${collegeId} sent`).toBe(sent);
      expect(values.get(`Per hogeschool!I${row}`), `college ${collegeId} trajects`).toBe(trajects);
    }
    const first = rowOf(recalc, 'Per hogeschool', 1);
    expect(values.get(`Per hogeschool!D${first}`)).toBe(1);
    expect(values.get(`Per hogeschool!J${first}`)).toBe(4);
    expect(run.figures).toMatchObject({ referralsSent: 4, referralsAccepted: 2, referralsDeclined: 1, trajectsStarted: 2 });
    expect(rowOf(recalc, 'Per expertisegroep', 1)).toBeGreaterThan(4);
  });

  it.runIf(soffice)('event: per event the meeting and rating figures LibreOffice recalculates match SQL', async () => {
    const file = path.join(out, 'event.xlsx');
    await buildReportFile(ctx, { kind: 'event', ...q2, pseudonymised: true }, file);
    const { recalc, values } = await checkFormulasRecalculate(file);
    const db = ctx.sqlite();
    for (const eventId of [world.events.e1, world.events.e2]) {
      const row = rowOf(recalc, 'Per evenement', eventId);
      const count = (where: string) =>
        db.prepare(`SELECT count(*) FROM event_meetings WHERE event_id = ? AND ${where}`).pluck().get(eventId);
      const side = (s: string) =>
        db
          .prepare(`SELECT count(*) FROM event_participants WHERE event_id = ? AND side = ? AND status = 'ingeschreven'`)
          .pluck()
          .get(eventId, s);
      expect(values.get(`Per evenement!E${row}`)).toBe(side('onderneming'));
      expect(values.get(`Per evenement!F${row}`)).toBe(side('academicus'));
      expect(values.get(`Per evenement!G${row}`)).toBe(count('1 = 1'));
      expect(values.get(`Per evenement!J${row}`)).toBe(count(`status = 'gehouden'`));
      expect(values.get(`Per evenement!K${row}`)).toBe(count(`status = 'niet_opgedaagd'`));
      expect(values.get(`Per evenement!M${row}`)).toBe(count(`rating = 'samenwerking_mogelijk'`));
    }
    // Pseudonymised: no participant names.
    expect(allStrings(recalc)).not.toContain('Prof. X');
  });

  it('event: one chosen event is reported whatever the period, a missing one is a field error', async () => {
    const file = path.join(out, 'een.xlsx');
    const { run, empty } = await buildReportFile(
      ctx,
      { kind: 'event', from: '2020-01-01', to: '2020-12-31', eventId: world.events.e1, pseudonymised: false },
      file,
    );
    expect(empty).toBe(false);
    expect(run.figures).toMatchObject({ events: 1, meetingsRequested: 3, meetingsHeld: 2, meetingsCollaborationPossible: 1 });
    expect(run.eventName).toBe('=Matchmaking Zorg');
    const strings = allStrings(await readWorkbook(file));
    expect(strings).toContain('=Matchmaking Zorg');
    await expect(buildReportFile(ctx, { kind: 'event', ...q2, eventId: 999, pseudonymised: false }, file)).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: 'eventId' }] },
    });
  });
});
