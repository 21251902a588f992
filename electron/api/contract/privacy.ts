import { z } from './zod';
import { method } from './method';
import { idField, requiredText } from './rules/fields';
import { pageInput, type Page } from './common';

export const exportContactInput = z.object({ contactId: idField, format: z.enum(['json', 'xlsx']) }).strict();

export type ExportFile = { fileName: string; mimeType: string; contentBase64: string };

export const eraseContactInput = z.object({ contactId: idField, reason: requiredText(500) }).strict();

export type ErasureResult = {
  contactId: number;
  timelineEntriesScrubbed: number;
  auditEntriesScrubbed: number;
  attachmentsRemoved: number;
};

export const retentionInput = z
  .object({ months: z.number().int().min(1, { message: 'Minstens 1 maand.' }).max(240), ...pageInput })
  .strict();

export type RetentionRow = {
  contactId: number;
  name: string;
  organisationId: number;
  organisationName: string;
  email: string | null;
  lastActivity: string;
  consentDate: string | null;
};

export const findContactsInput = z.object({ search: z.string().trim().max(200), ...pageInput }).strict();

export type ContactChoice = { contactId: number; name: string; email: string | null; organisationName: string; erased: boolean };

export const erasuresInput = z.object({ ...pageInput }).strict();

export type ErasureJournalRow = { id: number; entityId: number; at: string; actor: string; reason: string };

export const privacyMethods = {
  'privacy.exportContact': method<typeof exportContactInput, ExportFile>(exportContactInput),
  'privacy.eraseContact': method<typeof eraseContactInput, ErasureResult>(eraseContactInput),
  'privacy.retention': method<typeof retentionInput, Page<RetentionRow>>(retentionInput),
  'privacy.findContacts': method<typeof findContactsInput, Page<ContactChoice>>(findContactsInput),
  'privacy.erasures': method<typeof erasuresInput, Page<ErasureJournalRow>>(erasuresInput),
} as const;
