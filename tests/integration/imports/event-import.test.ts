import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { colleges, eventMeetings, eventParticipants, events, eventSessions, importBatches, importRows } from '../../../db/schema';
import { createRouter } from '../../../electron/api/router';
import type { ImportCommitResult, PlanResult } from '../../../electron/api/contract';
import { commitImport, planImport, undoImport } from '../../../electron/services/imports/commit';
import { fixedClock, testContext, type TestContext } from '../../helpers/db';
import { fixtureBytes } from './commit-helpers';

const FILE = 'event-registrations.xlsx';
const base64 = () => Buffer.from(fixtureBytes(FILE)).toString('base64');

async function ok<T>(method: string, input: unknown): Promise<T> {
  const response = await createRouter(ctx).call(method, input);
  if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
  return response.result as T;
}

async function fails(method: string, input: unknown) {
  const response = await createRouter(ctx).call(method, input);
  if (response.ok) throw new Error(`${method} should have failed`);
  return response.error;
}
let ctx: TestContext;
let clock: ReturnType<typeof fixedClock>;
let eventId: number;

beforeEach(() => {
  clock = fixedClock();
  ctx = testContext({ now: clock.now });
  const at = clock.now().toISOString();
  eventId = ctx
    .db()
    .insert(events)
    .values({ name: 'Matchmaking Digitalisering', date: '2026-12-10', createdAt: at, updatedAt: at })
    .returning({ id: events.id })
    .get().id;
  ctx
    .db()
    .insert(eventSessions)
    .values([
      { eventId, name: 'Voormiddag', start: '09:00', end: '12:00' },
      { eventId, name: 'Namiddag', start: '13:30', end: '16:00' },
    ])
    .run();
});
afterEach(() => ctx.cleanup());

async function importEvent(options: { allowReimport?: boolean } = {}) {
  clock.advance(60_000);
  const plan = await planImport(ctx, { bytes: fixtureBytes(FILE), fileName: FILE, eventId, skipInvalid: true, ...options });
  return { plan, result: commitImport(ctx, plan) };
}

const participants = () => ctx.db().select().from(eventParticipants).where(eq(eventParticipants.eventId, eventId)).all();
const meetings = () => ctx.db().select().from(eventMeetings).where(eq(eventMeetings.eventId, eventId)).all();
const collegeId = (shortName: string) =>
  ctx.db().select({ id: colleges.id }).from(colleges).where(eq(colleges.shortName, shortName)).get()?.id;

describe('an event as the import target', () => {
  it('registers enterprises and academics once each, links them, and turns wishes into requests', async () => {
    const { plan, result } = await importEvent();
    expect(plan.event?.name).toBe('Matchmaking Digitalisering');
    // 6 enterprise rows, of which one repeats the same person: 5 enterprise registrations + 3 academics.
    expect(result.participants.created).toBe(8);
    const all = participants();
    expect(all).toHaveLength(8);
    const enterprises = all.filter((p) => p.side === 'onderneming');
    const academics = all.filter((p) => p.side === 'academicus');
    expect(enterprises).toHaveLength(5);
    expect(academics).toHaveLength(3);
    for (const p of enterprises) expect(p.organisationId).not.toBeNull();
    for (const p of academics) {
      expect(p.expertId).not.toBeNull();
      expect(p.collegeId).not.toBeNull();
    }
    // No consent: the organisation registers, the person does not.
    const werkplaats = enterprises.find((p) => p.displayName.startsWith('Werkplaats Mechelen'));
    expect(werkplaats?.contactId).toBeNull();
    const els = enterprises.find((p) => p.displayName.includes('Els De Smet'));
    expect(els?.contactId).not.toBeNull();
    expect(els?.needId).not.toBeNull();
    expect(els?.importBatchId).toBe(result.batchId);
    // Availability: "voormiddag" is the morning session only; "beide" is the whole event (null).
    expect(enterprises.find((p) => p.displayName.includes('Lien'))?.availability).toEqual([{ start: '09:00', end: '12:00' }]);
    expect(els?.availability).toBeNull();
    // Wishes: Els -> HOGENT + UCLL, Jan -> HOGENT, Lien -> PXL, Werkplaats -> UCLL; Atelier's wish
    // (Howest, Thomas More) has no academics yet and is kept as a note.
    const list = meetings();
    expect(list).toHaveLength(5);
    expect(result.meetings.created).toBe(5);
    for (const m of list) {
      expect(m.status).toBe('gevraagd');
      expect(m.source).toBe('import');
    }
    const byId = new Map(all.map((p) => [p.id, p]));
    const pairs = list.map((m) => `${byId.get(m.requesterId)?.displayName} -> ${byId.get(m.targetId)?.collegeId}`).sort();
    expect(pairs).toContain(`Kringloop Gent vzw (Els De Smet) -> ${collegeId('HOGENT')}`);
    expect(pairs).toContain(`Kringloop Gent vzw (Els De Smet) -> ${collegeId('UCLL')}`);
    expect(pairs).toContain(`Werkplaats Mechelen vzw -> ${collegeId('UCLL')}`);
    const atelier = enterprises.find((p) => p.displayName.startsWith('Atelier Brugge'));
    expect(atelier?.notes).toContain('Howest, Thomas More');
    expect(plan.summary.wishesKept).toBe(1);
    // Provenance and the batch's event.
    const batch = ctx.db().select().from(importBatches).where(eq(importBatches.id, result.batchId)).get();
    expect(batch?.eventId).toBe(eventId);
    const traced = ctx
      .db()
      .select()
      .from(importRows)
      .where(and(eq(importRows.batchId, result.batchId), eq(importRows.action, 'created')))
      .all();
    expect(traced.filter((r) => r.entity === 'event_participant')).toHaveLength(8);
    expect(traced.filter((r) => r.entity === 'event_meeting')).toHaveLength(5);
  });

  it('a second import of the same registrations matches everyone: no duplicates', async () => {
    await importEvent();
    const second = await importEvent({ allowReimport: true });
    expect(second.result.participants.created).toBe(0);
    expect(second.result.meetings.created).toBe(0);
    expect(second.plan.summary.participants.matched).toBe(8);
    expect(second.plan.summary.meetings.existing).toBe(5);
    expect(participants()).toHaveLength(8);
    expect(meetings()).toHaveLength(5);
  });

  it('undo removes the registrations and requests with the rest of the batch', async () => {
    const { result } = await importEvent();
    const undone = undoImport(ctx, result.batchId);
    expect(undone.deleted.event_participant).toBe(8);
    expect(undone.deleted.event_meeting).toBe(5);
    expect(undone.kept).toEqual([]);
    expect(participants()).toHaveLength(0);
    expect(meetings()).toHaveLength(0);
  });

  it('undo keeps a request the coordinator accepted since, and the registrations it joins', async () => {
    const { result } = await importEvent();
    const first = meetings()[0];
    if (!first) throw new Error('no meeting');
    ctx.db().update(eventMeetings).set({ status: 'aanvaard' }).where(eq(eventMeetings.id, first.id)).run();
    const undone = undoImport(ctx, result.batchId);
    expect(undone.deleted.event_meeting).toBe(4);
    expect(undone.kept.some((k) => k.entity === 'event_meeting' && k.entityId === first.id)).toBe(true);
    expect(
      participants()
        .map((p) => p.id)
        .sort(),
    ).toEqual([first.requesterId, first.targetId].sort());
  });

  it('without an event as target, no registration or request is planned', async () => {
    clock.advance(60_000);
    const plain = await planImport(ctx, { bytes: fixtureBytes(FILE), fileName: FILE, skipInvalid: true });
    expect(plain.event).toBeNull();
    expect(plain.rows.every((r) => r.participant === null && r.meetings.length === 0)).toBe(true);
  });

  it('refuses an unknown event with a Dutch message and writes nothing', async () => {
    const upload = await ok<{ sessionId: string }>('imports.upload', { fileName: FILE, contentBase64: base64() });
    expect(await fails('imports.plan', { sessionId: upload.sessionId, eventId: 9999 })).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('Event 9999 bestaat niet'),
    });
    expect(await fails('imports.commit', { sessionId: upload.sessionId, eventId: -1 })).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: 'eventId', message: 'Kies een geldig event.' }] },
    });
    expect(await fails('imports.commit', { sessionId: upload.sessionId, eventId: 9999, skipInvalid: true })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(participants()).toHaveLength(0);
    expect(ctx.db().select().from(importBatches).all()).toHaveLength(0);
  });

  it('through the router: plan pages show registrations and requests, progress is reported', async () => {
    const upload = await ok<{ sessionId: string }>('imports.upload', {
      fileName: FILE,
      contentBase64: base64(),
      taskId: 'upload-task-1',
    });
    expect(await ok('tasks.progress', { taskId: 'upload-task-1' })).toMatchObject({ phase: 'read', done: 100, finished: true });
    const plan = await ok<PlanResult>('imports.plan', { sessionId: upload.sessionId, eventId, taskId: 'plan-task-1' });
    expect(plan.event?.id).toBe(eventId);
    expect(plan.summary.participants.created).toBe(8);
    expect(plan.summary.meetings.created).toBe(5);
    expect(plan.page.rows[0]?.participant?.action).toBe('create');
    expect(plan.page.rows[0]?.meetings).toHaveLength(2);
    expect(await ok('tasks.progress', { taskId: 'plan-task-1' })).toMatchObject({ phase: 'match', finished: true });
    expect(await ok('tasks.progress', { taskId: 'never-started' })).toBeNull();
    const committed = await ok<ImportCommitResult>('imports.commit', {
      sessionId: upload.sessionId,
      skipInvalid: true,
      taskId: 'commit-task-1',
    });
    // The event of the last plan counts when the commit does not name one.
    expect(committed.participants.created).toBe(8);
    expect(await ok('tasks.progress', { taskId: 'commit-task-1' })).toMatchObject({ phase: 'commit', finished: true });
    expect(await fails('tasks.progress', { taskId: 'bad id!' })).toMatchObject({ code: 'VALIDATION' });
    const options = await ok<{ id: number; name: string }[]>('imports.events', {});
    expect(options).toEqual([expect.objectContaining({ id: eventId, name: 'Matchmaking Digitalisering' })]);
  });
});
