import { createEvent, updateEvent } from '../../services/events/setup';
import { getEvent, listEvents } from '../../services/events/queries';
import { addAcademic, addEnterprise, setParticipantStatus, updateParticipant } from '../../services/events/participants';
import { listParticipants, searchCandidates } from '../../services/events/participant-queries';
import { cancelMeeting, createRequest, respondRequest, setLock, updateRequest } from '../../services/events/meetings';
import { listMeetings } from '../../services/events/meeting-queries';
import { suggestions } from '../../services/events/suggestions';
import { printImpact } from '../../services/events/print-impact';
import { runSchedule, scheduleSummary } from '../../services/events/schedule';
import { scheduleJob, startSchedule } from '../../services/events/schedule-jobs';
import { gridData, moveMeeting, placements, unscheduleMeeting } from '../../services/events/grid';
import type { HandlerModule } from './types';

export const eventHandlers: HandlerModule = {
  'events.list': (ctx, input) => listEvents(ctx, input),
  'events.get': (ctx, input) => getEvent(ctx, input.id),
  'events.create': (ctx, input) => createEvent(ctx, input),
  'events.update': (ctx, input) => updateEvent(ctx, input),
  'events.listParticipants': (ctx, input) => listParticipants(ctx, input),
  'events.searchCandidates': (ctx, input) => searchCandidates(ctx, input),
  'events.addEnterprise': (ctx, input) => addEnterprise(ctx, input),
  'events.addAcademic': (ctx, input) => addAcademic(ctx, input),
  'events.updateParticipant': (ctx, input) => updateParticipant(ctx, input),
  'events.setParticipantStatus': (ctx, input) => setParticipantStatus(ctx, input),
  'events.listMeetings': (ctx, input) => listMeetings(ctx, input),
  'events.createRequest': (ctx, input) => createRequest(ctx, input),
  'events.updateRequest': (ctx, input) => updateRequest(ctx, input),
  'events.respondRequest': (ctx, input) => respondRequest(ctx, input),
  'events.cancelMeeting': (ctx, input) => cancelMeeting(ctx, input.id),
  'events.setLock': (ctx, input) => setLock(ctx, input),
  'events.suggestions': (ctx, input) => suggestions(ctx, input),
  'events.schedule': (ctx, input) => runSchedule(ctx, input),
  'events.startSchedule': (ctx, input) => startSchedule(ctx, input),
  'events.scheduleJob': (ctx, input) => scheduleJob(ctx, input.jobId),
  'events.scheduleSummary': (ctx, input) => scheduleSummary(ctx, input.eventId),
  'events.grid': (ctx, input) => gridData(ctx, input.eventId),
  'events.placements': (ctx, input) => placements(ctx, input.id),
  'events.moveMeeting': (ctx, input) => moveMeeting(ctx, input),
  'events.unscheduleMeeting': (ctx, input) => unscheduleMeeting(ctx, input.id),
  'events.printImpact': (ctx, input) => printImpact(ctx, input),
};
