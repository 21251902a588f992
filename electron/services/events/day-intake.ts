import { eq } from 'drizzle-orm';
import { eventMeetings, needs } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import { createNeedInput } from '../../api/contract/dossier/needs';
import type { IntakeFromMeeting } from '../../api/contract/event-day';
import { closedNeedStatuses } from '../../api/contract/dossier/lifecycle';
import { recordAudit } from '../audit';
import type { AppContext } from '../context';
import { createNeed } from '../dossiers/needs';
import { planIntake } from '../dossiers/intakes';
import { AppError } from '../errors';
import { addTimelineEntry } from '../timeline';
import { academicOf, enterpriseOf, requireMeeting } from './day-data';
import { requireEvent } from './day-slots';

const ratingLabel = {
  geen_interesse: 'geen interesse',
  informatief: 'informatief',
  samenwerking_mogelijk: 'samenwerking mogelijk',
} as const;

/**
 * "Intake aanmaken" from a meeting with interest: the enterprise's need (or a new one for its
 * organisation) gets a planned intake through the dossier services, the meeting points to it.
 * The dossier services open their own transactions; inside this one they become savepoints, so
 * the whole action still lands or fails as one.
 */
export function createIntakeFromMeeting(ctx: AppContext, input: ParsedInputOf<'eventDay.createIntake'>): IntakeFromMeeting {
  const now = ctx.now().toISOString();
  return ctx.db().transaction((tx) => {
    const row = requireMeeting(tx, input.meetingId);
    const { meeting } = row;
    if (meeting.intakeId !== null)
      throw new AppError('CONFLICT', 'Uit dit gesprek werd al een intake aangemaakt.', { intakeId: meeting.intakeId });
    if (meeting.status !== 'gehouden')
      throw new AppError('CONFLICT', 'Een intake volgt alleen op een gehouden gesprek.', { status: meeting.status });
    if (meeting.rating === null)
      throw new AppError('CONFLICT', 'Beoordeel het gesprek eerst: een intake volgt op een gesprek met interesse.');
    if (meeting.rating === 'geen_interesse')
      throw new AppError('CONFLICT', 'Dit gesprek werd beoordeeld als ‘geen interesse’; daar volgt geen intake op.');
    const enterprise = enterpriseOf(row);
    if (!enterprise || enterprise.organisationId === null) {
      throw new AppError(
        'VALIDATION',
        'Dit gesprek heeft geen onderneming met een gekende organisatie; een intake kan niet aangemaakt worden.',
      );
    }
    const event = requireEvent(tx, meeting.eventId);
    const academicName = academicOf(row)?.displayName ?? '';

    let needId = meeting.needId ?? enterprise.needId;
    if (needId !== null) {
      const need = tx.select({ status: needs.status }).from(needs).where(eq(needs.id, needId)).get();
      // A closed need is not reopened by a conversation: the interest becomes a new need.
      if (!need || closedNeedStatuses.includes(need.status)) needId = null;
    }
    const needCreated = needId === null;
    if (needId === null) {
      needId = createNeed(
        ctx,
        createNeedInput.parse({
          organisationId: enterprise.organisationId,
          contactId: enterprise.contactId,
          title: `Gesprek op ${event.name}${academicName ? ` met ${academicName}` : ''}`.slice(0, 200),
          question: meeting.ratingComment,
          source: 'event',
        }),
      ).id;
    }
    const intake = planIntake(ctx, {
      needId,
      date: input.date,
      participants: input.participants || [enterprise.displayName, academicName].filter(Boolean).join(', '),
    });

    tx.update(eventMeetings).set({ intakeId: intake.id, needId, updatedAt: now }).where(eq(eventMeetings.id, meeting.id)).run();
    recordAudit(tx, ctx.actor, now, {
      entity: 'event_meeting',
      entityId: meeting.id,
      action: 'intake',
      changes: { intakeId: { from: null, to: intake.id }, needId: { from: meeting.needId, to: needId } },
    });
    addTimelineEntry(tx, ctx.actor, now, {
      kind: 'vergadering',
      needId,
      organisationId: enterprise.organisationId,
      contactId: enterprise.contactId,
      summary: `Gesprek op matchmakingevent ${event.name}${academicName ? ` met ${academicName}` : ''}: ${ratingLabel[meeting.rating]}`,
      body: meeting.ratingComment,
      data: { eventId: event.id, meetingId: meeting.id, intakeId: intake.id },
    });
    return { intakeId: intake.id, needId, needCreated };
  });
}
