import { eraseContact } from '../../services/privacy/erase';
import { exportContact } from '../../services/privacy/export';
import { findContacts, listErasures, retentionList } from '../../services/privacy/retention';
import type { HandlerModule } from './types';

export const privacyHandlers: HandlerModule = {
  'privacy.exportContact': (ctx, input) => exportContact(ctx, input.contactId, input.format),
  'privacy.eraseContact': (ctx, input) => eraseContact(ctx, input.contactId, input.reason),
  'privacy.retention': (ctx, input) => retentionList(ctx, input),
  'privacy.findContacts': (ctx, input) => findContacts(ctx, input),
  'privacy.erasures': (ctx, input) => listErasures(ctx, input),
};
