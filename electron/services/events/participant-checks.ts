import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { eventParticipants } from '../../../db/schema';
import type { FieldIssue } from '../../api/contract/errors';
import { AppError } from '../errors';
import type { Layout } from './layout';
import { slotsInWindows, toMinutes } from './slots';

type Window = { start: string; end: string };

export function invalid(issues: FieldIssue[]): AppError {
  return new AppError('VALIDATION', issues[0]?.message ?? 'Niet alle gegevens zijn geldig.', { issues });
}

/** Availability windows must be real windows and leave at least one slot of the event. */
export function checkAvailability(layout: Layout, windows: Window[] | null, issues: FieldIssue[]): void {
  if (windows === null) return;
  windows.forEach((w, i) => {
    if (toMinutes(w.end) <= toMinutes(w.start)) {
      issues.push({ path: `availability.${i}`, message: `Beschikbaarheid ${i + 1}: het einde ligt niet na het begin.` });
    }
  });
  if (issues.length === 0 && slotsInWindows(layout.slots, windows).size === 0) {
    const first = layout.slots[0];
    const last = layout.slots[layout.slots.length - 1];
    // Say when the meetings are, so the coordinator sees at once what to correct.
    const when = first && last ? ` De gesprekken lopen van ${first.start} tot ${last.end}.` : '';
    issues.push({
      path: 'availability',
      message: `Met deze beschikbaarheid valt geen enkel gespreksslot van het evenement binnen de vensters: de deelnemer kan geen gesprek hebben.${when}`,
    });
  }
}

/** The event's cap on registrations, when it has one. */
export function checkCapacity(tx: Tx, layout: Layout): void {
  const cap = layout.event.maxParticipants;
  if (cap === null) return;
  const n =
    tx
      .select({ n: sql<number>`count(*)` })
      .from(eventParticipants)
      .where(and(eq(eventParticipants.eventId, layout.event.id), eq(eventParticipants.status, 'ingeschreven')))
      .get()?.n ?? 0;
  if (n >= cap) throw new AppError('CONFLICT', `Dit evenement is volzet: het maximum van ${cap} deelnemers is bereikt.`);
}
