import type { ParsedInputOf } from '../../api/contract';
import type { PrintImpact } from '../../api/contract/event/schedule';
import type { AppContext } from '../context';
import { lastPrint } from './agenda';
import { requireMeeting } from './day-data';
import { eventSlots, requireEvent } from './day-slots';

/**
 * Before the coordinator moves or cancels a meeting by hand: was it on the agendas that went out
 * (the last print), and whom must they then call or mail? Read-only; the change itself is checked
 * and stored by its own method.
 */
export function printImpact(ctx: AppContext, input: ParsedInputOf<'events.printImpact'>): PrintImpact {
  const db = ctx.db();
  const row = requireMeeting(db, input.id);
  const print = lastPrint(db, row.meeting.eventId);
  if (!print) return { printedAt: null, printedPlace: null, notify: [] };
  const at = print.snapshot[String(input.id)];
  if (!at) return { printedAt: print.printedAt, printedPlace: null, notify: [] };
  const [slotIndex, tableNumber] = at;
  const slots = eventSlots(db, requireEvent(db, row.meeting.eventId));
  const printedPlace = { slotIndex, tableNumber, start: slots[slotIndex]?.start ?? '' };
  // Back to where it was printed: the paper agenda is right again, nobody to tell.
  const backHome = input.slotIndex === slotIndex && input.tableNumber === tableNumber;
  const notify = backHome
    ? []
    : [row.requester, row.target]
        .map((p) => ({ participantId: p.id, displayName: p.displayName }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'));
  return { printedAt: print.printedAt, printedPlace, notify };
}
