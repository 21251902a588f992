import { method } from './method';
import { emptyInput, idInput } from './common';
import {
  changeNeedStatusInput,
  contactOptionsInput,
  createNeedInput,
  listNeedsInput,
  organisationOptionsInput,
  updateNeedInput,
  type DossierContactOption,
  type DossierFilterOptions,
  type DossierOrganisationOption,
  type NeedDetail,
  type NeedPage,
} from './dossier/needs';
import {
  addAttachmentInput,
  addTaskInput,
  addTimelineInput,
  byNeedInput,
  listTimelineInput,
  overdueTasksInput,
  planIntakeInput,
  recordIntakeInput,
  type AttachmentContent,
  type AttachmentRow,
  type IntakeRow,
  type OverdueTask,
  type TaskRow,
  type TimelineEntryRow,
} from './dossier/activity';
import {
  createTrajectInput,
  listTrajectsInput,
  trajectNeedInput,
  updateTrajectInput,
  type TrajectDetail,
  type TrajectPage,
} from './dossier/trajects';

export * from './dossier/lifecycle';
export * from './dossier/needs';
export * from './dossier/activity';
export * from './dossier/trajects';
export { parseEuroToCents } from './dossier/fields';

type Created = { id: number };

/** Needs (hulpvragen) and everything kept in their dossier. */
export const dossierMethods = {
  'needs.create': method<typeof createNeedInput, Created>(createNeedInput),
  'needs.update': method<typeof updateNeedInput, Created>(updateNeedInput),
  'needs.get': method<typeof idInput, NeedDetail>(idInput),
  'needs.list': method<typeof listNeedsInput, NeedPage>(listNeedsInput),
  'needs.changeStatus': method<typeof changeNeedStatusInput, NeedDetail>(changeNeedStatusInput),
  'timeline.add': method<typeof addTimelineInput, Created>(addTimelineInput),
  'timeline.list': method<typeof listTimelineInput, TimelineEntryRow[]>(listTimelineInput),
  'intakes.plan': method<typeof planIntakeInput, Created>(planIntakeInput),
  'intakes.record': method<typeof recordIntakeInput, Created>(recordIntakeInput),
  'intakes.list': method<typeof byNeedInput, IntakeRow[]>(byNeedInput),
  'trajects.create': method<typeof createTrajectInput, Created>(createTrajectInput),
  'trajects.update': method<typeof updateTrajectInput, Created>(updateTrajectInput),
  'trajects.get': method<typeof idInput, TrajectDetail>(idInput),
  'trajects.list': method<typeof listTrajectsInput, TrajectPage>(listTrajectsInput),
  'trajects.addNeed': method<typeof trajectNeedInput, TrajectDetail>(trajectNeedInput),
  'trajects.removeNeed': method<typeof trajectNeedInput, TrajectDetail>(trajectNeedInput),
  'tasks.add': method<typeof addTaskInput, Created>(addTaskInput),
  'tasks.complete': method<typeof idInput, TaskRow>(idInput),
  'tasks.reopen': method<typeof idInput, TaskRow>(idInput),
  'tasks.list': method<typeof byNeedInput, TaskRow[]>(byNeedInput),
  'tasks.overdue': method<typeof overdueTasksInput, OverdueTask[]>(overdueTasksInput),
  'attachments.add': method<typeof addAttachmentInput, AttachmentRow>(addAttachmentInput),
  'attachments.remove': method<typeof idInput, Created>(idInput),
  'attachments.list': method<typeof byNeedInput, AttachmentRow[]>(byNeedInput),
  'attachments.read': method<typeof idInput, AttachmentContent>(idInput),
  'attachments.open': method<typeof idInput, { opened: boolean }>(idInput),
  'dossiers.organisationOptions': method<typeof organisationOptionsInput, DossierOrganisationOption[]>(organisationOptionsInput),
  'dossiers.contactOptions': method<typeof contactOptionsInput, DossierContactOption[]>(contactOptionsInput),
  'dossiers.filterOptions': method<typeof emptyInput, DossierFilterOptions>(emptyInput),
} as const;
