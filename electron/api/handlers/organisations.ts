import { createContact, setContactActive, updateContact } from '../../services/organisations/contacts';
import { listContacts } from '../../services/organisations/contact-list';
import { getOrganisation } from '../../services/organisations/detail';
import { findDuplicatesForInput } from '../../services/organisations/duplicates';
import { listOrganisations } from '../../services/organisations/list';
import { mergeOrganisations } from '../../services/organisations/merge';
import { undoMerge } from '../../services/organisations/undo-merge';
import { createOrganisation, setOrganisationActive, updateOrganisation } from '../../services/organisations/write';
import type { HandlerModule } from './types';

export const organisationHandlers: HandlerModule = {
  'organisations.list': (ctx, input) => listOrganisations(ctx, input),
  'organisations.get': (ctx, input) => getOrganisation(ctx, input.id),
  'organisations.create': (ctx, input) => createOrganisation(ctx, input),
  'organisations.update': (ctx, input) => updateOrganisation(ctx, input),
  'organisations.setActive': (ctx, input) => setOrganisationActive(ctx, input),
  'organisations.findDuplicates': (ctx, input) => findDuplicatesForInput(ctx, input),
  'organisations.merge': (ctx, input) => mergeOrganisations(ctx, input),
  'organisations.undoMerge': (ctx, input) => undoMerge(ctx, input),
  'contacts.list': (ctx, input) => listContacts(ctx, input),
  'contacts.create': (ctx, input) => createContact(ctx, input),
  'contacts.update': (ctx, input) => updateContact(ctx, input),
  'contacts.setActive': (ctx, input) => setContactActive(ctx, input),
};
