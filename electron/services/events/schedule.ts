import { desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { eventMeetings, eventScheduleRuns } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import type { ScheduleOutcome, ScheduleSummary } from '../../api/contract/event/schedule';
import { recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { assignTables, runScheduleInWorker, type ScheduleProgress, type ScheduleResult } from '../scheduling';
import { lastPrint } from './agenda';
import { loadLayout } from './layout';
import { buildProblem, meetingFingerprint, type EventProblem } from './schedule-problem';

type RunInput = ParsedInputOf<'events.schedule'>;

/** An independent check of what the solver returned, so a wrong answer is never stored. */
function verify(ep: EventProblem, slotOf: (number | null)[], tables: (number | null)[]): void {
  const seen = new Set<string>();
  const fail = (why: string) =>
    new AppError('INTERNAL', `De planner gaf een ongeldige planning terug (${why}); er is niets opgeslagen.`);
  ep.problem.meetings.forEach((m, i) => {
    const slot = slotOf[i];
    if (ep.fixed[i] && slot !== ep.rows[i]?.slotIndex) throw fail('een vastgezet gesprek is verplaatst');
    if (slot === null || slot === undefined) return;
    const table = tables[i];
    if (table === null || table === undefined || table < 0 || table >= ep.problem.tables) throw fail('tafel ontbreekt');
    for (const key of [`t${slot}:${table}`, `p${slot}:${m.a}`, `p${slot}:${m.b}`]) {
      if (seen.has(key)) throw fail('dubbele boeking');
      seen.add(key);
    }
    if (!ep.fixed[i] && (ep.problem.forbidden[m.a]?.includes(slot) || ep.problem.forbidden[m.b]?.includes(slot)))
      throw fail('deelnemer niet beschikbaar');
  });
}

function store(
  ctx: AppContext,
  tx: Tx,
  input: RunInput,
  ep: EventProblem,
  result: ScheduleResult,
  startedAt: string,
): ScheduleOutcome {
  if (meetingFingerprint(tx, input.eventId) !== ep.fingerprint) {
    throw new AppError(
      'CONFLICT',
      'De gesprekken zijn gewijzigd terwijl de planner liep. Er is niets opgeslagen; plan opnieuw in.',
    );
  }
  const infeasible = result.status === 'infeasible';
  const at = ctx.now().toISOString();
  let moved = 0;
  if (!infeasible) {
    const tables = assignTables(ep.problem, result.slotOf, ep.lockedTables);
    verify(ep, result.slotOf, tables);
    ep.rows.forEach((row, i) => {
      if (ep.fixed[i]) return;
      const slot = result.slotOf[i] ?? null;
      const table = slot === null ? null : (tables[i] ?? 0) + 1;
      if (row.slotIndex === slot && row.tableNumber === table && row.status === (slot === null ? 'aanvaard' : 'ingepland'))
        return;
      moved += 1;
      tx.update(eventMeetings)
        .set({ status: slot === null ? 'aanvaard' : 'ingepland', slotIndex: slot, tableNumber: table, updatedAt: at })
        .where(eq(eventMeetings.id, row.id))
        .run();
    });
  }
  const placed = infeasible ? ep.fixed.filter(Boolean).length : result.placed;
  const outcome = {
    status: result.status,
    requested: ep.rows.length,
    placed,
    upperBound: result.upperBound,
    breaks: result.breaks,
    seconds: Math.round(result.seconds),
    reasons: result.reasons,
  };
  const run = tx
    .insert(eventScheduleRuns)
    .values({
      eventId: input.eventId,
      mode: input.mode,
      ...outcome,
      message: result.reasons.join('\n'),
      startedAt,
      actor: ctx.actor,
    })
    .returning({ id: eventScheduleRuns.id })
    .get();
  recordAudit(tx, ctx.actor, at, {
    entity: 'event',
    entityId: input.eventId,
    action: 'schedule',
    changes: {
      mode: { from: null, to: input.mode },
      placed: { from: null, to: placed },
      upperBound: { from: null, to: result.upperBound },
      changedMeetings: { from: null, to: moved },
    },
  });
  return { runId: run.id, ...outcome };
}

/**
 * "Alles inplannen" (locked meetings stay) or "De rest inplannen" (everything placed stays):
 * the solver runs in a worker; its result is stored in one transaction or not at all.
 */
export async function runSchedule(
  ctx: AppContext,
  input: RunInput,
  onProgress?: (p: ScheduleProgress) => void,
): Promise<ScheduleOutcome> {
  const startedAt = ctx.now().toISOString();
  const ep = buildProblem(ctx.db(), input.eventId, input.mode);
  if (ep.problem.slots === 0)
    throw new AppError('CONFLICT', 'Dit evenement heeft geen gespreksslots. Voeg eerst een sessie toe.');
  if (ep.rows.length === 0) throw new AppError('CONFLICT', 'Er zijn geen aanvaarde gesprekken om in te plannen.');
  const result = await runScheduleInWorker(ep.problem, {
    timeLimitMs: input.timeLimitSeconds * 1000,
    ...(onProgress ? { onProgress } : {}),
  });
  return ctx.db().transaction((tx) => store(ctx, tx, input, ep, result, startedAt));
}

export function scheduleSummary(ctx: AppContext, eventId: number): ScheduleSummary {
  const db = ctx.db();
  loadLayout(db, eventId);
  const meetings = db
    .select({
      id: eventMeetings.id,
      status: eventMeetings.status,
      locked: eventMeetings.locked,
      requesterId: eventMeetings.requesterId,
      targetId: eventMeetings.targetId,
    })
    .from(eventMeetings)
    .where(eq(eventMeetings.eventId, eventId))
    .all();
  const last = db
    .select()
    .from(eventScheduleRuns)
    .where(eq(eventScheduleRuns.eventId, eventId))
    .orderBy(desc(eventScheduleRuns.id))
    .limit(1)
    .get();
  return {
    accepted: meetings.filter((m) => m.status === 'aanvaard' || m.status === 'ingepland').length,
    scheduled: meetings.filter((m) => m.status === 'ingepland').length,
    locked: meetings.filter((m) => m.locked && m.status === 'ingepland').length,
    lastRun: last
      ? {
          runId: last.id,
          status: last.status,
          mode: last.mode,
          requested: last.requested,
          placed: last.placed,
          upperBound: last.upperBound,
          breaks: last.breaks,
          seconds: last.seconds,
          reasons: last.message === '' ? [] : last.message.split('\n'),
          startedAt: last.startedAt,
          actor: last.actor,
        }
      : null,
    printed: printedExposure(db, eventId, meetings),
  };
}

type SummaryMeeting = { id: number; status: string; locked: boolean; requesterId: number; targetId: number };

/** What a full re-run could move of the agendas that went out: placed, printed, not locked. */
function printedExposure(db: Db, eventId: number, meetings: SummaryMeeting[]): ScheduleSummary['printed'] {
  const print = lastPrint(db, eventId);
  if (!print) return null;
  const movable = meetings.filter((m) => m.status === 'ingepland' && !m.locked && print.snapshot[String(m.id)]);
  const people = new Set(movable.flatMap((m) => [m.requesterId, m.targetId]));
  return { printedAt: print.printedAt, movable: movable.length, people: people.size };
}
