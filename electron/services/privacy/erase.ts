import fs from 'node:fs';
import path from 'node:path';
import { and, eq, isNull, ne, or, sql, type AnyColumn } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { attachments, auditLog, contacts, erasures, needs, timelineEntries } from '../../../db/schema';
import type { ErasureResult } from '../../api/contract/privacy';
import { formatPhone } from '../../api/contract/rules/phone';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { recordAudit } from '../audit';
import { likePattern } from '../query/sql';
import { appendJournal, readJournal } from './journal';
import { blankJson, ERASED, scrubJson, scrubTerms, scrubText } from './scrub';

export function attachmentFile(dataDir: string, sha256: string): string {
  return path.join(dataDir, 'attachments', sha256.slice(0, 2), sha256);
}

type EraseOutcome = ErasureResult & { filesToDelete: string[] };

/**
 * Erases one person inside a transaction: the contact's fields are blanked (the row stays, named
 * "Gewiste persoon N", so references hold), their name, e-mail and phone are scrubbed from the
 * timeline, from the needs they asked and from the audit history, and their attachments are
 * removed. Returns the files to delete once the transaction has committed.
 */
function eraseInTx(tx: Tx, ctx: AppContext, contactId: number, at: string, reason: string): EraseOutcome {
  const person = tx.select().from(contacts).where(eq(contacts.id, contactId)).get();
  if (!person) throw new AppError('NOT_FOUND', `Contactpersoon ${contactId} bestaat niet.`);
  const terms = scrubTerms(person, person.phone ? formatPhone(person.phone) : null);
  const allTerms = [...terms.everywhere, ...terms.linked];

  tx.update(contacts)
    .set({
      firstName: '',
      lastName: `Gewiste persoon ${contactId}`,
      role: '',
      email: null,
      phone: null,
      consentDate: null,
      consentSource: '',
      consentScope: '',
      notes: '',
      active: false,
      erasedAt: at,
      updatedAt: at,
    })
    .where(eq(contacts.id, contactId))
    .run();

  const mentions = (column: AnyColumn) => terms.everywhere.map((t) => sql`${column} LIKE ${likePattern(t)} ESCAPE '\\'`);
  const entries = tx
    .select({
      id: timelineEntries.id,
      summary: timelineEntries.summary,
      body: timelineEntries.body,
      contactId: timelineEntries.contactId,
    })
    .from(timelineEntries)
    .where(or(eq(timelineEntries.contactId, contactId), ...mentions(timelineEntries.summary), ...mentions(timelineEntries.body)))
    .all();
  let timelineEntriesScrubbed = 0;
  for (const entry of entries) {
    const use = entry.contactId === contactId ? allTerms : terms.everywhere;
    const summary = scrubText(entry.summary, use);
    const body = scrubText(entry.body, use);
    if (summary === entry.summary && body === entry.body) continue;
    tx.update(timelineEntries).set({ summary, body }).where(eq(timelineEntries.id, entry.id)).run();
    timelineEntriesScrubbed += 1;
  }

  for (const need of tx.select().from(needs).where(eq(needs.contactId, contactId)).all()) {
    const changed = {
      title: scrubText(need.title, allTerms),
      question: scrubText(need.question, allTerms),
      smart: scrubText(need.smart, allTerms),
    };
    if (changed.title !== need.title || changed.question !== need.question || changed.smart !== need.smart) {
      tx.update(needs).set(changed).where(eq(needs.id, need.id)).run();
    }
  }

  let auditEntriesScrubbed = 0;
  const about = and(eq(auditLog.entity, 'contact'), eq(auditLog.entityId, String(contactId)));
  for (const row of tx.select().from(auditLog).where(about).all()) {
    tx.update(auditLog)
      .set({ changes: blankJson(row.changes) as Record<string, unknown> })
      .where(eq(auditLog.id, row.id))
      .run();
    auditEntriesScrubbed += 1;
  }
  const auditMentions = terms.everywhere.map((t) => sql`${auditLog.changes} LIKE ${likePattern(t)} ESCAPE '\\'`);
  if (auditMentions.length > 0) {
    for (const row of tx
      .select()
      .from(auditLog)
      .where(or(...auditMentions))
      .all()) {
      tx.update(auditLog)
        .set({ changes: scrubJson(row.changes, terms.everywhere) as Record<string, unknown> })
        .where(eq(auditLog.id, row.id))
        .run();
      auditEntriesScrubbed += 1;
    }
  }

  const files = tx
    .select()
    .from(attachments)
    .where(and(eq(attachments.contactId, contactId), isNull(attachments.removedAt)))
    .all();
  const filesToDelete: string[] = [];
  for (const file of files) {
    tx.update(attachments).set({ fileName: ERASED, removedAt: at }).where(eq(attachments.id, file.id)).run();
    const stillUsed = tx
      .select({ id: attachments.id })
      .from(attachments)
      .where(and(eq(attachments.sha256, file.sha256), isNull(attachments.removedAt), ne(attachments.id, file.id)))
      .get();
    if (!stillUsed) filesToDelete.push(attachmentFile(ctx.paths.dataDir, file.sha256));
  }

  tx.insert(erasures).values({ entity: 'contact', entityId: contactId, at, actor: ctx.actor, reason }).run();
  recordAudit(tx, ctx.actor, at, { entity: 'contact', entityId: contactId, action: 'erase', changes: {} });
  return { contactId, timelineEntriesScrubbed, auditEntriesScrubbed, attachmentsRemoved: files.length, filesToDelete };
}

function deleteFiles(files: string[]): void {
  for (const file of files) fs.rmSync(file, { force: true });
}

/** Erase a contact everywhere (GDPR art. 17). The journal entry is written first, so a crash in between is re-applied. */
export function eraseContact(ctx: AppContext, contactId: number, reason: string): ErasureResult {
  const existing = ctx.db().select({ erasedAt: contacts.erasedAt }).from(contacts).where(eq(contacts.id, contactId)).get();
  if (!existing) throw new AppError('NOT_FOUND', `Contactpersoon ${contactId} bestaat niet.`);
  if (existing.erasedAt) throw new AppError('CONFLICT', 'Deze contactpersoon werd al gewist.');
  const at = ctx.now().toISOString();
  appendJournal(ctx.paths.dataDir, { contactId, at, actor: ctx.actor, reason });
  const outcome = ctx.db().transaction((tx) => eraseInTx(tx, ctx, contactId, at, reason));
  deleteFiles(outcome.filesToDelete);
  const { filesToDelete: _files, ...result } = outcome;
  return result;
}

/**
 * After a restore from an older backup: erase again everyone in the journal who is back.
 * Returns how many were erased again.
 */
export function reapplyErasures(ctx: AppContext): number {
  const journal = readJournal(ctx.paths.dataDir);
  if (journal.length === 0) return 0;
  const files: string[] = [];
  const count = ctx.db().transaction((tx) => {
    let n = 0;
    for (const entry of journal) {
      const row = tx.select({ erasedAt: contacts.erasedAt }).from(contacts).where(eq(contacts.id, entry.contactId)).get();
      if (!row || row.erasedAt) continue;
      files.push(...eraseInTx(tx, ctx, entry.contactId, entry.at, entry.reason).filesToDelete);
      n += 1;
    }
    return n;
  });
  deleteFiles(files);
  return count;
}
