import fs from 'node:fs';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachments, auditLog, intakes, timelineEntries, trajects } from '../../../db/schema';
import { dossierWorld, insertOrganisation, type DossierWorld } from './fixtures';

let w: DossierWorld;
let organisationId: number;
beforeEach(() => {
  w = dossierWorld();
  organisationId = insertOrganisation(w.ctx, { name: 'Maatwerkbedrijf Noord' });
});
afterEach(() => w.ctx.cleanup());

async function newNeed(title = 'Logistiek 4.0', orgId = organisationId): Promise<number> {
  return (await w.ok('needs.create', { organisationId: orgId, title })).id;
}

describe('intake and traject move the need', () => {
  it('plan -> intake gepland, record -> intake gehouden, traject -> in traject; each on the timeline', async () => {
    const id = await newNeed();
    await w.ok('intakes.plan', { needId: id, date: '2026-12-03', participants: 'Sofie, An' });
    expect((await w.ok('needs.get', { id })).status).toBe('intake_gepland');
    const [planned] = await w.ok('intakes.list', { needId: id });
    await w.ok('intakes.record', {
      needId: id,
      intakeId: planned?.id,
      date: '2026-12-03',
      participants: 'Sofie, An, docent HOGENT',
      needSummary: 'Magazijn digitaliseren',
      planning: 'Start februari',
      budget: '5 000 euro',
      collaborationForms: ['studentenproject', 'dienstverlening'],
      projectShape: 'Bachelorproef met opvolging',
      decision: 'Studentenproject',
      nextSteps: 'Contact met opleiding',
    });
    expect((await w.ok('needs.get', { id })).status).toBe('intake_gehouden');
    const rows = await w.ok('intakes.list', { needId: id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ held: true, collaborationForms: ['studentenproject', 'dienstverlening'] });

    const bad = await w.router.call('trajects.create', {
      needId: id,
      title: 'Magazijn',
      type: 'studentenproject',
      startDate: '2027-03-01',
      endDate: '2027-02-01',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.details?.issues?.[0]?.path).toBe('endDate');
    expect(w.ctx.db().select({ n: count() }).from(trajects).get()?.n).toBe(0);

    const traject = await w.ok('trajects.create', {
      needId: id,
      title: 'Magazijn',
      type: 'studentenproject',
      studentsInvolved: 3,
      fundingSource: 'VLAIO',
      fundingAmountCents: '12.500,50',
      startDate: '2027-02-01',
      endDate: '2027-06-30',
      collegeIds: [1, 2],
    });
    const need = await w.ok('needs.get', { id });
    expect(need).toMatchObject({ status: 'in_traject', trajectId: traject.id, trajectTitle: 'Magazijn' });
    const detail = await w.ok('trajects.get', { id: traject.id });
    expect(detail.fundingAmountCents).toBe(1_250_050);
    expect(detail.colleges).toHaveLength(2);
    const kinds = (await w.ok('timeline.list', { needId: id })).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['intake', 'status', 'traject']));
  });

  it('an intake recorded without a plan passes through "intake gepland"', async () => {
    const id = await newNeed();
    await w.ok('intakes.record', { needId: id, date: '2026-11-20' });
    expect((await w.ok('needs.get', { id })).status).toBe('intake_gehouden');
    const statusEntries = w.ctx.db().select().from(timelineEntries).where(eq(timelineEntries.kind, 'status')).all();
    expect(statusEntries.map((e) => (e.data as { to: string }).to)).toEqual(['intake_gepland', 'intake_gehouden']);
  });

  it('a collective traject groups needs of two organisations; a new need can be born in it', async () => {
    const other = insertOrganisation(w.ctx, { name: 'Zorgcentrum Zuid' });
    const a = await newNeed('Blended hulpverlening');
    const b = await newNeed('Blended hulpverlening', other);
    const collective = await w.ok('trajects.create', { title: 'Collectief blended', type: 'collectief_traject' });

    const early = await w.router.call('trajects.addNeed', { trajectId: collective.id, needId: a });
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.error.message).toMatch(/nieuw.*in traject/);

    for (const id of [a, b]) await w.ok('intakes.record', { needId: id, date: '2026-11-25' });
    await w.ok('trajects.addNeed', { trajectId: collective.id, needId: a });
    const detail = await w.ok('trajects.addNeed', { trajectId: collective.id, needId: b });
    expect(detail.needs.map((n) => n.organisationName).sort()).toEqual(['Maatwerkbedrijf Noord', 'Zorgcentrum Zuid']);
    const born = await w.ok('needs.create', { title: 'Gedeelde vraag van de sector', trajectId: collective.id });
    expect((await w.ok('needs.get', { id: born.id })).status).toBe('in_traject');

    const list = await w.ok('trajects.list', {});
    expect(list.rows[0]).toMatchObject({ needCount: 3, organisationCount: 2, type: 'collectief_traject' });

    const afterRemove = await w.ok('trajects.removeNeed', { trajectId: collective.id, needId: a });
    expect(afterRemove.needs).toHaveLength(2);
    expect((await w.ok('needs.get', { id: a })).trajectId).toBeNull();
    const orphan = await w.router.call('trajects.removeNeed', { trajectId: collective.id, needId: born.id });
    expect(orphan.ok).toBe(false);
  });
});

describe('tasks', () => {
  it('lists overdue tasks by the Brussels calendar date and completes / reopens them', async () => {
    const id = await newNeed();
    // 26/11 23:30 in Brussels is still 26/11 22:30 UTC.
    w.clock.set('2026-11-26T22:30:00.000Z');
    const late = await w.ok('tasks.add', { needId: id, title: 'Offerte opvragen', dueDate: '2026-11-20' });
    await w.ok('tasks.add', { needId: id, title: 'Vandaag bellen', dueDate: '2026-11-26' });
    expect((await w.ok('tasks.overdue', undefined)).map((t) => t.title)).toEqual(['Offerte opvragen']);
    // 23:30 UTC is already 27/11 in Brussels: the task due on the 26th is now overdue.
    w.clock.set('2026-11-26T23:30:00.000Z');
    const overdue = await w.ok('tasks.overdue', {});
    expect(overdue).toEqual([
      {
        id: late.id,
        title: 'Offerte opvragen',
        dueDate: '2026-11-20',
        needId: id,
        needTitle: 'Logistiek 4.0',
        organisationName: 'Maatwerkbedrijf Noord',
        daysOverdue: 7,
      },
      expect.objectContaining({ title: 'Vandaag bellen', daysOverdue: 1 }),
    ]);
    const done = await w.ok('tasks.complete', { id: late.id });
    expect(done.doneAt).not.toBeNull();
    expect((await w.ok('tasks.overdue', {})).map((t) => t.title)).toEqual(['Vandaag bellen']);
    await w.ok('tasks.reopen', { id: late.id });
    expect(await w.ok('tasks.overdue', {})).toHaveLength(2);
    const listed = await w.ok('tasks.list', { needId: id });
    expect(listed.every((t) => t.overdue)).toBe(true);
    expect((await w.ok('needs.list', { filters: { organisationId } })).rows[0]?.openTaskCount).toBe(2);
  });
});

describe('timeline', () => {
  it('keeps confidential text in the dossier but never in the audit history', async () => {
    const id = await newNeed();
    const secret = 'Directeur overweegt ontslag wegens burn-out';
    await w.ok('timeline.add', {
      needId: id,
      kind: 'telefoon',
      summary: 'Gesprek met directie',
      body: secret,
      confidential: true,
    });
    await w.ok('timeline.add', {
      needId: id,
      kind: 'notitie',
      summary: 'Open notitie',
      body: 'Mag iedereen lezen',
      at: '2026-11-20',
    });
    const entries = await w.ok('timeline.list', { needId: id });
    expect(entries[0]).toMatchObject({ kind: 'telefoon', body: secret, confidential: true });
    expect(entries.at(-1)).toMatchObject({ kind: 'notitie', at: '2026-11-20T12:00:00.000Z' });
    const audit = JSON.stringify(w.ctx.db().select().from(auditLog).all());
    expect(audit).not.toContain('burn-out');
    expect(audit).not.toContain('Gesprek met directie');
    expect(audit).toContain('Mag iedereen lezen');

    const bad = await w.router.call('timeline.add', { needId: id, kind: 'status', summary: 'x' });
    expect(bad.ok).toBe(false);
  });
});

describe('attachments', () => {
  it('stores content once by hash, round-trips the bytes, and removes softly', async () => {
    const id = await newNeed();
    const bytes = Buffer.from('%PDF-1.4 offerte\n\u00e9\u0000\u00ff', 'latin1');
    const a = await w.ok('attachments.add', { needId: id, fileName: 'offerte.pdf', contentBase64: bytes.toString('base64') });
    const b = await w.ok('attachments.add', { needId: id, fileName: 'kopie.pdf', contentBase64: bytes.toString('base64') });
    expect(a.mimeType).toBe('application/pdf');
    expect(a.sizeBytes).toBe(bytes.length);
    const shas = w.ctx.db().select({ sha: attachments.sha256 }).from(attachments).all();
    expect(new Set(shas.map((s) => s.sha)).size).toBe(1);
    const sha = shas[0]?.sha ?? '';
    const dir = path.join(w.ctx.paths.dataDir, 'attachments', sha.slice(0, 2));
    expect(fs.readdirSync(dir)).toEqual([sha]);

    const read = await w.ok('attachments.read', { id: b.id });
    expect(Buffer.from(read.contentBase64, 'base64').equals(bytes)).toBe(true);
    expect(read.fileName).toBe('kopie.pdf');

    await w.ok('attachments.remove', { id: a.id });
    expect((await w.ok('attachments.list', { needId: id })).map((x) => x.fileName)).toEqual(['kopie.pdf']);
    expect(fs.existsSync(path.join(dir, sha))).toBe(true);
    expect((await w.router.call('attachments.read', { id: a.id })).ok).toBe(false);
  });

  it('refuses empty, unreadable and too large files with nothing written', async () => {
    const id = await newNeed();
    const attempts = [
      { fileName: 'leeg.txt', contentBase64: '' },
      { fileName: 'kapot.bin', contentBase64: 'niet$base64!' },
      { fileName: 'groot.zip', contentBase64: Buffer.alloc(25 * 1024 * 1024 + 1).toString('base64') },
    ];
    for (const attempt of attempts) {
      const res = await w.router.call('attachments.add', { needId: id, ...attempt });
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error.details?.issues?.[0]?.message).toMatch(/leeg|gelezen|25 MB/);
    }
    expect(w.ctx.db().select({ n: count() }).from(attachments).get()?.n).toBe(0);
    expect(fs.existsSync(path.join(w.ctx.paths.dataDir, 'attachments'))).toBe(false);
    expect(w.ctx.db().select({ n: count() }).from(intakes).get()?.n).toBe(0);
  });
});
