import { addAttachment, listAttachments, readAttachment, removeAttachment } from '../../services/dossiers/attachments';
import { listIntakes, planIntake, recordIntake } from '../../services/dossiers/intakes';
import { listNeeds } from '../../services/dossiers/need-list';
import { changeNeedStatus, createNeed, getNeed, updateNeed } from '../../services/dossiers/needs';
import { contactOptions, filterOptions, organisationOptions } from '../../services/dossiers/options';
import { addTask, completeTask, listTasks, overdueTasks, reopenTask } from '../../services/dossiers/tasks';
import { addManualEntry, listTimeline } from '../../services/dossiers/timeline-entries';
import { getTraject, listTrajects } from '../../services/dossiers/traject-read';
import { addNeedToTraject, createTraject, removeNeedFromTraject, updateTraject } from '../../services/dossiers/trajects';
import { openAttachment } from '../../services/dossiers/attachment-open';
import type { HandlerModule } from './types';

export const dossierHandlers: HandlerModule = {
  'needs.create': (ctx, input) => createNeed(ctx, input),
  'needs.update': (ctx, input) => updateNeed(ctx, input),
  'needs.get': (ctx, input) => getNeed(ctx, input.id),
  'needs.list': (ctx, input) => listNeeds(ctx, input),
  'needs.changeStatus': (ctx, input) => changeNeedStatus(ctx, input),
  'timeline.add': (ctx, input) => addManualEntry(ctx, input),
  'timeline.list': (ctx, input) => listTimeline(ctx, input),
  'intakes.plan': (ctx, input) => planIntake(ctx, input),
  'intakes.record': (ctx, input) => recordIntake(ctx, input),
  'intakes.list': (ctx, input) => listIntakes(ctx, input),
  'trajects.create': (ctx, input) => createTraject(ctx, input),
  'trajects.update': (ctx, input) => updateTraject(ctx, input),
  'trajects.get': (ctx, input) => getTraject(ctx, input.id),
  'trajects.list': (ctx, input) => listTrajects(ctx, input),
  'trajects.addNeed': (ctx, input) => addNeedToTraject(ctx, input),
  'trajects.removeNeed': (ctx, input) => removeNeedFromTraject(ctx, input),
  'tasks.add': (ctx, input) => addTask(ctx, input),
  'tasks.complete': (ctx, input) => completeTask(ctx, input.id),
  'tasks.reopen': (ctx, input) => reopenTask(ctx, input.id),
  'tasks.list': (ctx, input) => listTasks(ctx, input),
  'tasks.overdue': (ctx, input) => overdueTasks(ctx, input),
  'attachments.add': (ctx, input) => addAttachment(ctx, input),
  'attachments.remove': (ctx, input) => removeAttachment(ctx, input.id),
  'attachments.list': (ctx, input) => listAttachments(ctx, input),
  'attachments.read': (ctx, input) => readAttachment(ctx, input.id),
  'attachments.open': (ctx, input) => openAttachment(ctx, input.id),
  'dossiers.organisationOptions': (ctx, input) => organisationOptions(ctx, input),
  'dossiers.contactOptions': (ctx, input) => contactOptions(ctx, input),
  'dossiers.filterOptions': (ctx) => filterOptions(ctx),
};
