import { agendaView, markPrinted } from '../../services/events/agenda';
import { changesSincePrint } from '../../services/events/agenda-changes';
import { agendaWorkbook } from '../../services/events/agenda-xlsx';
import { dayView, markMeeting, rateMeeting, undoMark } from '../../services/events/day';
import { createIntakeFromMeeting } from '../../services/events/day-intake';
import { eventFigures } from '../../services/events/figures';
import { listFollowUp, setFollowUp } from '../../services/events/follow-up';
import type { HandlerModule } from './types';

export const eventDayHandlers: HandlerModule = {
  'eventDay.agenda': (ctx, input) => agendaView(ctx, input.eventId),
  'eventDay.agendaXlsx': (ctx, input) => agendaWorkbook(ctx, input.eventId),
  'eventDay.markPrinted': (ctx, input) => markPrinted(ctx, input.eventId),
  'eventDay.changesSincePrint': (ctx, input) => changesSincePrint(ctx, input.eventId),
  'eventDay.day': (ctx, input) => dayView(ctx, input.eventId),
  'eventDay.mark': (ctx, input) => markMeeting(ctx, input),
  'eventDay.undoMark': (ctx, input) => undoMark(ctx, input.meetingId),
  'eventDay.rate': (ctx, input) => rateMeeting(ctx, input),
  'eventDay.createIntake': (ctx, input) => createIntakeFromMeeting(ctx, input),
  'eventDay.setFollowUp': (ctx, input) => setFollowUp(ctx, input),
  'eventDay.listFollowUp': (ctx, input) => listFollowUp(ctx, input),
  'eventDay.figures': (ctx, input) => eventFigures(ctx, input.eventId),
};
